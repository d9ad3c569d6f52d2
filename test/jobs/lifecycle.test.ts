import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { createUpdatePublisher, readJobUpdates } from '../../src/worker/job-updates.js';
import { claimJobs } from '../../src/jobs/claim.js';
import { completeJob } from '../../src/jobs/complete.js';
import { failJob } from '../../src/jobs/fail.js';
import { extendLease } from '../../src/jobs/heartbeat.js';
import { writeProgress } from '../../src/jobs/progress.js';
import { releaseJob } from '../../src/jobs/release.js';
import { reclaimExpiredLeases } from '../../src/jobs/reclaim.js';
import { cancelJob } from '../../src/jobs/cancel.js';
import { getJob, getJobEvents, listJobs } from '../../src/jobs/read.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { insertJobs } from '../helpers/jobs.js';

let db: TestDatabase;
before(async () => { db = await createTestDatabase(); });
after(async () => { await db.drop(); });

async function emptyQueue(): Promise<void> {
  await db.pool.query('DELETE FROM import_jobs');
}

async function expireLease(id: string): Promise<void> {
  await db.pool.query("UPDATE import_jobs SET locked_until = now() - interval '1 second' WHERE id = $1", [id]);
}

const progress = { current_section: 'deal' as const, current_source: 'contract.pdf', sections_completed: 1, total_sections: 9 };

describe('claim', () => {
  test('takes the highest priority first, then the oldest, and never a job whose run_after is ahead', async () => {
    await emptyQueue();
    const [low] = await insertJobs(db.pool, 1, { priority: 0 });
    const [high] = await insertJobs(db.pool, 1, { priority: 5 });
    const [later] = await insertJobs(db.pool, 1, { priority: 9 });
    await db.pool.query("UPDATE import_jobs SET run_after = now() + interval '1 hour' WHERE id = $1", [later]);
    const claimed = await claimJobs(db.pool, 'w1', 10, 30);
    assert.deepEqual(claimed.map((c) => c.job.id), [high, low]);
    assert.ok(claimed.every((c) => c.job.attempts === 1 && c.claim.workerId === 'w1' && c.claim.attempt === 1));
    for (const id of [high, low]) {
      const row = (await getJob(db.pool, id!))!;
      assert.deepEqual([row.status, row.locked_by, row.attempts], ['processing', 'w1', 1]);
    }
    assert.equal((await claimJobs(db.pool, 'w2', 10, 30)).length, 0);
  });

  test('concurrent claimers never get the same job', async () => {
    await emptyQueue();
    await insertJobs(db.pool, 200);
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => claimJobs(db.pool, `w${i}`, 15, 30)));
    const ids = claims.flat().map((c) => c.job.id);
    assert.equal(ids.length, 200);
    assert.equal(new Set(ids).size, 200);
  });

  test('counts the attempt at claim and records the claim on the row, writing no history row', async () => {
    await emptyQueue();
    const [id] = await insertJobs(db.pool, 1);
    const before = Date.now();
    const [claimed] = await claimJobs(db.pool, 'w1', 1, 30);
    assert.equal(claimed?.job.attempts, 1);
    const job = (await getJob(db.pool, id!))!;
    assert.deepEqual([job.status, job.attempts, job.locked_by], ['processing', 1, 'w1']);
    assert.ok(job.claimed_at!.getTime() >= before - 1000 && job.claimed_at!.getTime() <= Date.now() + 1000);
    assert.deepEqual(await getJobEvents(db.pool, id!), []);
  });

  test('the status column refuses a value outside the lifecycle', async () => {
    await emptyQueue();
    const [id] = await insertJobs(db.pool, 1);
    await assert.rejects(db.pool.query("UPDATE import_jobs SET status = 'done' WHERE id = $1", [id]), /invalid input value for enum/);
  });

  test('a processing job left without a lease end or a holder is taken back by reclaim', async () => {
    await emptyQueue();
    const ids = await insertJobs(db.pool, 3);
    await claimJobs(db.pool, 'w1', 3, 30);
    await db.pool.query('UPDATE import_jobs SET locked_until = NULL WHERE id = $1', [ids[0]]);
    await db.pool.query('UPDATE import_jobs SET locked_by = NULL WHERE id = $1', [ids[1]]);
    const reclaimed = await reclaimExpiredLeases(db.pool, 1);
    assert.deepEqual(reclaimed.map((r) => r.id).sort(), [ids[0], ids[1]].sort());
    const jobs = await Promise.all(ids.map((id) => getJob(db.pool, id!)));
    assert.deepEqual(jobs.map((j) => j!.status), ['pending', 'pending', 'processing']);
    assert.equal(jobs[1]!.error?.message, 'processing without a holder');
  });
});

describe('fenced writes', () => {
  test('a worker whose lease was reclaimed can neither progress, heartbeat, complete nor fail the job', async () => {
    await emptyQueue();
    const [id] = await insertJobs(db.pool, 1);
    const [first] = await claimJobs(db.pool, 'old', 1, 30);
    assert.equal(await writeProgress(db.pool, first!.claim, progress, 30), true);
    await expireLease(id!);
    assert.deepEqual((await reclaimExpiredLeases(db.pool, 1)).map((r) => [r.id, r.kind]), [[id, 'reclaimed']]);
    await db.pool.query('UPDATE import_jobs SET run_after = now() WHERE id = $1', [id]);
    const [second] = await claimJobs(db.pool, 'new', 1, 30);
    assert.equal(second?.claim.attempt, 2);

    assert.equal(await writeProgress(db.pool, first!.claim, progress, 30), false);
    assert.equal(await extendLease(db.pool, first!.claim, 30), false);
    assert.equal(await completeJob(db.pool, first!.claim, { extracted: { stale: true }, confidence_map: {} }), false);
    assert.equal(await failJob(db.pool, first!.claim, { code: 'x', message: 'stale' }, { permanent: true, retryBaseMs: 1 }), null);
    assert.equal(await releaseJob(db.pool, first!.claim), false);

    assert.equal(await completeJob(db.pool, second!.claim, { extracted: { fresh: true }, confidence_map: {} }), true);
    const job = await getJob(db.pool, id!);
    assert.equal(job?.status, 'completed');
    assert.deepEqual(job?.extracted, { fresh: true });
    assert.deepEqual([job?.locked_by, job?.locked_until, job?.attempts], ['new', null, 2], 'the row names who finished it, on which attempt');
    const history = (await getJobEvents(db.pool, id!)).map((e) => [e.kind, e.attempt, e.worker_id]);
    assert.deepEqual(history, [['progress', 1, 'old'], ['reclaimed', 1, 'old']]);
  });

  test('progress merges into progress_data and renews the lease', async () => {
    await emptyQueue();
    const [id] = await insertJobs(db.pool, 1);
    const [c] = await claimJobs(db.pool, 'w', 1, 1);
    const claimed = (await getJob(db.pool, id!))!;
    assert.equal(claimed.progress_data, null, 'an attempt has no progress before its first report');
    const before = claimed.locked_until!;
    assert.equal(await writeProgress(db.pool, c!.claim, progress, 600), true);
    const job = (await getJob(db.pool, id!))!;
    assert.equal(job.progress_data?.current_section, 'deal');
    assert.equal(job.progress_data?.sections_completed, 1);
    assert.equal(job.progress_data?.total_sections, 9);
    assert.equal(Date.parse(job.progress_data!.started_at), job.claimed_at!.getTime(), 'started at the claim');
    assert.ok(job.progress_data?.last_updated);
    assert.ok(job.locked_until! > before);
  });
});

describe('failure and retry', () => {
  test('a retryable error goes back to pending with a growing backoff, then fails when attempts are spent', async () => {
    await emptyQueue();
    const [id] = await insertJobs(db.pool, 1, { maxAttempts: 3 });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await db.pool.query('UPDATE import_jobs SET run_after = now() WHERE id = $1', [id]);
      const [c] = await claimJobs(db.pool, 'w', 1, 30);
      assert.equal(c?.claim.attempt, attempt);
      const outcome = await failJob(db.pool, c!.claim, { code: 'boom', message: `try ${attempt}` }, { permanent: false, retryBaseMs: 1000 });
      const job = (await getJob(db.pool, id!))!;
      if (attempt < 3) {
        assert.equal(outcome, 'retry_scheduled');
        assert.equal(job.status, 'pending');
        // Measured in Postgres, to the microsecond: two Date values each truncated to the
        // millisecond can differ by a whole millisecond more than the delay itself.
        const { rows } = await db.pool.query<{ ms: number }>(
          'SELECT extract(epoch FROM run_after - updated_at)::float8 * 1000 AS ms FROM import_jobs WHERE id = $1', [id]);
        delays.push(rows[0]!.ms);
      } else {
        assert.equal(outcome, 'failed');
        assert.equal(job.status, 'failed');
        assert.deepEqual(job.error, { code: 'boom', message: 'try 3' });
      }
    }
    // base·2^(n-1) with jitter in [0.5, 1): 500–1000 ms, then 1000–2000 ms.
    assert.ok(delays[0]! >= 500 && delays[0]! < 1000, `first delay ${delays[0]}`);
    assert.ok(delays[1]! >= 1000 && delays[1]! < 2000, `second delay ${delays[1]}`);
    const history = await getJobEvents(db.pool, id!);
    assert.deepEqual(history.map((e) => [e.kind, e.attempt]), [['retry_scheduled', 1], ['retry_scheduled', 2], ['failed', 3]]);
    const claimTimes = history.map((e) => Date.parse((e.detail as { claimed_at: string }).claimed_at));
    assert.ok(claimTimes.every((t, i) => Number.isFinite(t) && (i === 0 || t >= claimTimes[i - 1]!)), 'each attempt\'s end names its claim');
  });

  test('a permanent error fails at once', async () => {
    await emptyQueue();
    const [id] = await insertJobs(db.pool, 1, { maxAttempts: 5 });
    const [c] = await claimJobs(db.pool, 'w', 1, 30);
    assert.equal(await failJob(db.pool, c!.claim, { code: 'file_corrupt', message: 'bad' }, { permanent: true, retryBaseMs: 1000 }), 'failed');
    const job = (await getJob(db.pool, id!))!;
    assert.equal(job.status, 'failed');
    assert.equal(job.attempts, 1);
  });

  test('an expired lease on the last attempt fails the job, keeping the reason', async () => {
    await emptyQueue();
    const [id] = await insertJobs(db.pool, 1, { maxAttempts: 1 });
    await claimJobs(db.pool, 'dead', 1, 30);
    await expireLease(id!);
    assert.deepEqual((await reclaimExpiredLeases(db.pool, 1)).map((r) => [r.id, r.kind]), [[id, 'failed']]);
    const job = (await getJob(db.pool, id!))!;
    assert.equal(job.status, 'failed');
    assert.equal(job.error?.code, 'lease_expired');
    assert.match(job.error?.message ?? '', /dead/);
  });
});

describe('release and cancel', () => {
  test('release puts the job back, runnable at once, with its attempt given back', async () => {
    await emptyQueue();
    const [id] = await insertJobs(db.pool, 1);
    const [c] = await claimJobs(db.pool, 'w', 1, 30);
    assert.equal(await releaseJob(db.pool, c!.claim), true);
    const job = (await getJob(db.pool, id!))!;
    assert.deepEqual([job.status, job.attempts, job.locked_until], ['pending', 0, null]);
    assert.deepEqual((await getJobEvents(db.pool, id!)).map((e) => [e.kind, e.worker_id]), [['released', 'w']]);
    assert.equal((await claimJobs(db.pool, 'w2', 1, 30))[0]?.claim.attempt, 1);
  });

  test('cancel ends a pending or running job, and the holder loses its claim', async () => {
    await emptyQueue();
    const [id] = await insertJobs(db.pool, 1);
    const [c] = await claimJobs(db.pool, 'w', 1, 30);
    assert.equal(await cancelJob(db.pool, id!, 'someone'), true);
    assert.equal(await extendLease(db.pool, c!.claim, 30), false);
    assert.equal(await cancelJob(db.pool, id!), false);
    assert.equal((await getJob(db.pool, id!))?.status, 'cancelled');
  });
});

describe('notifications and readers', () => {
  test('new and released jobs wake workers; a person\'s change is announced with a small payload; worker writes notify nothing', async () => {
    await emptyQueue();
    const listener = new pg.Client({ connectionString: db.url });
    await listener.connect();
    const seen: { channel: string; payload: string | undefined }[] = [];
    listener.on('notification', (n) => seen.push({ channel: n.channel, payload: n.payload }));
    await listener.query('LISTEN intake_jobs; LISTEN intake_job_updates');
    await insertJobs(db.pool, 2);
    let [c] = await claimJobs(db.pool, 'w', 1, 30);
    await extendLease(db.pool, c!.claim, 30);
    await writeProgress(db.pool, c!.claim, progress, 30);
    await completeJob(db.pool, c!.claim, { extracted: null, confidence_map: null });
    [c] = await claimJobs(db.pool, 'w', 1, 30);
    await releaseJob(db.pool, c!.claim);
    const other = c!.job;
    assert.equal(await cancelJob(db.pool, other.id, 'someone'), true);
    await listener.query('SELECT 1'); // notifications arrive before the answer to a later query
    await listener.end();
    // One for the INSERT statement (two jobs), one for the release.
    assert.equal(seen.filter((n) => n.channel === 'intake_jobs').length, 2);
    // Workers publish their own changes in batches (job-updates.ts); only the cancel is announced here.
    const updates = seen.filter((n) => n.channel === 'intake_job_updates').map((n) => JSON.parse(n.payload!));
    assert.deepEqual(updates, [{ id: other.id, org_id: other.org_id, status: 'cancelled' }]);
  });

  test('a worker\'s batch of updates is packed into notifications under PostgreSQL\'s 8000-byte limit, none lost', async () => {
    const listener = new pg.Client({ connectionString: db.url });
    await listener.connect();
    const payloads: string[] = [];
    listener.on('notification', (n) => payloads.push(n.payload!));
    await listener.query('LISTEN intake_job_updates');
    const publisher = createUpdatePublisher(db.pool, pino({ level: 'silent' }));
    const sent = Array.from({ length: 300 }, () => ({ id: randomUUID(), org_id: randomUUID(), status: 'completed' as const }));
    for (const update of sent) publisher.publish(update);
    await publisher.close();
    await listener.query('SELECT 1');
    await listener.end();
    assert.ok(payloads.length > 1 && payloads.length < 10, `${payloads.length} notifications`);
    assert.ok(payloads.every((p) => Buffer.byteLength(p) < 8000));
    assert.deepEqual(payloads.flatMap(readJobUpdates), sent);
  });

  test('reading jobs does not wait on a transaction that holds job rows', async () => {
    await emptyQueue();
    await insertJobs(db.pool, 3);
    const holder = await db.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT * FROM import_jobs FOR UPDATE');
      const reader = new pg.Client({ connectionString: db.url });
      await reader.connect();
      await reader.query("SET statement_timeout = '2s'");
      assert.equal((await listJobs(reader)).length, 3);
      await reader.end();
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
  });
});
