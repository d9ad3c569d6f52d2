/**
 * Release: the worker is shutting down before the job finished. The job goes back to `pending`, runnable
 * at once, and gets its attempt back: the interruption was ours, not the job's. Fenced. The statement
 * wakes the other workers itself (no trigger watches updates: docs/queue.md).
 */
import type { Queryable } from '../db/pool.js';
import { FENCED, fenceParams } from './lifecycle.js';
import type { Claim } from './types.js';

export async function releaseJob(db: Queryable, claim: Claim): Promise<boolean> {
  const { rowCount } = await db.query({
    name: 'intake_release',
    text: `WITH released AS (
       UPDATE import_jobs
       SET status = 'pending', attempts = attempts - 1, run_after = now(), locked_until = NULL, updated_at = now()
       WHERE ${FENCED}
       RETURNING id, claimed_at
     ), logged AS (
       INSERT INTO import_job_events (job_id, kind, attempt, worker_id, detail)
       SELECT id, 'released', $3, $2, jsonb_build_object('claimed_at', claimed_at) FROM released
     )
     SELECT app_wake_import_workers() FROM released`,
    values: fenceParams(claim),
  });
  return rowCount === 1;
}
