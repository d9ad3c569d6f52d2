/**
 * What the API shows of import jobs: plain SELECTs (they never lock job rows), always filtered by the
 * caller's organisations, built as JSON by PostgreSQL so timestamps keep their microseconds.
 */
import type { Pool } from 'pg';
import type { ImportJobStatus } from '../interfaces.js';

const SOURCES = `coalesce((SELECT json_agg(json_build_object(
    'id', s.id, 'name', s.file_name, 'origin', s.origin,
    'mime_type', coalesce(s.detected_mime, s.declared_mime), 'declared_mime', s.declared_mime,
    'format', s.detected_format, 'size_bytes', s.size_bytes, 'pages', s.page_count, 'words', s.word_count,
    'error', s.error) ORDER BY s.position)
  FROM import_sources s WHERE s.job_id = j.id), '[]')`;

const SUMMARY_FIELDS = `'id', j.id, 'org_id', j.org_id, 'status', j.status, 'progress_data', j.progress_data,
  'error', j.error, 'attempts', j.attempts, 'max_attempts', j.max_attempts, 'result_show_id', j.result_show_id,
  'created_at', j.created_at, 'updated_at', j.updated_at, 'started_at', j.started_at, 'finished_at', j.finished_at`;

export async function jobView(pool: Pool, orgIds: string[], jobId: string): Promise<Record<string, unknown> | null> {
  const { rows } = await pool.query<{ job: Record<string, unknown> }>(
    `SELECT json_build_object(${SUMMARY_FIELDS}, 'extracted', j.extracted, 'confidence_map', j.confidence_map,
            'sources', ${SOURCES}) AS job
       FROM import_jobs j WHERE j.id = $1 AND j.org_id = ANY($2)`,
    [jobId, orgIds]);
  return rows[0]?.job ?? null;
}

/** An opaque page cursor: the (created_at, id) of the last row of the previous page. */
export interface Cursor { createdAt: string; id: string }

export function encodeCursor(row: { created_at: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor | null {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt))) return null;
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

/** Newest first; `limit + 1` rows are read to know whether another page follows. */
export async function listJobViews(
  pool: Pool, orgIds: string[], filter: { status?: ImportJobStatus; after: Cursor | null; limit: number },
): Promise<{ jobs: Record<string, unknown>[]; nextCursor: string | null }> {
  const { rows } = await pool.query<{ job: { id: string; created_at: string } & Record<string, unknown> }>(
    `SELECT json_build_object(${SUMMARY_FIELDS},
            'source_count', (SELECT count(*) FROM import_sources s WHERE s.job_id = j.id)) AS job
       FROM import_jobs j
      WHERE j.org_id = ANY($1) AND ($2::import_job_status IS NULL OR j.status = $2)
        AND ($3::timestamptz IS NULL OR (j.created_at, j.id) < ($3, $4::uuid))
      ORDER BY j.created_at DESC, j.id DESC LIMIT $5`,
    [orgIds, filter.status ?? null, filter.after?.createdAt ?? null, filter.after?.id ?? null, filter.limit + 1]);
  const page = rows.slice(0, filter.limit).map((r) => r.job);
  const last = page[page.length - 1];
  return { jobs: page, nextCursor: rows.length > filter.limit && last ? encodeCursor(last) : null };
}

/** failed → pending, with one more attempt allowed. False when the job is not failed (or not the caller's). */
export async function retryFailedJob(pool: Pool, orgIds: string[], jobId: string, by: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    `WITH retried AS (
       UPDATE import_jobs
       SET status = 'pending', run_after = now(), error = NULL, finished_at = NULL, updated_at = now(),
           max_attempts = greatest(max_attempts, attempts + 1)
       WHERE id = $1 AND org_id = ANY($2) AND status = 'failed'
       RETURNING id, org_id, status, attempts
     ), logged AS (
       INSERT INTO import_job_events (job_id, kind, attempt, detail)
       SELECT id, 'retry_scheduled', attempts, jsonb_build_object('by', $3::text) FROM retried
     )
     SELECT app_announce_import_job(id, org_id, status), app_wake_import_workers() FROM retried`,
    [jobId, orgIds, by]);
  return rowCount === 1;
}

export async function jobStatus(pool: Pool, orgIds: string[], jobId: string): Promise<ImportJobStatus | null> {
  const { rows } = await pool.query<{ status: ImportJobStatus }>(
    'SELECT status FROM import_jobs WHERE id = $1 AND org_id = ANY($2)', [jobId, orgIds]);
  return rows[0]?.status ?? null;
}
