/**
 * Publishes `intake_job_updates` for the changes this worker makes, gathered for a few milliseconds
 * and sent in one statement, as arrays of { id, org_id, status } (one notification per ~70 updates:
 * each notification is an entry in the server's queue that every listening session reads; one per
 * job cost 3 % of the queue's CPU per job, measured with `npm run bench:queue`). Every NOTIFY takes a database-wide lock while its
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

/** PostgreSQL refuses a notification payload of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7900;

/** Updates packed into JSON arrays that each fit one notification (ids and statuses are ASCII). */
function packUpdates(updates: Iterable<JobUpdate>): string[] {
  const payloads: string[] = [];
  let items: string[] = [];
  let size = 2;
  for (const { id, org_id, status } of updates) {
    const item = JSON.stringify({ id, org_id, status });
    if (items.length > 0 && size + item.length + 1 > MAX_PAYLOAD_BYTES) {
      payloads.push(`[${items.join(',')}]`);
      items = [];
      size = 2;
    }
    items.push(item);
    size += item.length + 1;
  }
  if (items.length > 0) payloads.push(`[${items.join(',')}]`);
  return payloads;
}

/** The updates one notification carries: an array from a worker's batch, one object from a single write. */
export function readJobUpdates(payload: string): JobUpdate[] {
  const parsed = JSON.parse(payload) as JobUpdate | JobUpdate[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

export function createUpdatePublisher(pool: pg.Pool, log: Logger, delayMs = 50): UpdatePublisher {
  // Latest update per job: a watcher reads the row anyway, so only the last state of a batch matters.
  let waiting = new Map<string, JobUpdate>();
  let timer: NodeJS.Timeout | null = null;
  let sending: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    timer = null;
    const payloads = packUpdates(waiting.values());
    const count = waiting.size;
    waiting = new Map();
    if (payloads.length === 0) return sending;
    sending = sending
      .then(() => pool.query('SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload', [JOB_UPDATES_CHANNEL, payloads]))
      .then(() => undefined, (error: unknown) => log.debug({ err: error, dropped: count }, 'job updates not published'));
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
