/** POST /api/shows/import/start: accept an import's sources and queue the job (202 { jobId }). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Pool } from 'pg';
import { callerLabel, canSee, type Caller } from '../auth/caller.js';
import { callerOf } from './authenticate.js';
import { ApiError } from './errors.js';
import { createImportJob } from './import-writer.js';
import { errorResponses, errorSchema } from './schemas.js';
import type { ServerSettings } from './settings.js';
import { base64Body, bodySources, multipartSources, type ImportFields } from './upload-sources.js';

/** The organisation an import is filed under; read by the rate limiter's key. */
const importOrg = new WeakMap<FastifyRequest, string>();

function chooseOrg(caller: Caller, requested: string | undefined): string {
  if (requested !== undefined) {
    if (!canSee(caller, requested)) throw new ApiError(404, 'not_found', 'organisation not found');
    return requested;
  }
  if (caller.orgIds.length === 1) return caller.orgIds[0]!;
  throw new ApiError(400, 'org_required', 'send orgId: the organisation to file this import under');
}

export function importRoutes(pool: Pool, settings: ServerSettings, maxAttempts: number) {
  // The seed design's base64 body holds at most one largest file (plus pasted text); bigger batches go multipart.
  const inlineBodyLimit = Math.ceil(settings.maxFileBytes * 4 / 3) + settings.maxPastedChars * 4 + 64 * 1024;
  const limits = { maxFileBytes: settings.maxFileBytes, maxFiles: settings.maxFiles, maxPastedChars: settings.maxPastedChars };

  return async (app: FastifyInstance) => {
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: inlineBodyLimit },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))));

    const startsPerOrg = app.createRateLimit({
      max: settings.importStartsPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => `import-start:${importOrg.get(request)}`,
    });

    async function authorize(request: FastifyRequest, caller: Caller, fields: ImportFields): Promise<string> {
      const orgId = chooseOrg(caller, fields.orgId);
      importOrg.set(request, orgId);
      const limit = await startsPerOrg(request);
      // isAllowed means "on the allow list"; the count decides.
      if (!limit.isAllowed && limit.isExceeded) {
        throw new ApiError(429, 'rate_limited', `too many imports for this organisation: retry in ${limit.ttlInSeconds} s`);
      }
      return orgId;
    }

    app.withTypeProvider<ZodTypeProvider>().post('/api/shows/import/start', {
      bodyLimit: inlineBodyLimit,
      schema: {
        tags: ['imports'],
        summary: 'Start an import',
        description: 'multipart/form-data (file parts, `orgId` before them, `pastedText`) or a JSON/urlencoded body '
          + 'with base64 `sources`. The type of each file is read from its content.',
        consumes: ['multipart/form-data', 'application/json', 'application/x-www-form-urlencoded'],
        querystring: z.object({ orgId: z.uuid().optional() }),
        response: { 202: z.object({ jobId: z.string() }), ...errorResponses, 413: errorSchema, 415: errorSchema, 429: errorSchema },
      },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const fields: ImportFields = { orgId: request.query.orgId };
      const sources = request.isMultipart()
        ? multipartSources(request, fields, settings.maxFileBytes)
        : bodySources(request.body, fields, settings.maxFileBytes);
      const jobId = await createImportJob(pool, {
        sources,
        orgId: () => authorize(request, caller, fields),
        createdBy: callerLabel(caller),
        maxAttempts,
        limits,
      });
      return reply.code(202).send({ jobId });
    });
  };
}

/** Adds the request bodies the start route accepts to the OpenAPI document (see bodySources). */
export function documentImportBody(document: { paths?: Record<string, any> }): void {
  const start = document.paths?.['/api/shows/import/start']?.post;
  if (!start) return;
  const inline = z.toJSONSchema(base64Body, { io: 'input' });
  start.requestBody = {
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          properties: {
            orgId: { type: 'string', format: 'uuid', description: 'before the files' },
            pastedText: { type: 'string' },
            files: { type: 'array', items: { type: 'string', format: 'binary' } },
          },
        },
      },
      'application/json': { schema: inline },
      'application/x-www-form-urlencoded': { schema: inline },
    },
  };
}
