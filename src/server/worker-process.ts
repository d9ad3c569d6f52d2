/**
 * POST /api/import-worker/process — one batch of the queue, run in this process, for deployments
 * where a cron job or a serverless function drives the work instead of a resident worker.
 * Guarded by `Authorization: Bearer ${IMPORT_WORKER_SECRET}` (operator-secret.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Pool } from 'pg';
import type { WorkerConfig } from '../config.js';
import type { Logger } from '../log.js';
import { claimJobs } from '../jobs/claim.js';
import { DEFAULT_RETRY_BASE_MS } from '../jobs/lifecycle.js';
import type { ImportTask } from '../jobs/types.js';
import { createUpdatePublisher } from '../worker/job-updates.js';
import { runJob } from '../worker/run-job.js';
import { newWorkerId } from '../worker/worker.js';
import { errorSchema } from './schemas.js';
import { operatorSecretCheck } from './operator-secret.js';

export function workerProcessRoutes(pool: Pool, secret: string | null, worker: WorkerConfig, task: ImportTask, log: Logger) {
  const checkSecret = operatorSecretCheck('worker_secret', 'IMPORT_WORKER_SECRET', secret);
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
      checkSecret(request);
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
