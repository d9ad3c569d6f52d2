/**
 * Claim: take up to `limit` runnable jobs, highest priority then oldest first, and hold them for one
 * lease. One statement (SQL function `app_claim_next_import_jobs`, migrations/001, 003 and 005): FOR UPDATE SKIP LOCKED
 * lets concurrent claimers pass each other's rows instead of waiting on them, and the attempt counter
 * rises in the same statement. Figures: lifecycle.ts and docs/queue.md.
 */
import type { Queryable } from '../db/pool.js';
import { interval } from './lifecycle.js';
import type { ClaimedJob, ClaimedJobRow } from './types.js';

export async function claimJobs(db: Queryable, workerId: string, limit: number, leaseSeconds: number): Promise<ClaimedJob[]> {
  const { rows } = await db.query<ClaimedJobRow>({
    name: 'intake_claim',
    text: 'SELECT * FROM app_claim_next_import_jobs($1, $2, $3::interval) ORDER BY priority DESC, created_at, id',
    values: [workerId, limit, interval(leaseSeconds)],
  });
  return rows.map((job) => ({ job, claim: { jobId: job.id, workerId, attempt: job.attempts } }));
}
