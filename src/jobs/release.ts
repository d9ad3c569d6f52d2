/**
 * Release: the worker is shutting down before the job finished. The job goes back to `pending`, runnable
 * at once, and gets its attempt back: the interruption was ours, not the job's. Fenced.
 */
import type { Queryable } from '../db/pool.js';
import { FENCED, fenceParams } from './lifecycle.js';
import type { Claim } from './types.js';

export async function releaseJob(db: Queryable, claim: Claim): Promise<boolean> {
  const { rowCount } = await db.query({
    name: 'intake_release',
    text: `WITH released AS (
       UPDATE import_jobs
       SET status = 'pending', attempts = attempts - 1, run_after = now(),
           locked_by = NULL, locked_until = NULL, updated_at = now()
       WHERE ${FENCED}
       RETURNING id
     )
     INSERT INTO import_job_events (job_id, kind, attempt, worker_id)
     SELECT id, 'released', $3, $2 FROM released`,
    values: fenceParams(claim),
  });
  return rowCount === 1;
}
