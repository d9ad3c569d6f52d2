/**
 * /healthz: the process answers. /readyz: the database answers and every migration this build ships
 * has been applied (so a new build on an old schema is not sent traffic). /metrics: Prometheus, for the
 * scraper holding METRICS_TOKEN only: queue counts and timings span every organisation.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Pool } from 'pg';
import { readMigrations } from '../db/migrate.js';
import type { Metrics } from '../metrics.js';
import { errorSchema } from './schemas.js';
import { operatorSecretCheck } from './operator-secret.js';

const readiness = z.object({ status: z.enum(['ready', 'not_ready']), reason: z.string().optional() });

async function missingMigrations(pool: Pool, shipped: number[]): Promise<number[]> {
  const { rows } = await pool.query<{ version: number }>('SELECT version FROM schema_migrations');
  const applied = new Set(rows.map((r) => r.version));
  return shipped.filter((version) => !applied.has(version));
}

export function healthRoutes(pool: Pool, metrics: Metrics, metricsToken: string | null) {
  const checkToken = operatorSecretCheck('metrics_token', 'METRICS_TOKEN', metricsToken);
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const shipped = (await readMigrations()).map((m) => m.version);

    api.get('/healthz', {
      config: { public: true },
      schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } },
    }, async () => ({ status: 'ok' as const }));

    api.get('/readyz', {
      config: { public: true },
      schema: { tags: ['health'], response: { 200: readiness, 503: readiness } },
    }, async (request, reply) => {
      try {
        const missing = await missingMigrations(pool, shipped);
        if (missing.length === 0) return { status: 'ready' as const };
        return reply.code(503).send({ status: 'not_ready', reason: `migrations not applied: ${missing.join(', ')}` });
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        return reply.code(503).send({ status: 'not_ready', reason: 'database unreachable' });
      }
    });

    app.get('/metrics', {
      config: { public: true },
      schema: { tags: ['health'], produces: ['text/plain'], security: [{ metricsToken: [] }], response: { 401: errorSchema, 503: errorSchema } },
    }, async (request, reply) => {
      checkToken(request);
      const body = await metrics.registry.metrics();
      return reply.type(metrics.registry.contentType).send(body);
    });
  };
}
