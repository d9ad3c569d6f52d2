import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { addMembership, createUser } from '../../src/auth/users.js';
import { sampleImportData } from '../shows/sample-data.js';
import { json, processQueue, startTestApi, uploadFiles, type TestApi } from './harness.js';

let api: TestApi;
/** What organisation A owns. */
let owned: { pendingJob: string; committedJob: string; show: string; document: string; source: string };

before(async () => {
  api = await startTestApi();
  const committedJob = (await json(await uploadFiles(api, ['contract.pdf']))).jobId;
  await processQueue(api);
  const document = { fileName: 'contract.pdf', mimeType: 'application/pdf', sizeBytes: null, pages: null, category: 'contract' as const };
  const commit = await api.call(`/api/import-jobs/${committedJob}/commit`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sampleImportData([document])),
  });
  const { showId } = await json(commit);
  const show = await json(await api.call(`/api/shows/${showId}`));
  const pendingJob = (await json(await uploadFiles(api, ['notes.txt']))).jobId;
  const source = (await json(await api.call(`/api/import-jobs/${committedJob}`))).sources[0].id;
  owned = { pendingJob, committedJob, show: showId, document: show.documents[0].id, source };
});
after(() => api.close());

/** Organisation B's two ways in: its API token, and a signed-in member's cookie with its CSRF token. */
async function outsiders(): Promise<{ name: string; headers: Record<string, string> }[]> {
  const email = 'b-member@example.com';
  await addMembership(api.db.pool, api.b.id, await createUser(api.db.pool, email, 'b password'), 'admin');
  const signIn = await api.call('/api/auth/sign-in', {
    method: 'POST', token: null, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'b password' }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = await json(signIn);
  return [
    { name: 'token', headers: { authorization: `Bearer ${api.b.token}` } },
    { name: 'session', headers: { cookie, 'x-csrf-token': csrfToken } },
  ];
}

test('every route refuses organisation A\'s data to organisation B (404), and changes nothing', async () => {
  const { pendingJob, committedJob, show, document, source } = owned;
  const notFound: [string, string, string?][] = [
    ['GET', `/api/import-jobs/${pendingJob}`],
    ['GET', `/api/import-jobs/${committedJob}`],
    ['GET', `/api/import-jobs/${pendingJob}/events`],
    ['GET', `/api/import-jobs/${committedJob}/sources/${source}/text`],
    ['POST', `/api/import-jobs/${committedJob}/commit`, JSON.stringify(sampleImportData())],
    ['POST', `/api/import-jobs/${pendingJob}/retry`],
    ['POST', `/api/import-jobs/${pendingJob}/cancel`],
    ['GET', `/api/shows/${show}`],
    ['GET', `/api/shows/${show}/documents/${document}`],
    ['POST', `/api/shows/import/start?orgId=${api.a.id}`, JSON.stringify({ pastedText: 'hello' })],
  ];
  for (const outsider of await outsiders()) {
    for (const [method, path, body] of notFound) {
      const headers = body ? { ...outsider.headers, 'content-type': 'application/json' } : outsider.headers;
      const response = await api.call(path, { method, body, headers, token: null });
      const text = await response.text();
      assert.equal(response.status, 404, `${outsider.name} ${method} ${path}: ${text}`);
      assert.equal(JSON.parse(text).error.code, 'not_found');
      for (const secret of [...Object.values(owned), 'Foundry']) assert.ok(!text.includes(secret), `${method} ${path} leaks nothing`);
    }
    for (const path of ['/api/import-jobs', '/api/shows']) {
      const response = await api.call(path, { headers: outsider.headers, token: null });
      assert.equal(response.status, 200);
      const text = await response.text();
      for (const id of Object.values(owned)) assert.ok(!text.includes(id), `${outsider.name} ${path} lists none of A's`);
    }
  }
  const { rows } = await api.db.pool.query('SELECT id, status FROM import_jobs WHERE id = ANY($1) ORDER BY created_at', [[committedJob, pendingJob]]);
  assert.deepEqual(rows.map((r: { status: string }) => r.status), ['committed', 'pending']);
});
