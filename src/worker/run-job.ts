/**
 * Runs one claimed job to its end: the task, its heartbeats, and the one write that closes the claim.
 *
 *   task resolves            → complete (fenced)
 *   task throws              → fail: permanent errors at once, others retry with backoff (fenced)
 *   claim lost (heartbeat or progress refused, or the lease ran out while the database was away)
 *                            → abort the task's signal; nothing to write, the job is someone else's
 *   worker shutting down     → abort the task's signal; release the job (fenced, attempt given back)
 *
 * The task is raced against its signal, so a task that ignores the signal cannot hold the worker.
 * Closing writes are retried through database outages; the fence makes a late retry harmless.
 */
import type pg from 'pg';
import type { ImportJobStatus, JobError } from '../interfaces.js';
import type { Logger } from '../log.js';
import { completeJob } from '../jobs/complete.js';
import { failJob } from '../jobs/fail.js';
import { extendLease } from '../jobs/heartbeat.js';
import { writeProgress } from '../jobs/progress.js';
import { releaseJob } from '../jobs/release.js';
import type { ClaimedJob, ImportTask, TaskResult } from '../jobs/types.js';
import { retryTransient } from './retry.js';

export type StopReason = 'claim_lost' | 'shutdown';

export class JobStopped extends Error {
  constructor(readonly reason: StopReason) {
    super(reason === 'shutdown' ? 'the worker is shutting down' : 'the job was taken over: its claim is gone');
    this.name = 'JobStopped';
  }
}

export interface RunJobOptions {
  pool: pg.Pool;
  task: ImportTask;
  leaseSeconds: number;
  retryBaseMs: number;
  log: Logger;
  /** False once the worker gives up on writes (its shutdown deadline passed). */
  keepTrying: () => boolean;
  /** Announces a status or progress change this job made (intake_job_updates, batched: job-updates.ts). */
  announce: (status: ImportJobStatus) => void;
}

export interface RunningJob {
  done: Promise<void>;
  stop(reason: StopReason): void;
}

function toJobError(error: unknown): JobError {
  if (error instanceof Error) {
    const code: unknown = (error as Error & { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : error.name, message: error.message };
  }
  return { code: 'error', message: String(error) };
}

function isPermanent(error: unknown): boolean {
  return (error as { permanent?: unknown } | null)?.permanent === true;
}

function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
}

export function runJob(claimed: ClaimedJob, options: RunJobOptions): RunningJob {
  const { pool, leaseSeconds, log: workerLog, announce } = options;
  const { claim, job } = claimed;
  const log = workerLog.child({ jobId: job.id, orgId: job.org_id, attempt: claim.attempt });
  const controller = new AbortController();
  const stop = (reason: StopReason) => controller.abort(new JobStopped(reason));
  let leaseEndsAt = Date.now() + leaseSeconds * 1000;

  const renewed = (held: boolean) => {
    if (held) leaseEndsAt = Date.now() + leaseSeconds * 1000;
    else stop('claim_lost');
  };
  const progressed = (held: boolean) => {
    renewed(held);
    if (held) announce('processing');
  };
  const lostContact = (error: unknown) => {
    log.warn({ err: error }, 'could not renew the lease');
    // Past the lease end another worker may already hold the job: stop rather than run twice.
    if (Date.now() > leaseEndsAt) stop('claim_lost');
  };
  const heartbeat = setInterval(() => {
    extendLease(pool, claim, leaseSeconds).then(renewed, lostContact);
  }, (leaseSeconds * 1000) / 3);

  const persist = <T>(op: () => Promise<T>) =>
    retryTransient(op, options.keepTrying, (error) => log.warn({ err: error }, 'database unavailable; retrying'));

  async function settle(): Promise<void> {
    let result: TaskResult;
    try {
      const ctx = {
        signal: controller.signal,
        log,
        // Progress is for people watching: an outage must not fail the job, only the lease rules apply.
        reportProgress: (update: Parameters<typeof writeProgress>[2]) =>
          writeProgress(pool, claim, update, leaseSeconds).then(progressed, lostContact),
      };
      result = await Promise.race([options.task(claimed, ctx), whenAborted(controller.signal)]);
    } catch (error) {
      const stopped = controller.signal.reason;
      if (stopped instanceof JobStopped) return onStopped(stopped.reason);
      const permanent = isPermanent(error);
      const outcome = await persist(() =>
        failJob(pool, claim, toJobError(error), { permanent, retryBaseMs: options.retryBaseMs }));
      if (outcome) announce(outcome === 'failed' ? 'failed' : 'pending');
      log.warn({ err: error, outcome: outcome ?? 'claim_lost', permanent }, 'job failed');
      return;
    }
    const saved = await persist(() => completeJob(pool, claim, result));
    if (saved) {
      announce('completed');
      log.info('job completed');
    } else {
      log.warn('job finished after its claim was taken over; result discarded');
    }
  }

  async function onStopped(reason: StopReason): Promise<void> {
    if (reason === 'claim_lost') return void log.warn('claim lost; work stopped');
    const released = await persist(() => releaseJob(pool, claim));
    if (released) announce('pending');
    log.info({ released }, 'job released on shutdown');
  }

  const done = settle()
    .catch((error: unknown) => log.error({ err: error }, 'could not record the end of the job'))
    .finally(() => clearInterval(heartbeat));
  return { done, stop };
}
