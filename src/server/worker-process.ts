/**
 * POST /api/import-worker/process — one batch of the queue, run in this process, for deployments
 * where a cron job or a serverless function drives the work instead of a resident worker.
 * Guarded by `Authorization: Bearer ${IMPORT_WORKER_SECRET}`, compared in constant time; the route
 * refuses everything while the secret is unset or shorter than 32 characters.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Pool } from 'pg';
import type { WorkerConfig } from '../config.js';
import type { Logger } from '../log.js';
import { secretsEqual } from '../auth/secrets.js';
import { claimJobs } from '../jobs/claim.js';
import { DEFAULT_RETRY_BASE_MS } from '../jobs/lifecycle.js';
import type { ImportTask } from '../jobs/types.js';
import { createUpdatePublisher } from '../worker/job-updates.js';
import { runJob } from '../worker/run-job.js';
import { newWorkerId } from '../worker/worker.js';
import { bearerToken } from './authenticate.js';
import { ApiError } from './errors.js';
import { errorSchema } from './schemas.js';
import { MIN_WORKER_SECRET_LENGTH } from './settings.js';

export function workerProcessRoutes(pool: Pool, secret: string | null, worker: WorkerConfig, task: ImportTask, log: Logger) {
  const usable = secret !== null && secret.length >= MIN_WORKER_SECRET_LENGTH;
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().post('/api/import-worker/process', {
      config: { public: true },
      schema: {
        tags: ['worker'],
        summary: 'Run one batch of import jobs in this process',
        security: [{ workerSecret: [] }],
        response: { 200: z.object({ processed: z.number() }), 401: errorSchema, 503: errorSchema },
      },
    }, async (request) => {
      if (!usable) {
        throw new ApiError(503, 'worker_secret_unset', `set IMPORT_WORKER_SECRET (at least ${MIN_WORKER_SECRET_LENGTH} characters) to use this route`);
      }
      const given = bearerToken(request);
      if (given === null || !secretsEqual(given, secret)) throw new ApiError(401, 'invalid_worker_secret', 'wrong or missing worker secret');
      const claimed = await claimJobs(pool, newWorkerId(), worker.batchSize, worker.leaseSeconds);
      const updates = createUpdatePublisher(pool, log);
      await Promise.all(claimed.map(({ job, claim }) => runJob({ job, claim }, {
        pool, task, leaseSeconds: worker.leaseSeconds, retryBaseMs: DEFAULT_RETRY_BASE_MS, log, keepTrying: () => true,
        announce: (status) => updates.publish({ id: job.id, org_id: job.org_id, status }),
      }).done));
      await updates.close();
      return { processed: claimed.length };
    });
  };
}
