/** Import jobs: read one, list, commit to a show, retry, cancel. Another organisation's job is a 404. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Pool } from 'pg';
import { callerLabel, type Caller } from '../auth/caller.js';
import { cancelJob } from '../jobs/cancel.js';
import { commitImport } from '../shows/commit.js';
import { importDataSchema } from '../shows/import-data-schema.js';
import { callerOf } from './authenticate.js';
import { ApiError, notFound } from './errors.js';
import { decodeCursor, jobStatus, jobView, listJobViews, retryFailedJob } from './job-views.js';
import { errorResponses, uuidParam } from './schemas.js';

const STATUSES = ['pending', 'processing', 'completed', 'failed', 'committed', 'cancelled'] as const;

const jobSummary = z.object({
  id: z.string(), org_id: z.string(), status: z.enum(STATUSES),
  progress_data: z.record(z.string(), z.unknown()).nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  attempts: z.number(), max_attempts: z.number(), result_show_id: z.string().nullable(),
  created_at: z.string(), updated_at: z.string(), started_at: z.string().nullable(), finished_at: z.string().nullable(),
});

const source = z.object({
  id: z.string(), name: z.string(), origin: z.enum(['file', 'pasted']), mime_type: z.string().nullable(),
  declared_mime: z.string().nullable(), format: z.string().nullable(), size_bytes: z.number(),
  pages: z.number().nullable(), words: z.number().nullable(), error: z.unknown(),
});

const jobDetail = jobSummary.extend({ extracted: z.unknown(), confidence_map: z.unknown(), sources: z.array(source) });

const commitResult = z.object({
  showId: z.string(),
  created: z.boolean().describe('false when the job had already been committed: the same show is returned'),
  droppedDocuments: z.array(z.string()).describe('document entries that named no attached file'),
});

export function importJobRoutes(pool: Pool) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();

    async function loadJob(caller: Caller, jobId: string) {
      const job = await jobView(pool, caller.orgIds, jobId);
      if (!job) throw notFound('import job');
      return job as z.infer<typeof jobDetail>;
    }

    api.get('/api/import-jobs/:id', {
      schema: { tags: ['import-jobs'], params: uuidParam, response: { 200: jobDetail, ...errorResponses } },
    }, async (request) => loadJob(callerOf(request), request.params.id));

    api.get('/api/import-jobs', {
      schema: {
        tags: ['import-jobs'],
        querystring: z.object({
          status: z.enum(STATUSES).optional(),
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({ jobs: z.array(jobSummary.extend({ source_count: z.number() })), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
    }, async (request) => {
      const { status, cursor, limit } = request.query;
      const after = cursor ? decodeCursor(cursor) : null;
      if (cursor && !after) throw new ApiError(400, 'invalid_cursor', 'cursor is not one this API gave out');
      return listJobViews(pool, callerOf(request).orgIds, { status, after, limit }) as never;
    });

    api.post('/api/import-jobs/:id/commit', {
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags: ['import-jobs'],
        summary: 'Create the show from the (edited) ImportData; idempotent',
        params: uuidParam,
        body: importDataSchema,
        response: { 200: commitResult, 201: commitResult, ...errorResponses },
      },
    }, async (request, reply) => {
      const result = await commitImport(pool, request.params.id, callerOf(request).orgIds, request.body);
      if (result.outcome === 'not_found') throw notFound('import job');
      if (result.outcome === 'not_committable') {
        throw new ApiError(409, 'job_not_completed', `only a completed job can be committed; this one is ${result.status}`);
      }
      const { showId, created, droppedDocuments } = result;
      return reply.code(created ? 201 : 200).send({ showId, created, droppedDocuments });
    });

    api.post('/api/import-jobs/:id/retry', {
      schema: { tags: ['import-jobs'], summary: 'failed → pending', params: uuidParam, response: { 200: jobDetail, ...errorResponses } },
    }, async (request) => {
      const caller = callerOf(request);
      if (!(await retryFailedJob(pool, caller.orgIds, request.params.id, callerLabel(caller)))) {
        const status = await jobStatus(pool, caller.orgIds, request.params.id);
        if (!status) throw notFound('import job');
        throw new ApiError(409, 'job_not_failed', `only a failed job can be retried; this one is ${status}`);
      }
      return loadJob(caller, request.params.id);
    });

    api.post('/api/import-jobs/:id/cancel', {
      schema: { tags: ['import-jobs'], summary: 'pending | processing → cancelled', params: uuidParam, response: { 200: jobDetail, ...errorResponses } },
    }, async (request) => {
      const caller = callerOf(request);
      const status = await jobStatus(pool, caller.orgIds, request.params.id);
      if (!status) throw notFound('import job');
      if (!(await cancelJob(pool, request.params.id, callerLabel(caller)))) {
        throw new ApiError(409, 'job_not_cancellable', `only a pending or processing job can be cancelled; this one is ${status}`);
      }
      return loadJob(caller, request.params.id);
    });
  };
}
