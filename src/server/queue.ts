/**
 * GET /api/queue — the queue-depth dashboard, for administrators: counts by status, the last hour's
 * throughput and failures, the oldest pending job's age, and the workers seen in the last hour (from
 * the job history, the leases they hold and the jobs they finished). Scoped to the organisations the caller administers
 * (an API token counts as its organisation's administrator): other tenants' volume is not shown.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Pool } from 'pg';
import type { Caller } from '../auth/caller.js';
import { callerOf } from './authenticate.js';
import { ApiError } from './errors.js';
import { errorResponses } from './schemas.js';

const queueStats = z.object({
  pending: z.number(), processing: z.number(), completed: z.number(), failed: z.number(),
  completedLastHour: z.number(), failedLastHour: z.number(), oldestPendingSeconds: z.number().nullable(),
  workers: z.array(z.object({ id: z.string(), lastSeenAt: z.string() })),
});

async function administeredOrgs(pool: Pool, caller: Caller): Promise<string[]> {
  if (caller.kind === 'token') return caller.orgIds;
  const { rows } = await pool.query<{ org_id: string }>(
    "SELECT org_id FROM organisation_members WHERE user_id = $1 AND role = 'admin'", [caller.userId]);
  return rows.map((r) => r.org_id);
}

export function queueRoutes(pool: Pool) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get('/api/queue', {
      schema: { tags: ['import-jobs'], summary: 'Queue depth and throughput (administrators)', response: { 200: queueStats, ...errorResponses } },
    }, async (request) => {
      const orgIds = await administeredOrgs(pool, callerOf(request));
      if (orgIds.length === 0) throw new ApiError(403, 'admin_only', 'the queue is shown to organisation administrators');
      const [counts, workers] = await Promise.all([
        pool.query(
          `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
                  count(*) FILTER (WHERE status = 'processing')::int AS processing,
                  count(*) FILTER (WHERE status = 'completed')::int AS completed,
                  count(*) FILTER (WHERE status = 'failed')::int AS failed,
                  count(*) FILTER (WHERE status IN ('completed', 'committed') AND finished_at > now() - interval '1 hour')::int AS "completedLastHour",
                  count(*) FILTER (WHERE status = 'failed' AND finished_at > now() - interval '1 hour')::int AS "failedLastHour",
                  extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'pending'))::float8 AS "oldestPendingSeconds"
             FROM import_jobs WHERE org_id = ANY($1)`, [orgIds]),
        pool.query<{ id: string; lastSeenAt: string }>(
          `SELECT id, to_json(max(seen)) #>> '{}' AS "lastSeenAt" FROM (
             SELECT e.worker_id AS id, e.at AS seen FROM import_job_events e JOIN import_jobs j ON j.id = e.job_id
              WHERE j.org_id = ANY($1) AND e.at > now() - interval '1 hour'
             UNION ALL
             SELECT locked_by, worker_heartbeat_at FROM import_jobs WHERE org_id = ANY($1) AND status = 'processing'
             UNION ALL
             SELECT locked_by, finished_at FROM import_jobs
              WHERE org_id = ANY($1) AND status IN ('completed', 'committed') AND finished_at > now() - interval '1 hour'
           ) seen WHERE id IS NOT NULL GROUP BY id ORDER BY max(seen) DESC`, [orgIds]),
      ]);
      return { ...counts.rows[0], workers: workers.rows };
    });
  };
}
