/**
 * Fail: the work threw. A permanent error, or the last attempt, ends the job `failed` with its error;
 * otherwise it goes back to `pending` after an exponential backoff with jitter (app_import_job_backoff),
 * keeping the attempt it spent. Fenced: null means the claim was already gone.
 */
import type { JobError } from '../interfaces.js';
import type { Queryable } from '../db/pool.js';
import { FENCED, fenceParams } from './lifecycle.js';
import type { Claim } from './types.js';

export type FailOutcome = 'failed' | 'retry_scheduled';

export async function failJob(
  db: Queryable, claim: Claim, error: JobError, options: { permanent: boolean; retryBaseMs: number },
): Promise<FailOutcome | null> {
  // In SET, column names are the row's values before the update.
  const final = '($5::boolean OR attempts >= max_attempts)';
  const { rows } = await db.query<{ kind: FailOutcome }>({
    name: 'intake_fail',
    text: `WITH updated AS (
       UPDATE import_jobs
       SET status = CASE WHEN ${final} THEN 'failed' ELSE 'pending' END::import_job_status,
           run_after = CASE WHEN ${final} THEN run_after ELSE now() + app_import_job_backoff(attempts, $6) END,
           finished_at = CASE WHEN ${final} THEN now() END,
           error = $4::jsonb, locked_until = NULL, updated_at = now()
       WHERE ${FENCED}
       RETURNING id, attempts, run_after, claimed_at, CASE status WHEN 'failed' THEN 'failed' ELSE 'retry_scheduled' END AS kind
     ), logged AS (
       INSERT INTO import_job_events (job_id, kind, attempt, worker_id, detail)
       SELECT id, kind, attempts, $2, jsonb_build_object('error', $4::jsonb, 'run_after', run_after, 'claimed_at', claimed_at) FROM updated
     )
     SELECT kind FROM updated`,
    values: [...fenceParams(claim), JSON.stringify(error), options.permanent, options.retryBaseMs],
  });
  return rows[0]?.kind ?? null;
}
