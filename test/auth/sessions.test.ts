import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { json, startTestApi, uploadFiles, type TestApi } from '../server/harness.js';

let api: TestApi;
before(async () => { api = await startTestApi(); });
after(() => api.close());

async function signIn(email: string, password: string): Promise<Response> {
  return api.call('/api/auth/sign-in', {
    method: 'POST', token: null, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
}

async function session() {
  const response = await signIn(api.user.email, api.user.password);
  assert.equal(response.status, 200);
  const setCookie = response.headers.get('set-cookie')!;
  return { setCookie, cookie: setCookie.split(';')[0]!, body: await json(response) };
}

test('sign-in: wrong password and unknown e-mail answer alike (401)', async () => {
  for (const [email, password] of [[api.user.email, 'wrong'], ['nobody@example.com', api.user.password]] as const) {
    const response = await signIn(email, password);
    assert.equal(response.status, 401);
    assert.deepEqual(await json(response), { error: { code: 'invalid_credentials', message: 'wrong e-mail or password' } });
    assert.equal(response.headers.get('set-cookie'), null);
  }
});

test('sign-in sets an HttpOnly SameSite cookie and returns the memberships and a CSRF token', async () => {
  const { setCookie, body } = await session();
  assert.match(setCookie, /^intake_session=[\w-]{43};/);
  assert.match(setCookie, /HttpOnly/);
  assert.match(setCookie, /SameSite=Lax/);
  assert.match(setCookie, /Path=\//);
  assert.deepEqual(body.organisations, [{ orgId: api.a.id, name: 'Org A', role: 'member' }]);
  assert.equal(body.user.email, api.user.email);
  assert.equal(typeof body.csrfToken, 'string');
  const { rows } = await api.db.pool.query('SELECT id_hash FROM user_sessions');
  assert.ok(rows.every((r: { id_hash: Buffer }) => !setCookie.includes(r.id_hash.toString('base64url'))), 'only digests stored');
});

test('the cookie reads without CSRF, but a state change needs the X-CSRF-Token header', async () => {
  const { cookie, body } = await session();
  const list = await api.call('/api/import-jobs', { token: null, headers: { cookie } });
  assert.equal(list.status, 200);
  const { jobId } = await json(await uploadFiles(api, ['notes.txt']));
  const cancel = (headers: Record<string, string>) => api.call(`/api/import-jobs/${jobId}/cancel`, { method: 'POST', token: null, headers: { cookie, ...headers } });
  const missing = await cancel({});
  assert.equal(missing.status, 403);
  assert.equal((await json(missing)).error.code, 'csrf_failed');
  assert.equal((await cancel({ 'x-csrf-token': `${body.csrfToken}x` })).status, 403);
  const other = await session();
  assert.equal((await cancel({ 'x-csrf-token': other.body.csrfToken })).status, 403, 'another session\'s token does not fit');
  const ok = await cancel({ 'x-csrf-token': body.csrfToken });
  assert.equal(ok.status, 200);
  assert.equal((await json(ok)).status, 'cancelled');

  const form = new FormData();
  form.append('pastedText', 'Doors 19:00');
  const start = (headers: Record<string, string>) => api.call('/api/shows/import/start', { method: 'POST', token: null, body: form, headers: { cookie, ...headers } });
  assert.equal((await start({})).status, 403);
  assert.equal((await start({ 'x-csrf-token': body.csrfToken })).status, 202);
});

test('session info, sign-out, and expiry', async () => {
  const { cookie, body } = await session();
  const info = await api.call('/api/auth/session', { token: null, headers: { cookie } });
  assert.equal(info.status, 200);
  assert.equal((await json(info)).csrfToken, body.csrfToken);
  const out = await api.call('/api/auth/sign-out', { method: 'POST', token: null, headers: { cookie, 'x-csrf-token': body.csrfToken } });
  assert.equal(out.status, 204);
  assert.equal((await api.call('/api/import-jobs', { token: null, headers: { cookie } })).status, 401);

  const second = await session();
  await api.db.pool.query("UPDATE user_sessions SET expires_at = now() - interval '1 second'");
  const expired = await api.call('/api/import-jobs', { token: null, headers: { cookie: second.cookie } });
  assert.equal(expired.status, 401);
  assert.equal((await json(expired)).error.code, 'unauthenticated');
  await session();
  const { rows } = await api.db.pool.query('SELECT count(*)::int AS n FROM user_sessions WHERE expires_at <= now()');
  assert.equal(rows[0].n, 0, 'the next sign-in swept the expired sessions');
});

test('API tokens: a revoked token is refused; use is recorded; a bearer never falls back to the cookie', async () => {
  const { cookie } = await session();
  assert.equal((await api.call('/api/import-jobs', { token: 'intk_wrong', headers: { cookie } })).status, 401);
  assert.equal((await api.call('/api/import-jobs', { token: api.b.token })).status, 200);
  const { rows } = await api.db.pool.query('SELECT last_used_at FROM api_tokens WHERE org_id = $1', [api.b.id]);
  assert.ok(rows[0].last_used_at instanceof Date);
  await api.db.pool.query('UPDATE api_tokens SET revoked_at = now() WHERE org_id = $1', [api.b.id]);
  assert.equal((await api.call('/api/import-jobs', { token: api.b.token })).status, 401);
  await api.db.pool.query('UPDATE api_tokens SET revoked_at = NULL WHERE org_id = $1', [api.b.id]);
});

test('security headers on every answer', async () => {
  const response = await api.call('/healthz', { token: null });
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.match(response.headers.get('content-security-policy')!, /default-src 'none'/);
  assert.ok(response.headers.get('strict-transport-security'));
  assert.equal(response.headers.get('x-powered-by'), null);
});
