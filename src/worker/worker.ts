/**
 * The worker: claims import jobs and runs them, `concurrency` at a time, until stopped.
 *
 * When it looks for work — its idea of the queue:
 *   unknown (at start, on a notification, on a poll tick) → one claim in flight at a time
 *   busy    (the last claim got all it asked for)         → claims for every free slot at once
 *   empty   (the last claim came back short)              → no claims until woken again
 * so an idle fleet answers a new job with one query per worker, and a full queue keeps every slot fed.
 * Wake-ups come from LISTEN `intake_jobs` (at once) and from the poll tick (fallback, and for retries
 * whose backoff ended); the poll tick also reclaims expired leases, from whichever worker is alive.
 *
 * Status and progress changes are announced on `intake_job_updates` in small batches (job-updates.ts).
 *
 * Database outages: a failed claim backs off exponentially and tries again; running jobs keep running
 * and retry their closing write; the notification connection reconnects by itself.
 *
 * Shutdown (`stop`): no more claims; running jobs get until the deadline to finish; those still running
 * then are told to stop (AbortSignal) and released: back to pending, attempt given back.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { WorkerConfig } from '../config.js';
import type { ImportJobStatus } from '../interfaces.js';
import type { Logger } from '../log.js';
import { createPool } from '../db/pool.js';
import { claimJobs } from '../jobs/claim.js';
import { DEFAULT_RETRY_BASE_MS } from '../jobs/lifecycle.js';
import { reclaimExpiredLeases } from '../jobs/reclaim.js';
import type { ClaimedJob, ImportTask } from '../jobs/types.js';
import { reconnectDelay, sleep } from './retry.js';
import { runJob, type RunningJob } from './run-job.js';
import { listen } from './wakeup.js';
import { createUpdatePublisher } from './job-updates.js';

export const JOBS_CHANNEL = 'intake_jobs';

export interface WorkerOptions {
  databaseUrl: string;
  task: ImportTask;
  config: WorkerConfig;
  log: Logger;
  workerId?: string;
  /** First retry delay after a failure; doubled per attempt, with jitter. */
  retryBaseMs?: number;
}

export interface Worker {
  id: string;
  /** Stops claiming, waits up to `deadlineMs` for running jobs, releases the rest, closes connections. */
  stop(deadlineMs?: number): Promise<void>;
}

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export function startWorker(options: WorkerOptions): Worker {
  const { config, task } = options;
  const id = options.workerId ?? newWorkerId();
  const retryBaseMs = options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
  const log = options.log.child({ workerId: id });
  // One connection per running job's writes, one for claiming, one spare for heartbeats and reclaim.
  const pool: pg.Pool = createPool(options.databaseUrl, { max: config.concurrency + 2, log });
  const updates = createUpdatePublisher(pool, log);

  const running = new Map<string, RunningJob>();
  const claimsInFlight = new Set<Promise<void>>();
  let claiming = 0;
  let queue: 'unknown' | 'busy' | 'empty' = 'unknown';
  let wakeSeq = 0;
  let claimFailures = 0;
  let retryTimer: NodeJS.Timeout | null = null;
  let stopping = false;
  let giveUpAt = Infinity;
  const keepTrying = () => Date.now() < giveUpAt;

  function wake(): void {
    wakeSeq++;
    if (queue !== 'busy') queue = 'unknown';
    fill();
  }

  function start(claimed: ClaimedJob): void {
    const { id: jobId, org_id } = claimed.job;
    // Not announced at claim: the task's first progress report announces 'processing' (the import task
    // reports before reading its first file), and a job that finishes first is announced finished.
    const announce = (status: ImportJobStatus) => updates.publish({ id: jobId, org_id, status });
    const job = runJob(claimed, { pool, task, leaseSeconds: config.leaseSeconds, retryBaseMs, log, keepTrying, announce });
    running.set(claimed.job.id, job);
    void job.done.then(() => {
      running.delete(claimed.job.id);
      fill();
    });
  }

  function fill(): void {
    while (!stopping && retryTimer === null && queue !== 'empty') {
      const free = config.concurrency - running.size - claiming;
      if (free <= 0 || (queue === 'unknown' && claiming > 0)) return;
      claimInto(Math.min(config.batchSize, free));
    }
  }

  function claimInto(wanted: number): void {
    claiming += wanted;
    const seq = wakeSeq;
    const attempt = claimJobs(pool, id, wanted, config.leaseSeconds).then(
      (claimed) => {
        claimFailures = 0;
        for (const job of claimed) {
          start(job);
          if (stopping) running.get(job.job.id)?.stop('shutdown');
        }
        if (claimed.length === wanted) queue = 'busy';
        else if (seq === wakeSeq) queue = 'empty';
        else queue = 'unknown';
      },
      (error: unknown) => {
        // Probe with a single claim once the delay is over, instead of every slot at once.
        queue = 'unknown';
        if (retryTimer !== null) return; // a parallel claim already scheduled the retry
        log.warn({ err: error, failures: claimFailures }, 'claim failed; backing off');
        retryTimer = setTimeout(() => {
          retryTimer = null;
          wake();
        }, reconnectDelay(claimFailures++));
      },
    ).finally(() => {
      claiming -= wanted;
      claimsInFlight.delete(attempt);
      fill();
    });
    claimsInFlight.add(attempt);
  }

  async function tick(): Promise<void> {
    try {
      const reclaimed = await reclaimExpiredLeases(pool, retryBaseMs);
      for (const job of reclaimed) {
        updates.publish({ id: job.id, org_id: job.org_id, status: job.kind === 'failed' ? 'failed' : 'pending' });
        log.warn({ jobId: job.id, outcome: job.kind }, 'lease expired; job reclaimed');
      }
    } catch (error) {
      log.debug({ err: error }, 'reclaim failed');
    }
    wake();
  }

  const listener = listen(options.databaseUrl, JOBS_CHANNEL, wake, log);
  const poll = setInterval(() => void tick(), config.pollIntervalMs);
  log.info({ concurrency: config.concurrency, batchSize: config.batchSize, leaseSeconds: config.leaseSeconds }, 'worker started');
  void tick();

  return {
    id,
    async stop(deadlineMs = 25_000) {
      if (stopping) return;
      stopping = true;
      clearInterval(poll);
      if (retryTimer) clearTimeout(retryTimer);
      // Writes that close claims may wait through an outage a little past the deadline, not forever.
      giveUpAt = Date.now() + deadlineMs + 5_000;
      log.info({ running: running.size }, 'worker stopping');
      await Promise.allSettled([...claimsInFlight]);
      const finished = Promise.allSettled([...running.values()].map((job) => job.done));
      const timer = sleep(deadlineMs, undefined, { ref: false });
      if ((await Promise.race([finished.then(() => 'finished'), timer.then(() => 'deadline')])) === 'deadline') {
        for (const job of running.values()) job.stop('shutdown');
      }
      await Promise.allSettled([...running.values()].map((job) => job.done));
      await listener.close();
      await updates.close();
      await pool.end();
      log.info('worker stopped');
    },
  };
}
