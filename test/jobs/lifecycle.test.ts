import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
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
    assert.ok(claimed.every((c) => c.job.status === 'processing' && c.job.locked_by === 'w1' && c.claim.attempt === 1));
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

  test('counts the attempt at claim and records the claim in the history', async () => {
    await emptyQueue();
    const [id] = await insertJobs(db.pool, 1);
    const [claimed] = await claimJobs(db.pool, 'w1', 1, 30);
    assert.equal(claimed?.job.attempts, 1);
    const events = await getJobEvents(db.pool, id!);
    assert.deepEqual(events.map((e) => [e.kind, e.attempt, e.worker_id]), [['claimed', 1, 'w1']]);
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
    assert.equal(job?.locked_by, null);
  });

  test('progress merges into progress_data and renews the lease', async () => {
    await emptyQueue();
    const [id] = await insertJobs(db.pool, 1);
    const [c] = await claimJobs(db.pool, 'w', 1, 1);
    const before = (await getJob(db.pool, id!))!.locked_until!;
    assert.equal(await writeProgress(db.pool, c!.claim, progress, 600), true);
    const job = (await getJob(db.pool, id!))!;
    assert.equal(job.progress_data?.current_section, 'deal');
    assert.equal(job.progress_data?.sections_completed, 1);
    assert.ok(job.progress_data?.started_at && job.progress_data.last_updated);
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
        delays.push(job.run_after.getTime() - job.updated_at.getTime());
      } else {
        assert.equal(outcome, 'failed');
        assert.equal(job.status, 'failed');
        assert.deepEqual(job.error, { code: 'boom', message: 'try 3' });
      }
    }
    // base·2^(n-1) with jitter in [0.5, 1): 500–1000 ms, then 1000–2000 ms.
    assert.ok(delays[0]! >= 500 && delays[0]! < 1000, `first delay ${delays[0]}`);
    assert.ok(delays[1]! >= 1000 && delays[1]! < 2000, `second delay ${delays[1]}`);
    const kinds = (await getJobEvents(db.pool, id!)).map((e) => e.kind);
    assert.deepEqual(kinds, ['claimed', 'retry_scheduled', 'claimed', 'retry_scheduled', 'claimed', 'failed']);
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
    assert.deepEqual([job.status, job.attempts, job.locked_by], ['pending', 0, null]);
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
  test('new jobs notify intake_jobs; status and progress changes notify intake_job_updates with a small payload', async () => {
    await emptyQueue();
    const listener = new pg.Client({ connectionString: db.url });
    await listener.connect();
    const seen: { channel: string; payload: string | undefined }[] = [];
    listener.on('notification', (n) => seen.push({ channel: n.channel, payload: n.payload }));
    await listener.query('LISTEN intake_jobs; LISTEN intake_job_updates');
    const [id] = await insertJobs(db.pool, 1);
    const [c] = await claimJobs(db.pool, 'w', 1, 30);
    await extendLease(db.pool, c!.claim, 30);
    await writeProgress(db.pool, c!.claim, progress, 30);
    await completeJob(db.pool, c!.claim, { extracted: null, confidence_map: null });
    await listener.query('SELECT 1'); // notifications arrive before the answer to a later query
    await listener.end();
    assert.equal(seen.filter((n) => n.channel === 'intake_jobs').length, 1);
    const updates = seen.filter((n) => n.channel === 'intake_job_updates').map((n) => JSON.parse(n.payload!));
    assert.deepEqual(updates.map((u) => u.status), ['processing', 'processing', 'completed']); // heartbeat is silent
    assert.deepEqual(Object.keys(updates[0]).sort(), ['id', 'org_id', 'status']);
    assert.equal(updates[0].id, id);
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
