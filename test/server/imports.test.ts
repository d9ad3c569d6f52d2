import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { fixture, json, startTestApi, uploadFiles, type TestApi } from './harness.js';

const FILES: Record<string, string> = {
  'contract.pdf': 'pdf', 'advance.docx': 'docx', 'day-sheet.xlsx': 'xlsx', 'contacts.csv': 'csv',
  'notes.txt': 'txt', 'restaurant.html': 'html', 'hotel.eml': 'eml', 'forwarded.msg': 'msg', 'schedule.ics': 'ics',
  'scan.png': 'png', 'photo.jpg': 'jpeg', 'scan.tiff': 'tiff', 'photo.heic': 'heic',
};
const MAX_FILE_BYTES = 64 * 1024;

let api: TestApi;
before(async () => { api = await startTestApi({ maxFileBytes: MAX_FILE_BYTES, maxFiles: 14 }); });
after(() => api.close());

async function jobCount(): Promise<number> {
  const { rows } = await api.db.pool.query<{ jobs: number }>('SELECT count(*)::int AS jobs FROM import_jobs');
  return rows[0]!.jobs;
}

async function sourcesOf(jobId: string) {
  const response = await api.call(`/api/import-jobs/${jobId}`);
  assert.equal(response.status, 200);
  return (await json(response)).sources as { name: string; format: string; mime_type: string; size_bytes: number; origin: string }[];
}

function base64Start(sources: object[], extra: object = {}, token?: string) {
  return api.call('/api/shows/import/start', {
    method: 'POST', token, headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sources, ...extra }),
  });
}

describe('multipart uploads', () => {
  test('every supported type is stored and its type read from the content', async () => {
    const response = await uploadFiles(api, Object.keys(FILES), { pastedText: 'Doors 19:00' });
    assert.equal(response.status, 202);
    const { jobId } = await json(response);
    const sources = await sourcesOf(jobId);
    assert.deepEqual(sources.map((s) => [s.name, s.format]), [...Object.entries(FILES), ['pasted text', 'txt']]);
    for (const source of sources.filter((s) => s.origin === 'file')) assert.equal(source.size_bytes, fixture(source.name).length);
    const { rows } = await api.db.pool.query<{ data: Buffer }>(
      `SELECT c.data FROM import_sources s JOIN import_blob_chunks c ON c.blob_id = s.blob_id
        WHERE s.job_id = $1 AND s.file_name = 'contract.pdf' ORDER BY c.seq`, [jobId]);
    assert.deepEqual(Buffer.concat(rows.map((r) => r.data)), fixture('contract.pdf'));
  });

  test('the declared name and type do not decide the type: the content does', async () => {
    const form = new FormData();
    form.append('file', new Blob([fixture('scan.png')], { type: 'application/pdf' }), 'looks-like.pdf');
    const response = await api.call('/api/shows/import/start', { method: 'POST', body: form });
    assert.equal(response.status, 202);
    const [source] = await sourcesOf((await json(response)).jobId);
    assert.equal(source!.format, 'png');
    assert.equal(source!.mime_type, 'image/png');
  });

  test('an unknown binary file is refused with 415 and leaves nothing behind', async () => {
    const before = await jobCount();
    const form = new FormData();
    form.append('file', new Blob([fixture('notes.txt')]), 'notes.txt');
    form.append('file', new Blob([Buffer.concat([Buffer.from([0, 1, 2, 3]), randomBytes(2048)])], { type: 'application/pdf' }), 'fake.pdf');
    const response = await api.call('/api/shows/import/start', { method: 'POST', body: form });
    assert.equal(response.status, 415);
    assert.equal((await json(response)).error.code, 'unsupported_type');
    assert.equal(await jobCount(), before);
    const { rows } = await api.db.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM import_blobs b WHERE NOT EXISTS (SELECT 1 FROM import_sources s WHERE s.blob_id = b.id)');
    assert.equal(rows[0]!.n, 0);
  });

  test('a file over the size limit is refused with 413', async () => {
    const before = await jobCount();
    const form = new FormData();
    form.append('file', new Blob(['x'.repeat(MAX_FILE_BYTES + 1)]), 'big.txt');
    const response = await api.call('/api/shows/import/start', { method: 'POST', body: form });
    assert.equal(response.status, 413);
    assert.match((await json(response)).error.code, /too_large/);
    assert.equal(await jobCount(), before);
  });

  test('more files than allowed: 413', async () => {
    const response = await uploadFiles(api, Array.from({ length: 15 }, () => 'notes.txt'));
    assert.equal(response.status, 413);
    assert.equal(typeof (await json(response)).error.message, 'string');
  });

  test('an empty file: 400', async () => {
    const form = new FormData();
    form.append('file', new Blob([]), 'empty.txt');
    const response = await api.call('/api/shows/import/start', { method: 'POST', body: form });
    assert.equal(response.status, 400);
    assert.equal((await json(response)).error.code, 'empty_file');
  });

  test('nothing attached and nothing pasted: 400', async () => {
    const form = new FormData();
    form.append('pastedText', '   ');
    const response = await api.call('/api/shows/import/start', { method: 'POST', body: form });
    assert.equal(response.status, 400);
    assert.equal((await json(response)).error.code, 'no_sources');
  });
});

describe('base64 bodies (the seed design\'s clients)', () => {
  test('JSON: every supported type', async () => {
    const sources = Object.keys(FILES).map((name) => ({
      fileName: name, mimeType: 'application/octet-stream', sizeBytes: fixture(name).length, fileData: fixture(name).toString('base64'),
    }));
    const response = await base64Start(sources, { pastedText: 'Set 21:00' });
    assert.equal(response.status, 202);
    const stored = await sourcesOf((await json(response)).jobId);
    assert.deepEqual(stored.map((s) => [s.name, s.format]), [...Object.entries(FILES), ['pasted text', 'txt']]);
  });

  test('a form body whose sources is a JSON string, with a data URL', async () => {
    const sources = JSON.stringify([{ fileName: 'notes.txt', mimeType: 'text/plain', sizeBytes: fixture('notes.txt').length,
      fileData: `data:text/plain;base64,${fixture('notes.txt').toString('base64')}` }]);
    const response = await api.call('/api/shows/import/start', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ sources, orgId: api.a.id }).toString(),
    });
    assert.equal(response.status, 202);
    assert.equal((await sourcesOf((await json(response)).jobId))[0]!.format, 'txt');
  });

  test('refusals: bad base64 400, size mismatch 400, too large 413, unknown type 415, bad JSON 400', async () => {
    const text = fixture('notes.txt');
    const cases: [object[], number, string][] = [
      [[{ fileName: 'a.txt', fileData: '***' }], 400, 'invalid_base64'],
      [[{ fileName: 'a.txt', sizeBytes: 3, fileData: text.toString('base64') }], 400, 'size_mismatch'],
      [[{ fileName: 'a.txt', fileData: Buffer.alloc(MAX_FILE_BYTES + 10, 0x61).toString('base64') }], 413, 'file_too_large'],
      [[{ fileName: 'a.bin', fileData: randomBytes(512).fill(0, 0, 4).toString('base64') }], 415, 'unsupported_type'],
      [[{ name: 'missing fileName' }], 400, 'invalid_request'],
    ];
    for (const [sources, status, code] of cases) {
      const response = await base64Start(sources);
      assert.equal(response.status, status, code);
      assert.equal((await json(response)).error.code, code);
    }
    const response = await api.call('/api/shows/import/start', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"sources": [' });
    assert.equal(response.status, 400);
    assert.ok((await json(response)).error.code);
  });

  test('a body over the route limit: 413', async () => {
    const response = await api.call('/api/shows/import/start', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pastedText: 'x'.repeat(2 * 1024 * 1024 * 4 + MAX_FILE_BYTES * 2) }),
    });
    assert.equal(response.status, 413);
    assert.equal((await json(response)).error.code, 'too_large');
  });

  test('an unsupported content type: 415', async () => {
    const response = await api.call('/api/shows/import/start', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' });
    assert.equal(response.status, 415);
    assert.equal((await json(response)).error.code, 'unsupported_media_type');
  });
});

describe('who may start an import', () => {
  test('no credentials: 401; a wrong token: 401', async () => {
    assert.equal((await uploadFiles(api, ['notes.txt'], { token: '' })).status, 401);
    const wrong = await uploadFiles(api, ['notes.txt'], { token: 'intk_not-a-real-token' });
    assert.equal(wrong.status, 401);
    assert.equal((await json(wrong)).error.code, 'invalid_token');
  });

  test('another organisation\'s id: 404, and no job is created there', async () => {
    const response = await uploadFiles(api, ['notes.txt'], { orgId: api.b.id });
    assert.equal(response.status, 404);
    const { rows } = await api.db.pool.query('SELECT 1 FROM import_jobs WHERE org_id = $1', [api.b.id]);
    assert.equal(rows.length, 0);
    const viaJson = await base64Start([], { orgId: api.b.id, pastedText: 'hello' });
    assert.equal(viaJson.status, 404);
  });

  test('the job belongs to the token\'s organisation, with the configured attempts', async () => {
    const response = await uploadFiles(api, ['notes.txt'], { token: api.b.token });
    assert.equal(response.status, 202);
    const { rows } = await api.db.pool.query('SELECT org_id, max_attempts FROM import_jobs WHERE id = $1', [(await json(response)).jobId]);
    assert.equal(rows[0].org_id, api.b.id);
    assert.equal(rows[0].max_attempts, 4, 'IMPORT_JOB_MAX_ATTEMPTS applies to jobs started over HTTP');
  });
});

test('import starts are rate-limited per organisation', async () => {
  const limited = await startTestApi({ importStartsPerMinute: 2 });
  try {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await uploadFiles(limited, ['notes.txt'])).status);
    assert.deepEqual(statuses, [202, 202, 429]);
    const refused = await uploadFiles(limited, ['notes.txt']);
    assert.equal((await json(refused)).error.code, 'rate_limited');
    assert.equal((await uploadFiles(limited, ['notes.txt'], { token: limited.b.token })).status, 202, 'another organisation is not limited');
  } finally {
    await limited.close();
  }
});

test('a multi-megabyte file streams into 1 MiB chunks with the right digest', async () => {
  const large = await startTestApi();
  try {
    const line = 'Day sheet: load-in 14:00, soundcheck 16:30, doors 19:00, set 21:00.\n';
    const bytes = Buffer.from(line.repeat(Math.ceil((3.5 * 1024 * 1024) / line.length)));
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'day-sheet.txt');
    const response = await large.call('/api/shows/import/start', { method: 'POST', body: form });
    assert.equal(response.status, 202);
    const { rows } = await large.db.pool.query<{ sha256: string; size_bytes: string; chunks: number }>(
      `SELECT s.sha256, s.size_bytes, (SELECT count(*)::int FROM import_blob_chunks c WHERE c.blob_id = s.blob_id) AS chunks
         FROM import_sources s WHERE s.job_id = $1`, [(await json(response)).jobId]);
    assert.equal(Number(rows[0]!.size_bytes), bytes.length);
    assert.equal(rows[0]!.sha256, createHash('sha256').update(bytes).digest('hex'));
    assert.equal(rows[0]!.chunks, Math.ceil(bytes.length / (1024 * 1024)));
  } finally {
    await large.close();
  }
});
