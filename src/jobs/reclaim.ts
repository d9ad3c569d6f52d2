/**
 * Reclaim: leases that ran out (the worker was killed, its machine vanished, or it stalled) go back to
 * `pending` with backoff, or to `failed` when their attempts are spent (the attempt was counted at
 * claim). Any worker runs this on its poll tick; SKIP LOCKED keeps two reclaimers off the same rows.
 * The old holder, if it still lives, finds its claim gone at its next heartbeat and stops. A processing
 * job without a lease end or a holder (only a hand-made write can leave one) counts as expired: that is
 * what keeps the lease invariant without a CHECK on every write (migrations/004).
 */
import type { Queryable } from '../db/pool.js';

export interface Reclaimed { id: string; org_id: string; kind: 'reclaimed' | 'failed' }

export async function reclaimExpiredLeases(db: Queryable, retryBaseMs: number): Promise<Reclaimed[]> {
  const spent = 'attempts >= max_attempts';
  const { rows } = await db.query<Reclaimed>({
    name: 'intake_reclaim',
    text: `WITH expired AS (
       SELECT id, locked_by FROM import_jobs
       WHERE status = 'processing' AND (locked_until < now() OR locked_until IS NULL OR locked_by IS NULL)
       FOR UPDATE SKIP LOCKED
     ), updated AS (
       UPDATE import_jobs j
       SET status = CASE WHEN ${spent} THEN 'failed' ELSE 'pending' END::import_job_status,
           run_after = CASE WHEN ${spent} THEN run_after ELSE now() + app_import_job_backoff(attempts, $1) END,
           finished_at = CASE WHEN ${spent} THEN now() END,
           error = jsonb_build_object('code', 'lease_expired',
                     'message', coalesce('worker ' || e.locked_by || ' stopped renewing its lease', 'processing without a holder')),
           locked_until = NULL, updated_at = now()
       FROM expired e WHERE j.id = e.id
       RETURNING j.id, j.org_id, j.attempts, j.run_after, j.status, j.claimed_at, e.locked_by
     ), logged AS (
       INSERT INTO import_job_events (job_id, kind, attempt, worker_id, detail)
       SELECT id, CASE status WHEN 'failed' THEN 'failed' ELSE 'reclaimed' END, attempts, locked_by,
              jsonb_build_object('reason', 'lease_expired', 'run_after', run_after, 'claimed_at', claimed_at)
       FROM updated
     )
     SELECT id, org_id, CASE status WHEN 'failed' THEN 'failed' ELSE 'reclaimed' END AS kind FROM updated`,
    values: [retryBaseMs],
  });
  return rows;
}
