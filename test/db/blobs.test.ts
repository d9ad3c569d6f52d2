import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { inTransaction } from '../../src/db/pool.js';
import { CHUNK_BYTES, openBlob, readBlob, writeBlob } from '../../src/storage/blobs.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let db: TestDatabase;
before(async () => { db = await createTestDatabase(); });
after(async () => { await db.drop(); });

/** Deterministic pseudo-random bytes, handed out in uneven pieces like a network stream. */
function* pieces(total: number): Generator<Buffer> {
  let state = 7;
  for (let sent = 0; sent < total;) {
    const size = Math.min(total - sent, 1 + ((sent * 31) % 300_000));
    const piece = Buffer.alloc(size);
    for (let i = 0; i < size; i++) piece[i] = (state = (state * 1103515245 + 12345) & 0x7fffffff) >> 16;
    sent += size;
    yield piece;
  }
}

test('a stream is stored in 1 MiB chunks with its sha256, and read back identical (whole or streamed)', async () => {
  const total = 2 * CHUNK_BYTES + 12_345;
  const expected = Buffer.concat([...pieces(total)]);
  const blob = await inTransaction(db.pool, (client) => writeBlob(client, Readable.from(pieces(total))));
  assert.equal(blob.sizeBytes, total);
  assert.equal(blob.sha256, createHash('sha256').update(expected).digest('hex'));

  const { rows } = await db.pool.query<{ seq: number; n: number }>(
    'SELECT seq, length(data) AS n FROM import_blob_chunks WHERE blob_id = $1 ORDER BY seq', [blob.id]);
  assert.deepEqual(rows.map((r) => r.n), [CHUNK_BYTES, CHUNK_BYTES, 12_345]);
  const stored = await db.pool.query('SELECT sha256, size_bytes::int AS size FROM import_blobs WHERE id = $1', [blob.id]);
  assert.deepEqual(stored.rows[0], { sha256: blob.sha256, size: total });

  assert.ok((await readBlob(db.pool, blob.id)).equals(expected));
  const streamed: Buffer[] = [];
  for await (const chunk of openBlob(db.pool, blob.id)) streamed.push(chunk as Buffer);
  assert.equal(streamed.length, 3);
  assert.ok(Buffer.concat(streamed).equals(expected));
});

test('an empty file is a blob of size 0; a failed upload leaves nothing behind', async () => {
  const empty = await inTransaction(db.pool, (client) => writeBlob(client, Readable.from([])));
  assert.equal(empty.sizeBytes, 0);
  assert.equal((await readBlob(db.pool, empty.id)).length, 0);

  const before = (await db.pool.query('SELECT count(*)::int AS n FROM import_blob_chunks')).rows[0].n;
  async function* broken() {
    yield Buffer.alloc(CHUNK_BYTES + 1);
    throw new Error('connection to the uploader lost');
  }
  await assert.rejects(inTransaction(db.pool, (client) => writeBlob(client, broken())), /uploader lost/);
  assert.equal((await db.pool.query('SELECT count(*)::int AS n FROM import_blob_chunks')).rows[0].n, before);
});
