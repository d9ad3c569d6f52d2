/**
 * One LISTEN connection per server process on `intake_job_updates` (sent in batches by workers, and by
 * the API's own writes, whenever a job's status or progress changes, from whichever process or machine
 * changed it), fanned out to the live streams watching that job and to process-wide observers (metrics).
 *
 * A notification only says "look again": subscribers re-read the job's event history themselves, so a
 * lost or merged notification costs nothing. After the connection comes back, every subscriber is
 * woken, since notifications sent while it was away are lost.
 */
import type { Logger } from '../log.js';
import { JOB_UPDATES_CHANNEL, readJobUpdates, type JobUpdate } from '../worker/job-updates.js';
import { listen, type Listener } from '../worker/wakeup.js';

type Wake = () => void;

export class JobUpdates {
  private readonly watchers = new Map<string, Set<Wake>>();
  private readonly observers = new Set<(update: JobUpdate) => void>();
  private listener: Listener | null = null;

  constructor(private readonly log: Logger) {}

  start(databaseUrl: string): void {
    this.listener = listen(databaseUrl, JOB_UPDATES_CHANNEL, (message?: { payload?: string }) => this.dispatch(message?.payload), this.log);
  }

  async close(): Promise<void> {
    await this.listener?.close();
  }

  /** Calls `wake` whenever this job may have changed; returns the unsubscribe function. */
  watch(jobId: string, wake: Wake): () => void {
    let set = this.watchers.get(jobId);
    if (!set) this.watchers.set(jobId, (set = new Set()));
    set.add(wake);
    return () => {
      set.delete(wake);
      if (set.size === 0) this.watchers.delete(jobId);
    };
  }

  observe(observer: (update: JobUpdate) => void): void {
    this.observers.add(observer);
  }

  private dispatch(payload: string | undefined): void {
    if (payload === undefined) {
      for (const set of this.watchers.values()) set.forEach((wake) => wake());
      return;
    }
    let updates: JobUpdate[];
    try {
      updates = readJobUpdates(payload);
    } catch {
      return this.log.warn({ payload }, 'unreadable job update notification');
    }
    for (const update of updates) {
      this.watchers.get(update.id)?.forEach((wake) => wake());
      for (const observer of this.observers) observer(update);
    }
  }
}
