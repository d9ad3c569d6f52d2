/**
 * Each job SQL operation on its own: median and p95 wall time of one call from one connection, on a
 * queue that holds BACKLOG pending jobs. The figures docs/queue.md puts beside each operation.
 */

import { addJob } from '../../src/jobs/add.js';
import { claimJobs } from '../../src/jobs/claim.js';
import { completeJob } from '../../src/jobs/complete.js';
import { failJob } from '../../src/jobs/fail.js';
import { extendLease } from '../../src/jobs/heartbeat.js';
import { writeProgress } from '../../src/jobs/progress.js';
import { getJob, listJobs } from '../../src/jobs/read.js';
import { reclaimExpiredLeases } from '../../src/jobs/reclaim.js';
import { releaseJob } from '../../src/jobs/release.js';
import type { ClaimedJob } from '../../src/jobs/types.js';
import { migrate } from '../../src/db/migrate.js';
import { createPool } from '../../src/db/pool.js';

const BACKLOG = 10_000;
const CALLS = 300;

export interface OperationTiming { operation: string; medianMs: number; p95Ms: number }

async function time(operation: string, calls: number, op: (i: number) => Promise<unknown>): Promise<OperationTiming> {
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    await op(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { operation, medianMs: samples[Math.floor(calls / 2)]!, p95Ms: samples[Math.floor(calls * 0.95)]! };
}

/** Runs every operation against the empty database at `url`. */
export async function timeOperations(url: string): Promise<OperationTiming[]> {
  await migrate(url);
  const pool = createPool(url, { max: 1 });
  const orgId = (await pool.query<{ id: string }>("INSERT INTO organisations (name) VALUES ('bench') RETURNING id")).rows[0]!.id;
  await pool.query('INSERT INTO import_jobs (org_id) SELECT $1 FROM generate_series(1, $2)', [orgId, BACKLOG]);
  await pool.query('VACUUM ANALYZE import_jobs');
  const claimed: ClaimedJob[] = [];
  const update = { current_section: 'deal' as const, current_source: 'contract.pdf', sections_completed: 1, total_sections: 9 };
  const results = [
    await time('add (job + one pasted source)', CALLS, () => addJob(pool, { orgId, sources: [{ origin: 'pasted', text: 'doors 19:00' }] })),
    await time('claim (1 job)', CALLS, async () => claimed.push(...(await claimJobs(pool, 'bench', 1, 60)))),
    await time('heartbeat', CALLS, (i) => extendLease(pool, claimed[i]!.claim, 60)),
    await time('progress', CALLS, (i) => writeProgress(pool, claimed[i]!.claim, update, 60)),
    await time('complete', CALLS / 3, (i) => completeJob(pool, claimed[i]!.claim, { extracted: {}, confidence_map: {} })),
    await time('fail (retry scheduled)', CALLS / 3, (i) => failJob(pool, claimed[CALLS / 3 + i]!.claim,
      { code: 'x', message: 'x' }, { permanent: false, retryBaseMs: 2000 })),
    await time('release', CALLS / 3, (i) => releaseJob(pool, claimed[(2 * CALLS) / 3 + i]!.claim)),
    await time('reclaim (nothing expired)', CALLS, () => reclaimExpiredLeases(pool, 2000)),
    await time('list 50 jobs (reader)', CALLS, () => listJobs(pool, { limit: 50 })),
    await time('get one job (reader)', CALLS, (i) => getJob(pool, claimed[i]!.job.id)),
  ];
  await pool.end();
  return results;
}

export function formatTimings(timings: OperationTiming[]): string {
  return timings.map((t) => `  ${t.operation.padEnd(32)} ${t.medianMs.toFixed(2).padStart(6)} ms  (p95 ${t.p95Ms.toFixed(2)} ms)`).join('\n');
}

