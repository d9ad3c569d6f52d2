/** The job queue's types: rows as read, the claim a worker holds, and the work it is given. */
import type { ImportJobStatus, ImportProgress, JobError, ProgressUpdate } from '../interfaces.js';
import type { Logger } from '../log.js';

export interface ImportJob {
  id: string;
  org_id: string;
  created_by: string | null;
  status: ImportJobStatus;
  progress_data: ImportProgress | null;
  extracted: unknown;
  confidence_map: unknown;
  error: JobError | null;
  attempts: number;
  max_attempts: number;
  run_after: Date;
  priority: number;
  /** The worker holding the job while it is processing; afterwards the last one that held it. */
  locked_by: string | null;
  locked_until: Date | null;
  worker_heartbeat_at: Date | null;
  result_show_id: string | null;
  created_at: Date;
  updated_at: Date;
  /** First claim. */
  started_at: Date | null;
  /** Claim of the current (or last) attempt. */
  claimed_at: Date | null;
  finished_at: Date | null;
}

/**
 * Proof of a claim. Every write a worker makes about a job names it, and is refused once the job was
 * taken over (lease expired and reclaimed, released, cancelled): that is the fence.
 */
export interface Claim {
  jobId: string;
  workerId: string;
  attempt: number;
}

/**
 * What a claim hands its worker of each job: enough to run it and to fence its writes. The rest of the
 * row is not sent: parsing 22 columns per claim was a measurable share of a worker's CPU per job.
 */
export type ClaimedJobRow = Pick<ImportJob, 'id' | 'org_id' | 'created_by' | 'attempts' | 'max_attempts' | 'priority' | 'created_at'>;

/** A job as its worker holds it. */
export interface ClaimedJob {
  job: ClaimedJobRow;
  claim: Claim;
}

export interface TaskContext {
  /** Aborted when the lease is lost, the job is cancelled, or the worker shuts down: stop then. */
  signal: AbortSignal;
  reportProgress(update: ProgressUpdate): Promise<void>;
  log: Logger;
}

export interface TaskResult {
  extracted: unknown;
  confidence_map: unknown;
}

/** The work done for one import job. Throw `PermanentJobError` for what a retry cannot fix. */
export type ImportTask = (job: ClaimedJob, ctx: TaskContext) => Promise<TaskResult>;

/** Fails the job at once, without retries (an unreadable file, say). Any other error is retried. */
export class PermanentJobError extends Error {
  readonly permanent = true;
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/**
 * What history rows record. Since migration 003 a claim and a completion are held by the job row
 * itself; `claimed` and `completed` rows are only found in jobs that ran before it.
 */
export type JobEventKind =
  | 'created' | 'claimed' | 'progress' | 'completed' | 'failed' | 'retry_scheduled' | 'released' | 'reclaimed' | 'cancelled';

export interface JobEvent {
  id: string;
  job_id: string;
  at: Date;
  kind: JobEventKind;
  attempt: number;
  worker_id: string | null;
  detail: unknown;
}
