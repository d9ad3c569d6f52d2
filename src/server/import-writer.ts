/**
 * Starting an import: the job, its sources and their bytes in one transaction, so that a refused or
 * broken upload leaves nothing behind and a worker never sees a job without all of its files.
 * Sources arrive as a stream (multipart parts come one after another), each file's bytes going
 * straight into the blob store through a FileProbe (size limit, type by content).
 *
 * Why not src/jobs/add.ts: addJob takes its sources as an array known up front, which a streamed
 * multipart body cannot give, and it does not record the detected type.
 */
import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '../db/pool.js';
import { PASTED_TEXT_NAME } from '../jobs/add.js';
import { writeBlob } from '../storage/blobs.js';
import { ApiError } from './errors.js';
import { FileProbe } from './file-probe.js';

export type IncomingSource =
  | { origin: 'file'; fileName: string; declaredMime: string | null; content: AsyncIterable<Buffer | string> | Iterable<Buffer> }
  | { origin: 'pasted'; text: string };

export interface ImportLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxPastedChars: number;
}

const INSERT_SOURCE = `INSERT INTO import_sources
  (job_id, position, origin, file_name, declared_mime, detected_mime, detected_format, size_bytes, sha256, blob_id, pasted_text)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;

async function addSource(client: PoolClient, jobId: string, position: number, source: IncomingSource, limits: ImportLimits): Promise<void> {
  if (source.origin === 'pasted') {
    if (source.text.length > limits.maxPastedChars) {
      throw new ApiError(413, 'pasted_text_too_long', `pasted text is longer than ${limits.maxPastedChars} characters`);
    }
    const sha256 = createHash('sha256').update(source.text).digest('hex');
    await client.query(INSERT_SOURCE, [jobId, position, 'pasted', PASTED_TEXT_NAME, 'text/plain', 'text/plain', 'txt',
      Buffer.byteLength(source.text), sha256, null, source.text]);
    return;
  }
  const probe = new FileProbe(source.fileName, limits.maxFileBytes);
  const blob = await writeBlob(client, probe.watch(source.content));
  const file = probe.result();
  await client.query(INSERT_SOURCE, [jobId, position, 'file', source.fileName, source.declaredMime, file.mimeType,
    file.format, blob.sizeBytes, blob.sha256, blob.id, null]);
}

/**
 * `orgId` is asked for only once the first source has arrived, so that a multipart field naming the
 * organisation (sent before the files) has been read; it must check membership and rate limits.
 */
export async function createImportJob(
  pool: Pool,
  input: { sources: AsyncIterable<IncomingSource>; orgId: () => Promise<string>; createdBy: string | null; limits: ImportLimits },
): Promise<string> {
  const iterator = input.sources[Symbol.asyncIterator]();
  let next = await iterator.next();
  if (next.done) throw new ApiError(400, 'no_sources', 'attach at least one file or paste some text');
  const orgId = await input.orgId();
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      'INSERT INTO import_jobs (org_id, created_by) VALUES ($1, $2) RETURNING id', [orgId, input.createdBy]);
    const jobId = rows[0]!.id;
    await client.query("INSERT INTO import_job_events (job_id, kind, attempt) VALUES ($1, 'created', 0)", [jobId]);
    let files = 0;
    for (let position = 0; !next.done; position++, next = await iterator.next()) {
      if (next.value.origin === 'file' && ++files > input.limits.maxFiles) {
        throw new ApiError(413, 'too_many_files', `at most ${input.limits.maxFiles} files per import`);
      }
      await addSource(client, jobId, position, next.value, input.limits);
    }
    return jobId;
  });
}
