/**
 * Complete: store the result and end the claim. Fenced, so a worker whose lease was taken over cannot
 * overwrite the new holder's work; false tells it so. The row stays (history, review, commit).
 */
import type { Queryable } from '../db/pool.js';
import { FENCED, fenceParams } from './lifecycle.js';
import type { Claim, TaskResult } from './types.js';

export async function completeJob(db: Queryable, claim: Claim, result: TaskResult): Promise<boolean> {
  const { rowCount } = await db.query({
    name: 'intake_complete',
    text: `WITH done AS (
       UPDATE import_jobs
       SET status = 'completed', extracted = $4::jsonb, confidence_map = $5::jsonb, error = NULL,
           locked_by = NULL, locked_until = NULL, updated_at = now(), finished_at = now()
       WHERE ${FENCED}
       RETURNING id, attempts
     )
     INSERT INTO import_job_events (job_id, kind, attempt, worker_id)
     SELECT id, 'completed', attempts, $2 FROM done`,
    values: [...fenceParams(claim), JSON.stringify(result.extracted ?? null), JSON.stringify(result.confidence_map ?? null)],
  });
  return rowCount === 1;
}
