/**
 * Add: a new import job with its sources, in one transaction (the job is never seen without its files).
 * File bytes stream into the blob store; pasted text is kept in the source row. The insert wakes the
 * workers (trigger `import_jobs_runnable_notify`, delivered at commit).
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { inTransaction } from '../db/pool.js';
import { writeBlob } from '../storage/blobs.js';
import type { ImportJob } from './types.js';

export type SourceInput =
  | {
    origin: 'file'; fileName: string; declaredMime?: string | null; content: AsyncIterable<Buffer | string>;
    /** What the bytes are, asked once they are stored: a caller that inspects them on the way (the API tells the type by content) says so here. */
    detected?: () => { mimeType: string; format: string };
  }
  | { origin: 'pasted'; text: string };

export interface NewJob {
  orgId: string;
  createdBy?: string | null;
  priority?: number;
  maxAttempts?: number;
  /** A stream, so an upload's files can go to storage one after another as they arrive. */
  sources: Iterable<SourceInput> | AsyncIterable<SourceInput>;
}

export const PASTED_TEXT_NAME = 'pasted text';

const INSERT_SOURCE = `INSERT INTO import_sources
  (job_id, position, origin, file_name, declared_mime, detected_mime, detected_format, size_bytes, sha256, blob_id, pasted_text)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;

async function addSource(client: pg.PoolClient, jobId: string, position: number, source: SourceInput): Promise<void> {
  if (source.origin === 'pasted') {
    const sha256 = createHash('sha256').update(source.text).digest('hex');
    await client.query(INSERT_SOURCE, [jobId, position, 'pasted', PASTED_TEXT_NAME, 'text/plain', 'text/plain', 'txt',
      Buffer.byteLength(source.text), sha256, null, source.text]);
    return;
  }
  const blob = await writeBlob(client, source.content);
  const detected = source.detected?.();
  await client.query(INSERT_SOURCE, [jobId, position, 'file', source.fileName, source.declaredMime ?? null,
    detected?.mimeType ?? null, detected?.format ?? null, blob.sizeBytes, blob.sha256, blob.id, null]);
}

export async function addJob(pool: pg.Pool, input: NewJob): Promise<ImportJob> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<ImportJob>(
      `INSERT INTO import_jobs (org_id, created_by, priority, max_attempts)
       VALUES ($1, $2, coalesce($3, 0), coalesce($4, 3)) RETURNING *`,
      [input.orgId, input.createdBy ?? null, input.priority ?? null, input.maxAttempts ?? null]);
    const job = rows[0]!;
    await client.query("INSERT INTO import_job_events (job_id, kind, attempt) VALUES ($1, 'created', 0)", [job.id]);
    let position = 0;
    for await (const source of input.sources) await addSource(client, job.id, position++, source);
    return job;
  });
}
