import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { getJobEvents } from '../../src/jobs/read.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { countByStatus, insertJobs, waitFor } from '../helpers/jobs.js';
import { killLeftoverWorkers, prepareExecutions, spawnWorker } from '../helpers/processes.js';

let db: TestDatabase;
before(async () => {
  db = await createTestDatabase();
  await prepareExecutions(db.url);
});
after(async () => { await db.drop(); });
afterEach(killLeftoverWorkers);

const processing = async () => (await countByStatus(db.pool)).processing ?? 0;

test('SIGTERM: jobs that finish within the deadline complete, the rest are released with their attempt given back; exit 0', async () => {
  const quick = await insertJobs(db.pool, 2, { createdBy: 'sleep:400', priority: 1 });
  const slow = await insertJobs(db.pool, 3, { createdBy: 'sleep:60000' });
  const worker = await spawnWorker(db.url, { SHUTDOWN_DEADLINE_MS: '1500', IMPORT_JOB_LEASE_SECONDS: '30' });
  await waitFor('all five running', async () => (await processing()) === 5);
  worker.child.kill('SIGTERM');
  assert.equal(await worker.exited, 0);

  const { rows } = await db.pool.query<{ id: string; status: string; attempts: number; locked_until: Date | null }>(
    'SELECT id, status, attempts, locked_until FROM import_jobs');
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of quick) assert.equal(byId.get(id)?.status, 'completed');
  for (const id of slow) {
    assert.deepEqual({ ...byId.get(id), id: undefined }, { id: undefined, status: 'pending', attempts: 0, locked_until: null });
    assert.deepEqual((await getJobEvents(db.pool, id)).map((e) => [e.kind, e.worker_id]), [['released', worker.id]]);
  }
});

test('a released job is picked up by the next worker', async () => {
  await db.pool.query("UPDATE import_jobs SET created_by = NULL WHERE status = 'pending'");
  const worker = await spawnWorker(db.url);
  await waitFor('all completed', async () => (await countByStatus(db.pool)).completed === 5);
  worker.child.kill('SIGINT');
  assert.equal(await worker.exited, 0);
});
