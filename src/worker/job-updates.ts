/**
 * Publishes `intake_job_updates` ({ id, org_id, status }) for the changes this worker makes, gathered
 * for a few milliseconds and sent in one statement. Every NOTIFY takes a database-wide lock while its
 * transaction commits, so a NOTIFY per claim and per completion would put every worker's commits in
 * one line (measured: docs/queue.md). Other writers (the API) announce their own changes in their
 * statements (app_announce_import_job); no trigger watches the table's updates.
 * Notifications are hints — a watcher reads the row — so one lost with a dying worker costs nothing.
 */
import type pg from 'pg';
import type { ImportJobStatus } from '../interfaces.js';
import type { Logger } from '../log.js';

export const JOB_UPDATES_CHANNEL = 'intake_job_updates';

export interface JobUpdate {
  id: string;
  org_id: string;
  status: ImportJobStatus;
}

export interface UpdatePublisher {
  publish(update: JobUpdate): void;
  /** Sends what is waiting and stops. */
  close(): Promise<void>;
}

export function createUpdatePublisher(pool: pg.Pool, log: Logger, delayMs = 50): UpdatePublisher {
  // Latest update per job: a watcher reads the row anyway, so only the last state of a batch matters.
  let waiting = new Map<string, JobUpdate>();
  let timer: NodeJS.Timeout | null = null;
  let sending: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    timer = null;
    const payloads = [...waiting.values()].map(({ id, org_id, status }) => JSON.stringify({ id, org_id, status }));
    waiting = new Map();
    if (payloads.length === 0) return sending;
    sending = sending
      .then(() => pool.query('SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload', [JOB_UPDATES_CHANNEL, payloads]))
      .then(() => undefined, (error: unknown) => log.debug({ err: error, dropped: payloads.length }, 'job updates not published'));
    return sending;
  }

  return {
    publish(update) {
      waiting.delete(update.id); // re-inserted last, so the batch keeps the order of final changes
      waiting.set(update.id, update);
      timer ??= setTimeout(() => void flush(), delayMs);
    },
    async close() {
      if (timer) clearTimeout(timer);
      await flush();
    },
  };
}
