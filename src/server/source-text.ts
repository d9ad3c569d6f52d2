/**
 * GET /api/import-jobs/:id/sources/:sourceId/text — the text a field's provenance points into: the
 * source's extracted text (or the pasted text itself) and where each page starts in it, so a client
 * can show the span a confidence entry names. 409 while a file has not been read yet.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Pool } from 'pg';
import { callerOf } from './authenticate.js';
import { ApiError, notFound } from './errors.js';
import { errorResponses } from './schemas.js';

const sourceText = z.object({
  name: z.string(),
  text: z.string(),
  pages: z.array(z.object({ number: z.number(), offset: z.number() })),
});

export function sourceTextRoutes(pool: Pool) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get('/api/import-jobs/:id/sources/:sourceId/text', {
      schema: {
        tags: ['import-jobs'],
        params: z.object({ id: z.uuid(), sourceId: z.uuid() }),
        response: { 200: sourceText, ...errorResponses },
      },
    }, async (request) => {
      const { rows } = await pool.query<{ name: string; text: string | null; pages: { number: number; offset: number }[] }>(
        `SELECT s.file_name AS name, coalesce(s.text, s.pasted_text) AS text,
                coalesce((SELECT json_agg(json_build_object('number', (p ->> 'number')::int, 'offset', (p ->> 'offset')::int))
                            FROM jsonb_array_elements(s.extracted -> 'pages') AS p), '[]') AS pages
           FROM import_sources s JOIN import_jobs j ON j.id = s.job_id
          WHERE s.id = $1 AND s.job_id = $2 AND j.org_id = ANY($3)`,
        [request.params.sourceId, request.params.id, callerOf(request).orgIds]);
      const source = rows[0];
      if (!source) throw notFound('source');
      if (source.text === null) throw new ApiError(409, 'text_not_ready', `${source.name} has not been read yet`);
      return { name: source.name, text: source.text, pages: source.pages };
    });
  };
}
