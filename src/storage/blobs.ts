/**
 * Source bytes, stored in PostgreSQL so that a worker on any machine can read them: one `import_blobs`
 * row (sha256, size) and its ~1 MiB `import_blob_chunks`. Writing streams: a chunk is sent as soon as
 * it is full and the hash is computed on the way, so a file is never held whole in memory. Reading
 * either streams chunk by chunk or gathers the Buffer for parsers that need one.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Queryable } from '../db/pool.js';

export const CHUNK_BYTES = 1024 * 1024;

export interface StoredBlob {
  id: string;
  sha256: string;
  sizeBytes: number;
}

/** Re-cuts any stream of buffers into pieces of exactly `size` bytes (the last one shorter). */
async function* inChunks(source: AsyncIterable<Buffer | string>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of source) {
    const buffer = typeof piece === 'string' ? Buffer.from(piece) : piece;
    pending.push(buffer);
    pendingBytes += buffer.length;
    while (pendingBytes >= size) {
      const all = Buffer.concat(pending, pendingBytes);
      yield all.subarray(0, size);
      pending = [all.subarray(size)];
      pendingBytes = all.length - size;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending, pendingBytes);
}

/**
 * Stores a stream. Run it inside the transaction that records what the bytes belong to, so a failed
 * upload leaves nothing behind.
 */
export async function writeBlob(db: Queryable, source: AsyncIterable<Buffer | string>): Promise<StoredBlob> {
  const { rows } = await db.query<{ id: string }>(
    "INSERT INTO import_blobs (sha256, size_bytes) VALUES ('', 0) RETURNING id");
  const id = rows[0]!.id;
  const hash = createHash('sha256');
  let sizeBytes = 0;
  let seq = 0;
  for await (const chunk of inChunks(source, CHUNK_BYTES)) {
    hash.update(chunk);
    sizeBytes += chunk.length;
    await db.query('INSERT INTO import_blob_chunks (blob_id, seq, data) VALUES ($1, $2, $3)', [id, seq++, chunk]);
  }
  const sha256 = hash.digest('hex');
  await db.query('UPDATE import_blobs SET sha256 = $2, size_bytes = $3 WHERE id = $1', [id, sha256, sizeBytes]);
  return { id, sha256, sizeBytes };
}

async function* chunksOf(db: Queryable, blobId: string): AsyncGenerator<Buffer> {
  // One chunk per query keeps memory flat whatever the file's size.
  for (let seq = 0; ; seq++) {
    const { rows } = await db.query<{ data: Buffer }>(
      'SELECT data FROM import_blob_chunks WHERE blob_id = $1 AND seq = $2', [blobId, seq]);
    if (!rows[0]) return;
    yield rows[0].data;
  }
}

export function openBlob(db: Queryable, blobId: string): Readable {
  return Readable.from(chunksOf(db, blobId), { objectMode: false });
}

export async function readBlob(db: Queryable, blobId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunksOf(db, blobId)) parts.push(chunk);
  return Buffer.concat(parts);
}
