/** Response schemas shared by several route groups (and so by the OpenAPI document). */
import { z } from 'zod';

export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export const errorResponses = {
  400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema,
} as const;

export const uuidParam = z.object({ id: z.uuid() });
