import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { IMPORT_SECTIONS } from '../../src/interfaces.js';
import { claimJobs } from '../../src/jobs/claim.js';
import { failJob } from '../../src/jobs/fail.js';
import { createUpdatePublisher } from '../../src/worker/job-updates.js';
import { pino } from 'pino';
import { json, METRICS_TOKEN, startTestApi, uploadFiles, WORKER_SECRET, type TestApi } from './harness.js';

let api: TestApi;
before(async () => { api = await startTestApi(); });
after(() => api.close());

const processBatch = (target: TestApi, token: string | null) =>
  target.call('/api/import-worker/process', { method: 'POST', token });

async function metric(name: string): Promise<number> {
  const text = await (await api.call('/metrics', { token: METRICS_TOKEN })).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : NaN;
}

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`${what} did not happen within 5 s`);
}

test('worker secret: missing 401, wrong 401, a token of a user 401, right 200', async () => {
  assert.equal((await processBatch(api, null)).status, 401);
  const wrong = await processBatch(api, WORKER_SECRET.replace(/.$/, 'y'));
  assert.equal(wrong.status, 401);
  assert.equal((await json(wrong)).error.code, 'invalid_worker_secret');
  assert.equal((await processBatch(api, api.a.token)).status, 401);
  const right = await processBatch(api, WORKER_SECRET);
  assert.equal(right.status, 200);
  assert.deepEqual(await json(right), { processed: 0 });
});

test('refused while the secret is unset or shorter than 32 characters, whatever is sent', async () => {
  for (const workerSecret of [null, 'short-secret-of-31-characters!!']) {
    const other = await startTestApi({ workerSecret });
    try {
      for (const token of [null, workerSecret, WORKER_SECRET]) {
        const response = await processBatch(other, token);
        assert.equal(response.status, 503);
        assert.equal((await json(response)).error.code, 'worker_secret_unset');
      }
    } finally {
      await other.close();
    }
  }
});

test('/metrics answers the scraper holding METRICS_TOKEN only: missing 401, a user token 401, wrong 401, right 200', async () => {
  assert.equal((await api.call('/metrics', { token: null })).status, 401);
  assert.equal((await api.call('/metrics')).status, 401, 'an organisation token is no metrics token');
  const wrong = await api.call('/metrics', { token: METRICS_TOKEN.replace(/.$/, 'y') });
  assert.equal(wrong.status, 401);
  assert.equal((await json(wrong)).error.code, 'invalid_metrics_token');
  const right = await api.call('/metrics', { token: METRICS_TOKEN });
  assert.equal(right.status, 200);
  assert.match(await right.text(), /^import_jobs_pending /m);
});

test('/metrics is refused while METRICS_TOKEN is unset or too short', async () => {
  for (const metricsToken of [null, 'short-token-of-31-characters!!!']) {
    const other = await startTestApi({ metricsToken });
    try {
      for (const token of [null, metricsToken, METRICS_TOKEN]) {
        const response = await other.call('/metrics', { token });
        assert.equal(response.status, 503);
        assert.equal((await json(response)).error.code, 'metrics_token_unset');
      }
    } finally {
      await other.close();
    }
  }
});

test('one batch runs in-process, and /metrics moves as jobs flow', async () => {
  const completedBefore = await metric('import_jobs_completed_total');
  const jobIds: string[] = [];
  for (let i = 0; i < 2; i++) jobIds.push((await json(await uploadFiles(api, ['notes.txt']))).jobId);
  assert.equal(await metric('import_jobs_pending'), 2);

  const response = await processBatch(api, WORKER_SECRET);
  assert.deepEqual(await json(response), { processed: 2 });
  for (const jobId of jobIds) assert.equal((await json(await api.call(`/api/import-jobs/${jobId}`))).status, 'completed');

  assert.equal(await metric('import_jobs_pending'), 0);
  assert.equal(await metric('import_jobs_processing'), 0);
  await eventually(async () => (await metric('import_jobs_completed_total')) === completedBefore + 2, 'completed_total +2');
  await eventually(async () => (await metric('import_extraction_duration_seconds_count{section="documents"}')) === 2,
    'one duration per section and job');
  const text = await (await api.call('/metrics', { token: METRICS_TOKEN })).text();
  for (const section of IMPORT_SECTIONS) assert.match(text, new RegExp(`import_extraction_duration_seconds_count\\{section="${section}"\\} 2`));
  assert.match(text, /^process_cpu_seconds_total /m, 'process metrics');
  assert.equal(await metric('import_jobs_failed_total'), 0);

  // A job failed for good by its worker moves the failure counter.
  const { jobId } = await json(await uploadFiles(api, ['notes.txt']));
  const [claimed] = await claimJobs(api.db.pool, 'test-worker', 1, 30);
  assert.equal(claimed!.job.id, jobId);
  await failJob(api.db.pool, claimed!.claim, { code: 'file_corrupt', message: 'unreadable' }, { permanent: true, retryBaseMs: 10 });
  // As a worker does: it announces its own changes (job-updates.ts).
  const updates = createUpdatePublisher(api.db.pool, pino({ level: 'silent' }));
  updates.publish({ id: jobId, org_id: claimed!.job.org_id, status: 'failed' });
  await updates.close();
  await eventually(async () => (await metric('import_jobs_failed_total')) === 1, 'failed_total +1');
});
