/** Shows: list, read, and download a document's stored bytes. Another organisation's show is a 404. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { create as contentDisposition } from 'content-disposition';
import { z } from 'zod';
import type { Pool } from 'pg';
import { getShow, getShowDocument, listShows } from '../shows/queries.js';
import { openBlob } from '../storage/blobs.js';
import { callerOf } from './authenticate.js';
import { ApiError, notFound } from './errors.js';
import { decodeCursor, encodeCursor } from './job-views.js';
import { errorResponses, uuidParam } from './schemas.js';

const showSummary = z.object({
  id: z.string(), orgId: z.string(), importJobId: z.string().nullable(), artist: z.string().nullable(),
  eventName: z.string().nullable(), venue: z.string().nullable(), city: z.string().nullable(),
  date: z.string().nullable(), createdAt: z.string(),
});

export function showRoutes(pool: Pool) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get('/api/shows', {
      schema: {
        tags: ['shows'],
        querystring: z.object({ cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: z.object({ shows: z.array(showSummary), nextCursor: z.string().nullable() }), ...errorResponses },
      },
    }, async (request) => {
      const { cursor, limit } = request.query;
      const after = cursor ? decodeCursor(cursor) : null;
      if (cursor && !after) throw new ApiError(400, 'invalid_cursor', 'cursor is not one this API gave out');
      const rows = await listShows(pool, callerOf(request).orgIds, limit + 1, after);
      const shows = rows.slice(0, limit);
      const last = shows[shows.length - 1];
      return { shows, nextCursor: rows.length > limit && last ? encodeCursor({ created_at: last.createdAt, id: last.id }) : null };
    });

    api.get('/api/shows/:id', {
      schema: {
        tags: ['shows'],
        summary: 'The show in the ImportData shape, with ids',
        params: uuidParam,
        response: { 200: z.record(z.string(), z.unknown()), ...errorResponses },
      },
    }, async (request) => {
      const show = await getShow(pool, callerOf(request).orgIds, request.params.id);
      if (!show) throw notFound('show');
      return show;
    });

    api.get('/api/shows/:id/documents/:docId', {
      schema: {
        tags: ['shows'],
        summary: 'Download a document: its stored bytes and type',
        params: z.object({ id: z.uuid(), docId: z.uuid() }),
        produces: ['application/octet-stream'],
        response: { 200: z.unknown().describe('the file'), ...errorResponses },
      },
    }, async (request, reply) => {
      const document = await getShowDocument(pool, callerOf(request).orgIds, request.params.id, request.params.docId);
      if (!document) throw notFound('document');
      return reply
        .type(document.mimeType)
        .header('content-length', document.sizeBytes)
        .header('content-disposition', contentDisposition(document.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(openBlob(pool, document.blobId));
    });
  };
}
