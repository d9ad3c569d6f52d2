import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { IMPORT_SECTIONS } from '../../src/interfaces.js';
import { json, startTestApi, uploadFiles, type TestApi } from './harness.js';
import { readEventStream } from './sse-client.js';

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

let api: TestApi;
before(async () => { api = await startTestApi({ sseHeartbeatMs: 50 }); });
after(() => api.close());

/** `intake worker` in its own process, on the test database. */
function startWorkerProcess() {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'worker'], {
    env: { ...process.env, DATABASE_URL: api.db.url, IMPORT_WORKER_POLL_INTERVAL: '100', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { stop: async () => { child.kill('SIGTERM'); await once(child, 'exit'); } };
}

test('an SSE client sees every section\'s progress from a worker in another process, and can resume', async () => {
  const { jobId } = await json(await uploadFiles(api, ['notes.txt']));
  const response = await api.call(`/api/import-jobs/${jobId}/events`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type')!, /^text\/event-stream/);
  const streamed = readEventStream(response);
  // Let the stream sit idle for a few heartbeats before the worker exists.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const worker = startWorkerProcess();
  let stream;
  try {
    stream = await streamed;
  } finally {
    await worker.stop();
  }
  const { events, comments } = stream;

  assert.ok(comments.includes('ping'), 'heartbeats as comments');
  const statuses = events.filter((e) => e.event === 'status').map((e) => e.data.status);
  assert.deepEqual(statuses, ['pending', 'processing', 'completed']);
  const sections = events.filter((e) => e.event === 'progress').map((e) => e.data.current_section);
  for (const section of IMPORT_SECTIONS) assert.ok(sections.includes(section), `progress for ${section}`);
  // History rows carry their id; the state read from the job row (processing, completed) carries none.
  const recorded = events.filter((e) => e.id);
  const ids = recorded.map((e) => Number(e.id));
  assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(recorded.length, 1 + sections.length, 'the created row and every progress row');
  assert.equal(events.at(-1)!.data.status, 'completed', 'the stream ends at the terminal state');

  // Reconnect after the third recorded event: exactly the recorded rest, with the job's state, then the end.
  const resumed = await api.call(`/api/import-jobs/${jobId}/events`, { headers: { 'last-event-id': recorded[2]!.id! } });
  const rest = (await readEventStream(resumed)).events;
  assert.deepEqual(rest.filter((e) => e.id), recorded.slice(3));
  assert.deepEqual(rest.filter((e) => e.event === 'status').map((e) => e.data.status), ['processing', 'completed']);
});

test('a stream of a job that already ended replays its history and closes', async () => {
  const { jobId } = await json(await uploadFiles(api, ['notes.txt']));
  assert.equal((await api.call(`/api/import-jobs/${jobId}/cancel`, { method: 'POST' })).status, 200);
  const { events } = await readEventStream(await api.call(`/api/import-jobs/${jobId}/events`));
  assert.deepEqual(events.map((e) => e.data.status), ['pending', 'cancelled']);
});

test('events of another organisation\'s job: 404; without credentials: 401', async () => {
  const { jobId } = await json(await uploadFiles(api, ['notes.txt']));
  const other = await api.call(`/api/import-jobs/${jobId}/events`, { token: api.b.token });
  assert.equal(other.status, 404);
  assert.equal((await json(other)).error.code, 'not_found');
  assert.equal((await api.call(`/api/import-jobs/${jobId}/events`, { token: null })).status, 401);
});
