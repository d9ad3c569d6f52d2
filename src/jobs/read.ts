/** Reading jobs for people and the API: plain SELECTs, which never lock job rows or wait on workers. */
import type { ImportJobStatus } from '../interfaces.js';
import type { Queryable } from '../db/pool.js';
import type { ImportJob, JobEvent } from './types.js';

export interface SourceSummary {
  id: string;
  position: number;
  origin: 'file' | 'pasted';
  file_name: string;
  declared_mime: string | null;
  detected_mime: string | null;
  size_bytes: number;
  sha256: string;
  blob_id: string | null;
}

export async function listJobs(
  db: Queryable, filter: { status?: ImportJobStatus; orgId?: string; limit?: number } = {},
): Promise<ImportJob[]> {
  const { rows } = await db.query<ImportJob>(
    `SELECT * FROM import_jobs
     WHERE ($1::import_job_status IS NULL OR status = $1) AND ($2::uuid IS NULL OR org_id = $2)
     ORDER BY created_at DESC, id LIMIT $3`,
    [filter.status ?? null, filter.orgId ?? null, filter.limit ?? 50]);
  return rows;
}

export async function getJob(db: Queryable, id: string): Promise<ImportJob | null> {
  const { rows } = await db.query<ImportJob>('SELECT * FROM import_jobs WHERE id = $1', [id]);
  return rows[0] ?? null;
}

export async function getJobEvents(db: Queryable, jobId: string): Promise<JobEvent[]> {
  const { rows } = await db.query<JobEvent>('SELECT * FROM import_job_events WHERE job_id = $1 ORDER BY id', [jobId]);
  return rows;
}

export async function getJobSources(db: Queryable, jobId: string): Promise<SourceSummary[]> {
  const { rows } = await db.query<SourceSummary>(
    `SELECT id, position, origin, file_name, declared_mime, detected_mime, size_bytes::float8 AS size_bytes,
            sha256, blob_id
     FROM import_sources WHERE job_id = $1 ORDER BY position`, [jobId]);
  return rows;
}
