import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { readJobUpdates } from '../../src/worker/job-updates.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { countByStatus, insertJobs, waitFor } from '../helpers/jobs.js';
import { executions, killLeftoverWorkers, overlaps, prepareExecutions, spawnWorker, type WorkerProcess } from '../helpers/processes.js';

let db: TestDatabase;
before(async () => {
  db = await createTestDatabase();
  await prepareExecutions(db.url);
});
after(async () => { await db.drop(); });
afterEach(killLeftoverWorkers);

test('4 worker processes drain 2,000 jobs: each completes exactly once, never held by two at a time', async () => {
  const watcher = new pg.Client({ connectionString: db.url });
  await watcher.connect();
  const announced = new Map<string, string[]>();
  watcher.on('notification', ({ payload }) => {
    for (const { id, status } of readJobUpdates(payload!)) announced.set(id, [...(announced.get(id) ?? []), status]);
  });
  await watcher.query('LISTEN intake_job_updates');
  const ids = await insertJobs(db.pool, 2000);
  const workers: WorkerProcess[] = await Promise.all(Array.from({ length: 4 }, () => spawnWorker(db.url)));
  try {
    await waitFor('all jobs completed', async () => (await countByStatus(db.pool)).completed === 2000, 90_000);
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
  }
  assert.deepEqual(await Promise.all(workers.map((w) => w.exited)), [0, 0, 0, 0]);

  const runs = await executions(db.pool);
  assert.equal(runs.length, 2000, 'one execution per job');
  assert.deepEqual(new Set(runs.map((r) => r.job_id)), new Set(ids));
  assert.deepEqual(overlaps(runs), []);
  const { rows } = await db.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM import_jobs
      WHERE status = 'completed' AND attempts = 1 AND locked_until IS NULL AND locked_by = extracted->>'by'`);
  assert.equal(rows[0]?.n, 2000);
  // Every process took part, and each job's result names the worker that ran it.
  const byWorker = await db.pool.query<{ worker: string; n: number }>(
    "SELECT extracted->>'by' AS worker, count(*)::int AS n FROM import_jobs GROUP BY 1");
  assert.deepEqual(new Set(byWorker.rows.map((r) => r.worker)), new Set(workers.map((w) => w.id)));
  // Watchers (the API's live stream) heard of every job, its completion last. A job that started and
  // finished within one batch is announced once, with its final status.
  await watcher.query('SELECT 1');
  await watcher.end();
  assert.equal(announced.size, 2000);
  const sequences = new Set([...announced.values()].map((s) => s.join()));
  assert.deepEqual([...sequences].filter((s) => s !== 'completed' && s !== 'processing,completed'), []);
  // The success path writes no history row: the job row holds its claim and its end.
  const history = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM import_job_events');
  assert.equal(history.rows[0]?.n, 0);
});
