/**
 * Cancel: a person gave up on an import. A running job's holder finds its claim gone at the next
 * heartbeat and stops its work. Watchers are told by the statement itself (app_announce_import_job).
 */
import type { Queryable } from '../db/pool.js';

export async function cancelJob(db: Queryable, jobId: string, by: string | null = null): Promise<boolean> {
  const { rowCount } = await db.query(
    `WITH cancelled AS (
       UPDATE import_jobs
       SET status = 'cancelled', locked_until = NULL, updated_at = now(), finished_at = now()
       WHERE id = $1 AND status IN ('pending', 'processing')
       RETURNING id, org_id, status, attempts
     ), logged AS (
       INSERT INTO import_job_events (job_id, kind, attempt, detail)
       SELECT id, 'cancelled', attempts, jsonb_build_object('by', $2::text) FROM cancelled
     )
     SELECT app_announce_import_job(id, org_id, status) FROM cancelled`,
    [jobId, by]);
  return rowCount === 1;
}
