// Failures a queue must survive, on a PostgreSQL of this test's own so it can be stopped and started.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { getJob, getJobEvents } from '../../src/jobs/read.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startOwnServer, type OwnServer } from '../helpers/embedded.js';
import { countByStatus, insertJobs, waitFor } from '../helpers/jobs.js';
import { executions, killLeftoverWorkers, overlaps, prepareExecutions, spawnWorker, type WorkerProcess } from '../helpers/processes.js';

let server: OwnServer;
before(async () => { server = await startOwnServer(); });
after(async () => { await server.destroy(); });
afterEach(killLeftoverWorkers);

async function freshDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase(server.adminUrl);
  await prepareExecutions(db.url);
  return db;
}

async function stopAll(workers: WorkerProcess[]): Promise<(number | null)[]> {
  for (const w of workers) w.child.kill('SIGTERM');
  return Promise.all(workers.map((w) => w.exited));
}

describe('a worker killed with SIGKILL mid-job', () => {
  test('its job is reclaimed after the lease, counted as an attempt, and completes elsewhere', async () => {
    const db = await freshDatabase();
    const [victim] = await insertJobs(db.pool, 1, { createdBy: 'stall-first', priority: 1 });
    const others = await insertJobs(db.pool, 20);
    const doomed = await spawnWorker(db.url, { IMPORT_WORKER_CONCURRENCY: '1' });
    // Mid-job: claimed by the doomed worker and its work started (the claim alone comes first).
    await waitFor('the job to run', async () => (await getJob(db.pool, victim!))?.locked_by === doomed.id
      && (await executions(db.pool)).some((r) => r.job_id === victim));
    doomed.child.kill('SIGKILL');
    const killedAt = new Date();
    assert.equal(await doomed.exited, null);

    const survivor = await spawnWorker(db.url);
    await waitFor('every job completed', async () => (await countByStatus(db.pool)).completed === 21);
    assert.deepEqual(await stopAll([survivor]), [0]);

    const job = (await getJob(db.pool, victim!))!;
    assert.deepEqual([job.status, job.attempts, job.locked_by], ['completed', 2, survivor.id]);
    assert.deepEqual((await getJobEvents(db.pool, victim!)).map((e) => [e.kind, e.attempt, e.worker_id]), [
      ['reclaimed', 1, doomed.id],
    ]);
    const runs = (await executions(db.pool)).filter((r) => r.job_id === victim);
    assert.equal(runs.length, 2);
    assert.equal(runs[0]?.finished_at, null, 'the killed run never finished');
    assert.ok(runs[1]!.started_at > killedAt, 'the second run started after the first holder died');
    assert.equal((await executions(db.pool)).filter((r) => others.includes(r.job_id)).length, 20);
    await db.drop();
  });
});

describe('a poison job', () => {
  test('exhausts its attempts with growing backoff and ends failed with its error, while other jobs flow', async () => {
    const db = await freshDatabase();
    const [poison] = await insertJobs(db.pool, 1, { createdBy: 'poison', maxAttempts: 4, priority: 1 });
    const [unreadable] = await insertJobs(db.pool, 1, { createdBy: 'permanent', maxAttempts: 4, priority: 1 });
    await insertJobs(db.pool, 300);
    const workers = [await spawnWorker(db.url), await spawnWorker(db.url)];
    await waitFor('the poison job to fail', async () => (await getJob(db.pool, poison!))?.status === 'failed');
    await waitFor('the others to complete', async () => (await countByStatus(db.pool)).completed === 300);
    assert.deepEqual(await stopAll(workers), [0, 0]);

    const job = (await getJob(db.pool, poison!))!;
    assert.equal(job.attempts, 4);
    assert.deepEqual(job.error, { code: 'Error', message: 'poison job' });
    const events = await getJobEvents(db.pool, poison!);
    assert.deepEqual(events.map((e) => [e.kind, e.attempt]), [
      ['retry_scheduled', 1], ['retry_scheduled', 2], ['retry_scheduled', 3], ['failed', 4],
    ]);
    // Retry n waits at least half of 100 ms · 2^(n-1) (RETRY_BASE_MS=100, jitter in [0.5, 1)).
    const claims = events.map((e) => Date.parse((e.detail as { claimed_at: string }).claimed_at));
    claims.slice(1).forEach((at, i) => {
      assert.ok(at - claims[i]! >= 50 * 2 ** i, `retry ${i + 1} came after ${at - claims[i]!} ms`);
    });

    const permanent = (await getJob(db.pool, unreadable!))!;
    assert.deepEqual([permanent.status, permanent.attempts, permanent.error?.code], ['failed', 1, 'file_corrupt']);
    await db.drop();
  });
});

describe('PostgreSQL stopped and restarted under running workers', () => {
  test('no job is lost or run twice; the workers carry on', async () => {
    const db = await freshDatabase();
    // Enough work (about five seconds for two workers) that the outage comes while some remains, on a busy machine too.
    const jobs = 1000;
    await insertJobs(db.pool, jobs, { createdBy: 'sleep:100' });
    // A lease longer than the outage: an interrupted holder keeps its jobs and finishes them.
    const env = { IMPORT_JOB_LEASE_SECONDS: '15', IMPORT_WORKER_POLL_INTERVAL: '500' };
    const workers = [await spawnWorker(db.url, env), await spawnWorker(db.url, env)];
    await waitFor('work under way', async () => ((await countByStatus(db.pool)).completed ?? 0) >= 50);
    await server.stop();
    const stoppedAt = Date.now();
    await sleep(1500);
    await server.restart();
    const completedBefore = (await countByStatus(db.pool)).completed ?? 0;
    assert.ok(completedBefore < jobs, 'the outage came while work remained');

    await waitFor('every job completed', async () => (await countByStatus(db.pool)).completed === jobs, 60_000);
    assert.deepEqual(await stopAll(workers), [0, 0]);

    const runs = await executions(db.pool);
    assert.equal(runs.length, jobs, 'one execution per job');
    assert.deepEqual(overlaps(runs), []);
    assert.ok(runs.some((r) => r.started_at.getTime() > stoppedAt), 'work was claimed after the restart');
    const { rows } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM import_jobs WHERE attempts = 1');
    assert.equal(rows[0]?.n, jobs, 'no job needed a second attempt');
    await db.drop();
  });
});
