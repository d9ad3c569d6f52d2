/**
 * GET /api/import-jobs/:id/events — the job's life as Server-Sent Events.
 *
 *   event: status    on every change of status (data: { status, attempt, at, kind?, error? })
 *   event: progress  at each section (data: the progress written by the worker, with `at`)
 *
 * Events that come from a row of import_job_events (progress, and the history the job row cannot
 * hold: creation, failures, retries, releases, reclaims, cancellation) carry that row's id, so a
 * client reconnecting with `Last-Event-ID` gets exactly what it missed. A job's claim and its
 * completion are not history rows (the job row holds them, migration 003), so the status they bring
 * is sent from the row, without an id: it is the job's state, which a reconnecting client is simply
 * sent again. A progress row of an attempt is preceded by status `processing` when that was not the
 * last status sent. The stream first replays the history after Last-Event-ID, then follows live
 * (JobUpdates wakes it), and ends once the job is in a terminal state (completed, failed, cancelled,
 * committed). Comments (`: ping`) keep idle connections open.
 *
 * Why "id > Last-Event-ID" never skips an event: every event row is written in the same statement
 * that updates its job row, so writers of one job take turns on that row's lock, and each one's event
 * id is drawn after the previous writer committed. A job's event ids therefore appear in id order.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Pool } from 'pg';
import type { ImportJobStatus } from '../interfaces.js';
import type { JobEventKind } from '../jobs/types.js';
import { callerOf } from './authenticate.js';
import { notFound } from './errors.js';
import type { JobUpdates } from './job-updates.js';
import { errorResponses, uuidParam } from './schemas.js';

const TERMINAL: ReadonlySet<ImportJobStatus> = new Set(['completed', 'failed', 'cancelled', 'committed']);

/** The status a job is in right after an event of this kind (`claimed` and `completed` rows date from before migration 003). */
const STATUS_AFTER: Record<Exclude<JobEventKind, 'progress'>, ImportJobStatus> = {
  created: 'pending', claimed: 'processing', completed: 'completed', failed: 'failed',
  retry_scheduled: 'pending', released: 'pending', reclaimed: 'pending', cancelled: 'cancelled',
};

interface EventRow {
  id: string;
  kind: JobEventKind;
  at: Date;
  attempt: number;
  detail: Record<string, unknown> | null;
}

interface JobState { status: ImportJobStatus; attempts: number; updated_at: Date }

function formatEvent(row: EventRow): string {
  const data = row.kind === 'progress'
    ? { ...row.detail, at: row.at }
    : { status: STATUS_AFTER[row.kind], kind: row.kind, attempt: row.attempt, at: row.at, ...row.detail };
  return `id: ${row.id}\nevent: ${row.kind === 'progress' ? 'progress' : 'status'}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A status read from the job row, not from a history row: no id (see the top of the file). */
function formatState(status: ImportJobStatus, attempt: number, at: Date): string {
  return `event: status\ndata: ${JSON.stringify({ status, attempt, at })}\n\n`;
}

function resumeFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^\d{1,18}$/.test(value) ? value : '0';
}

export function eventRoutes(pool: Pool, updates: JobUpdates, heartbeatMs: number) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get('/api/import-jobs/:id/events', {
      schema: {
        tags: ['import-jobs'],
        summary: 'Follow a job live (text/event-stream)',
        params: uuidParam,
        headers: z.object({ 'last-event-id': z.string().optional() }),
        produces: ['text/event-stream'],
        response: { 200: z.string().describe('an SSE stream'), ...errorResponses },
      },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const jobId = request.params.id;
      const { rowCount } = await pool.query('SELECT 1 FROM import_jobs WHERE id = $1 AND org_id = ANY($2)', [jobId, caller.orgIds]);
      if (!rowCount) throw notFound('import job');

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 2000\n\n');

      let lastId = resumeFrom(request.headers['last-event-id']);
      let sentStatus: ImportJobStatus | null = null;
      let closed = false;
      let running: Promise<void> | null = null;
      let again = false;

      const finish = () => {
        if (closed) return;
        closed = true;
        unwatch();
        clearInterval(heartbeat);
        res.end();
      };

      // Reads what happened since `lastId` and sends it. Runs one at a time; a wake-up during a run
      // schedules one more run, so nothing that happened in between is missed.
      async function pump(): Promise<void> {
        do {
          again = false;
          // The row first: a terminal status read here has all its event rows committed, so the query below sees them.
          const job = await pool.query<JobState>('SELECT status, attempts, updated_at FROM import_jobs WHERE id = $1', [jobId]);
          // id is bigint, which pg hands over as a string (and orders as a number).
          const events = await pool.query<EventRow>(
            'SELECT id, kind, at, attempt, detail FROM import_job_events WHERE job_id = $1 AND id > $2 ORDER BY id',
            [jobId, lastId]);
          for (const row of events.rows) {
            if (closed) return;
            if (row.kind === 'progress' && sentStatus !== 'processing') {
              res.write(formatState('processing', row.attempt, row.at));
              sentStatus = 'processing';
            }
            res.write(formatEvent(row));
            lastId = row.id;
            if (row.kind !== 'progress') sentStatus = STATUS_AFTER[row.kind];
          }
          const state = job.rows[0];
          if (closed) return;
          if (state && state.status !== sentStatus) {
            res.write(formatState(state.status, state.attempts, state.updated_at));
            sentStatus = state.status;
          }
          if (!state || TERMINAL.has(state.status)) return finish();
        } while (again && !closed);
      }

      const wake = () => {
        if (closed) return;
        if (running) {
          again = true;
          return;
        }
        running = pump()
          .catch((error: unknown) => {
            request.log.warn({ err: error, jobId }, 'event stream failed');
            finish();
          })
          .finally(() => {
            running = null;
            if (again) wake();
          });
      };

      const unwatch = updates.watch(jobId, wake);
      const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
      res.on('close', finish);
      wake();
    });
  };
}
