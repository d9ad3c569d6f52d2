/**
 * Complete: store the result and end the claim. Fenced, so a worker whose lease was taken over cannot
 * overwrite the new holder's work; false tells it so. The row stays (history, review, commit) and keeps
 * its last holder in `locked_by`; no event row: the row itself says who finished it, on which attempt
 * and when, and a history row here cost a fifth of the queue's server CPU per job (docs/queue.md).
 */
import type { Queryable } from '../db/pool.js';
import { FENCED, fenceParams } from './lifecycle.js';
import type { Claim, TaskResult } from './types.js';

export async function completeJob(db: Queryable, claim: Claim, result: TaskResult): Promise<boolean> {
  const { rowCount } = await db.query({
    name: 'intake_complete',
    text: `UPDATE import_jobs
       SET status = 'completed', extracted = $4::jsonb, confidence_map = $5::jsonb, error = NULL,
           locked_until = NULL, updated_at = now(), finished_at = now()
       WHERE ${FENCED}`,
    values: [...fenceParams(claim), JSON.stringify(result.extracted ?? null), JSON.stringify(result.confidence_map ?? null)],
  });
  return rowCount === 1;
}
