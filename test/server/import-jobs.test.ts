import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimJobs } from '../../src/jobs/claim.js';
import { failJob } from '../../src/jobs/fail.js';
import { sampleImportData } from '../shows/sample-data.js';
import { fixture, json, processQueue, startTestApi, uploadFiles, type TestApi } from './harness.js';

let api: TestApi;
before(async () => { api = await startTestApi(); });
after(() => api.close());

async function startJob(files = ['notes.txt'], token?: string): Promise<string> {
  const response = await uploadFiles(api, files, { token });
  assert.equal(response.status, 202);
  return (await json(response)).jobId;
}

async function completedJob(files = ['contract.pdf', 'notes.txt']): Promise<string> {
  const jobId = await startJob(files);
  for (let batch = 0; batch < 20; batch++) {
    const job = await json(await api.call(`/api/import-jobs/${jobId}`));
    if (job.status === 'completed') return jobId;
    assert.notEqual(job.status, 'failed', JSON.stringify(job.error));
    await processQueue(api);
  }
  throw new Error(`job ${jobId} did not complete`);
}

/** A job failed for good, the way a worker fails it. */
async function failedJob(): Promise<string> {
  const jobId = await startJob();
  // Other tests leave pending jobs behind: put this one first in the queue.
  await api.db.pool.query('UPDATE import_jobs SET priority = 100 WHERE id = $1', [jobId]);
  const [claimed] = await claimJobs(api.db.pool, 'test-worker', 1, 30);
  assert.equal(claimed!.job.id, jobId);
  assert.equal(await failJob(api.db.pool, claimed!.claim, { code: 'file_corrupt', message: 'unreadable' }, { permanent: true, retryBaseMs: 10 }), 'failed');
  return jobId;
}

function commit(jobId: string, body: unknown, token?: string) {
  return api.call(`/api/import-jobs/${jobId}/commit`, {
    method: 'POST', token, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
}

describe('GET /api/import-jobs/:id', () => {
  test('the job with its sources, no bytes', async () => {
    const jobId = await startJob(['contract.pdf']);
    const response = await api.call(`/api/import-jobs/${jobId}`);
    assert.equal(response.status, 200);
    const job = await json(response);
    assert.equal(job.id, jobId);
    assert.equal(job.status, 'pending');
    assert.equal(job.attempts, 0);
    for (const key of ['progress_data', 'extracted', 'confidence_map', 'error', 'created_at', 'updated_at']) assert.ok(key in job, key);
    assert.deepEqual(Object.keys(job.sources[0]).sort(),
      ['declared_mime', 'error', 'format', 'id', 'mime_type', 'name', 'origin', 'pages', 'size_bytes', 'words']);
    assert.equal(job.sources[0].size_bytes, fixture('contract.pdf').length);
  });

  test('unknown id 404, malformed id 400, another organisation 404', async () => {
    const jobId = await startJob();
    assert.equal((await api.call('/api/import-jobs/00000000-0000-4000-8000-000000000000')).status, 404);
    assert.equal((await api.call('/api/import-jobs/not-a-uuid')).status, 400);
    const other = await api.call(`/api/import-jobs/${jobId}`, { token: api.b.token });
    assert.equal(other.status, 404);
    assert.deepEqual(await json(other), { error: { code: 'not_found', message: 'import job not found' } });
  });
});

describe('GET /api/import-jobs', () => {
  test('newest first, by pages, filtered by status, only the caller\'s organisation', async () => {
    const own = [await startJob(), await startJob(), await startJob()];
    const theirs = await startJob(['notes.txt'], api.b.token);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await api.call(`/api/import-jobs?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(response.status, 200);
      const page = await json<{ jobs: { id: string; org_id: string }[]; nextCursor: string | null }>(response);
      assert.ok(page.jobs.length <= 2);
      seen.push(...page.jobs.map((j) => j.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.ok(!seen.includes(theirs));
    assert.equal(new Set(seen).size, seen.length, 'no job twice across pages');
    assert.deepEqual(seen.slice(0, 3), [...own].reverse());

    const failed = await failedJob();
    const filtered = await json(await api.call('/api/import-jobs?status=failed'));
    assert.deepEqual(filtered.jobs.map((j: { id: string }) => j.id), [failed]);
    assert.equal((await api.call('/api/import-jobs?status=bogus')).status, 400);
    assert.equal((await api.call('/api/import-jobs?cursor=garbage')).status, 400);
  });
});

describe('retry and cancel', () => {
  test('retry: failed → pending; anything else 409; another organisation 404', async () => {
    const jobId = await failedJob();
    assert.equal((await api.call(`/api/import-jobs/${jobId}/retry`, { method: 'POST', token: api.b.token })).status, 404);
    const response = await api.call(`/api/import-jobs/${jobId}/retry`, { method: 'POST' });
    assert.equal(response.status, 200);
    const job = await json(response);
    assert.equal(job.status, 'pending');
    assert.ok(job.max_attempts > job.attempts, 'a retried job gets another attempt');
    const again = await api.call(`/api/import-jobs/${jobId}/retry`, { method: 'POST' });
    assert.equal(again.status, 409);
    assert.equal((await json(again)).error.code, 'job_not_failed');
  });

  test('cancel: pending → cancelled; again 409; another organisation 404', async () => {
    const jobId = await startJob();
    assert.equal((await api.call(`/api/import-jobs/${jobId}/cancel`, { method: 'POST', token: api.b.token })).status, 404);
    const response = await api.call(`/api/import-jobs/${jobId}/cancel`, { method: 'POST' });
    assert.equal(response.status, 200);
    assert.equal((await json(response)).status, 'cancelled');
    const again = await api.call(`/api/import-jobs/${jobId}/cancel`, { method: 'POST' });
    assert.equal(again.status, 409);
    assert.equal((await json(again)).error.code, 'job_not_cancellable');
  });
});

describe('commit', () => {
  test('creates the show with every list, only attached files as documents, and the download returns the stored bytes', async () => {
    const jobId = await completedJob();
    const data = sampleImportData([
      { fileName: 'contract.pdf', mimeType: 'application/pdf', sizeBytes: 1, pages: 1, category: 'contract' },
      { fileName: 'invented.pdf', mimeType: 'application/pdf', sizeBytes: 10, pages: 1, category: 'rider' },
    ]);
    const response = await commit(jobId, data);
    assert.equal(response.status, 201);
    const result = await json(response);
    assert.equal(result.created, true);
    assert.deepEqual(result.droppedDocuments, ['invented.pdf']);

    const job = await json(await api.call(`/api/import-jobs/${jobId}`));
    assert.equal(job.status, 'committed');
    assert.equal(job.result_show_id, result.showId);

    const show = await json(await api.call(`/api/shows/${result.showId}`));
    for (const key of ['general', 'deal', 'hotels', 'flights', 'food', 'activities', 'contacts', 'technical', 'warnings'] as const) {
      assert.deepEqual(show[key], data[key], key);
    }
    assert.equal(show.documents.length, 1);
    const document = show.documents[0];
    assert.equal(document.sizeBytes, fixture('contract.pdf').length, 'size from what was stored, not from the client');

    const download = await api.call(`/api/shows/${result.showId}/documents/${document.id}`);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/pdf');
    assert.match(download.headers.get('content-disposition')!, /^attachment; filename="?contract\.pdf"?$/);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), fixture('contract.pdf'));

    assert.equal((await api.call(`/api/shows/${result.showId}`, { token: api.b.token })).status, 404);
    assert.equal((await api.call(`/api/shows/${result.showId}/documents/${document.id}`, { token: api.b.token })).status, 404);
    const list = await json(await api.call('/api/shows'));
    assert.ok(list.shows.some((s: { id: string }) => s.id === result.showId));
    const theirList = await json(await api.call('/api/shows', { token: api.b.token }));
    assert.ok(!theirList.shows.some((s: { id: string }) => s.id === result.showId));
  });

  test('a retried commit returns the same show; concurrent commits create exactly one', async () => {
    const jobId = await completedJob(['notes.txt']);
    const responses = await Promise.all(Array.from({ length: 8 }, () => commit(jobId, sampleImportData())));
    const results = await Promise.all(responses.map((r) => json(r)));
    assert.deepEqual(responses.map((r) => r.status).sort(), [200, 200, 200, 200, 200, 200, 200, 201]);
    assert.equal(new Set(results.map((r) => r.showId)).size, 1);
    const { rows } = await api.db.pool.query('SELECT count(*)::int AS n FROM shows WHERE import_job_id = $1', [jobId]);
    assert.equal(rows[0].n, 1);
    const hotels = await api.db.pool.query('SELECT count(*)::int AS n FROM show_hotels WHERE show_id = $1', [results[0]!.showId]);
    assert.equal(hotels.rows[0].n, 1, 'children written once');
    const retried = await commit(jobId, sampleImportData());
    assert.equal(retried.status, 200);
    assert.equal((await json(retried)).showId, results[0]!.showId);
  });

  test('409 unless completed; 400 for data that breaks the contract; 404 for another organisation', async () => {
    const pending = await startJob();
    const refused = await commit(pending, sampleImportData());
    assert.equal(refused.status, 409);
    assert.equal((await json(refused)).error.code, 'job_not_completed');

    const jobId = await completedJob(['notes.txt']);
    const broken = sampleImportData();
    broken.general.date = '14.03.2026';
    const invalid = await commit(jobId, broken);
    assert.equal(invalid.status, 400);
    assert.match((await json(invalid)).error.message, /date/);
    assert.equal((await commit(jobId, { ...sampleImportData(), extra: 1 })).status, 400);
    assert.equal((await commit(jobId, sampleImportData(), api.b.token)).status, 404);
    const { rows } = await api.db.pool.query('SELECT status FROM import_jobs WHERE id = $1', [jobId]);
    assert.equal(rows[0].status, 'completed', 'nothing was committed');
  });
});
