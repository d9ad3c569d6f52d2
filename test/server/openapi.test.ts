import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { json, startTestApi, type TestApi } from './harness.js';

let api: TestApi;
before(async () => { api = await startTestApi(); });
after(() => api.close());

test('/api/openapi.json documents every route from its schemas, without credentials', async () => {
  const response = await api.call('/api/openapi.json', { token: null });
  assert.equal(response.status, 200);
  const spec = await json(response);
  assert.match(spec.openapi, /^3\./);
  const routes = Object.entries(spec.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
  for (const route of [
    'POST /api/shows/import/start', 'GET /api/import-jobs/{id}', 'GET /api/import-jobs/{id}/events', 'GET /api/import-jobs',
    'POST /api/import-jobs/{id}/commit', 'POST /api/import-jobs/{id}/retry', 'POST /api/import-jobs/{id}/cancel',
    'GET /api/import-jobs/{id}/sources/{sourceId}/text', 'GET /api/queue', 'GET /api/shows', 'GET /api/shows/{id}', 'GET /api/shows/{id}/documents/{docId}', 'POST /api/import-worker/process',
    'GET /healthz', 'GET /readyz', 'GET /metrics', 'POST /api/auth/sign-in', 'POST /api/auth/sign-out', 'GET /api/auth/session',
  ]) assert.ok(routes.includes(route), route);
  const startBody = spec.paths['/api/shows/import/start'].post.requestBody.content;
  assert.deepEqual(Object.keys(startBody).sort(), ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data']);
  assert.ok(startBody['application/json'].schema.properties.sources);
  const commitBody = spec.paths['/api/import-jobs/{id}/commit'].post.requestBody.content['application/json'].schema;
  assert.deepEqual(commitBody.required.sort(), ['activities', 'contacts', 'deal', 'documents', 'flights', 'food', 'general', 'hotels', 'technical', 'warnings']);
});

test('health and readiness; unknown routes answer the JSON error shape', async () => {
  assert.deepEqual(await json(await api.call('/healthz', { token: null })), { status: 'ok' });
  assert.deepEqual(await json(await api.call('/readyz', { token: null })), { status: 'ready' });
  await api.db.pool.query('DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)');
  const notReady = await api.call('/readyz', { token: null });
  assert.equal(notReady.status, 503);
  assert.match((await json(notReady)).reason, /migrations not applied/);
  const unknown = await api.call('/api/nothing-here');
  assert.equal(unknown.status, 404);
  assert.equal((await json(unknown)).error.code, 'not_found');
});
