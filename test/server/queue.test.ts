import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { json, processQueue, startTestApi, uploadFiles, type TestApi } from './harness.js';

let api: TestApi;
before(async () => { api = await startTestApi(); });
after(() => api.close());

async function signedIn(email: string): Promise<Record<string, string>> {
  const response = await api.call('/api/auth/sign-in', {
    method: 'POST', token: null, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: api.user.password }),
  });
  return { cookie: response.headers.get('set-cookie')!.split(';')[0]! };
}

test('GET /api/queue: counts, throughput, oldest pending and workers, for the caller\'s organisation only', async () => {
  for (let i = 0; i < 4; i++) assert.equal((await uploadFiles(api, ['notes.txt'])).status, 202);
  assert.equal((await uploadFiles(api, ['notes.txt'], { token: api.b.token })).status, 202);
  await api.db.pool.query("UPDATE import_jobs SET priority = 1 WHERE org_id = $1", [api.a.id]);
  await processQueue(api); // a batch of 3
  const response = await api.call('/api/queue');
  assert.equal(response.status, 200);
  const stats = await json(response);
  assert.equal(stats.pending, 1);
  assert.equal(stats.processing, 0);
  assert.equal(stats.completed, 3);
  assert.equal(stats.failed, 0);
  assert.equal(stats.completedLastHour, 3);
  assert.ok(stats.oldestPendingSeconds >= 0);
  assert.equal(stats.workers.length, 1, 'the in-process batch ran as one worker');
  assert.match(stats.workers[0].lastSeenAt, /^\d{4}-\d\d-\d\dT/);
  const theirs = await json(await api.call('/api/queue', { token: api.b.token }));
  assert.deepEqual([theirs.pending, theirs.completed, theirs.workers.length], [1, 0, 0]);
});

test('a member who is not an administrator: 403; no credentials: 401', async () => {
  const member = await api.call('/api/queue', { token: null, headers: await signedIn(api.user.email) });
  assert.equal(member.status, 403);
  assert.equal((await json(member)).error.code, 'admin_only');
  await api.db.pool.query("UPDATE organisation_members SET role = 'admin'");
  assert.equal((await api.call('/api/queue', { token: null, headers: await signedIn(api.user.email) })).status, 200);
  assert.equal((await api.call('/api/queue', { token: null })).status, 401);
});

test('source text: pasted text at once; a file once read; 409 before; 404 across organisations', async () => {
  const { jobId } = await json(await uploadFiles(api, ['notes.txt'], { pastedText: 'Doors 19:00' }));
  const job = await json(await api.call(`/api/import-jobs/${jobId}`));
  const [file, pasted] = job.sources as { id: string; name: string }[];
  const text = (id: string, token?: string) => api.call(`/api/import-jobs/${jobId}/sources/${id}/text`, { token });

  assert.deepEqual(await json(await text(pasted!.id)), { name: 'pasted text', text: 'Doors 19:00', pages: [] });
  const early = await text(file!.id);
  assert.equal(early.status, 409);
  assert.equal((await json(early)).error.code, 'text_not_ready');
  // What the worker records once it has read the file: its text and where each page starts.
  await api.db.pool.query(
    `UPDATE import_sources SET text = $2, extracted = '{"pages": [{"number": 1, "offset": 0}]}' WHERE id = $1`,
    [file!.id, 'Artist: The Foundry Band']);
  assert.deepEqual(await json(await text(file!.id)), { name: 'notes.txt', text: 'Artist: The Foundry Band', pages: [{ number: 1, offset: 0 }] });

  assert.equal((await text(file!.id, api.b.token)).status, 404);
  assert.equal((await api.call(`/api/import-jobs/${jobId}/sources/00000000-0000-4000-8000-000000000000/text`)).status, 404);
});
