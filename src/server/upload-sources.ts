/**
 * The two ways a client sends an import's sources, turned into one stream of IncomingSource:
 *   - multipart/form-data: file parts (streamed, never buffered whole), `pastedText`, and `orgId`
 *     (which must come before the files, as a form lists it first, or in the query string);
 *   - the seed design's JSON or urlencoded body: `sources` (an array, or a JSON string of one) of
 *     `{ fileName, mimeType, sizeBytes, fileData }` with the bytes in base64, plus `pastedText`, `orgId`.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError } from './errors.js';
import type { IncomingSource } from './import-writer.js';

export interface ImportFields {
  orgId?: string;
}

const base64Source = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().max(255).nullish(),
  sizeBytes: z.number().int().min(0).nullish(),
  fileData: z.string(),
});

export const base64Body = z.object({
  orgId: z.uuid().optional(),
  pastedText: z.string().optional(),
  sources: z.union([z.array(base64Source), z.string()]).optional(),
});

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeFile(source: z.infer<typeof base64Source>, maxFileBytes: number): Buffer {
  // Seed clients send FileReader data URLs as often as bare base64.
  const data = source.fileData.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!BASE64.test(data)) throw new ApiError(400, 'invalid_base64', `${source.fileName}: fileData is not base64`);
  if (data.length * 0.75 > maxFileBytes + 2) {
    throw new ApiError(413, 'file_too_large', `${source.fileName} is larger than ${maxFileBytes} bytes`);
  }
  const bytes = Buffer.from(data, 'base64');
  if (source.sizeBytes != null && source.sizeBytes !== bytes.length) {
    throw new ApiError(400, 'size_mismatch', `${source.fileName}: sizeBytes says ${source.sizeBytes}, fileData holds ${bytes.length}`);
  }
  return bytes;
}

function parseSourcesField(value: unknown): z.infer<typeof base64Source>[] {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      throw new ApiError(400, 'invalid_request', 'sources is not a JSON array');
    }
  }
  const parsed = z.array(base64Source).safeParse(list);
  if (!parsed.success) throw new ApiError(400, 'invalid_request', `sources: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function* pasted(text: string | undefined): Generator<IncomingSource> {
  if (text?.trim()) yield { origin: 'pasted', text };
}

function* base64Files(value: unknown, maxFileBytes: number): Generator<IncomingSource> {
  for (const source of parseSourcesField(value)) {
    yield { origin: 'file', fileName: source.fileName, declaredMime: source.mimeType ?? null, content: [decodeFile(source, maxFileBytes)] };
  }
}

// Validated here, not by the route schema: a multipart request has no body to validate there
// (documentImportBody puts both forms in the OpenAPI document instead).
export async function* bodySources(body: unknown, fields: ImportFields, maxFileBytes: number): AsyncGenerator<IncomingSource> {
  const parsed = base64Body.safeParse(body ?? {});
  if (!parsed.success) throw new ApiError(400, 'invalid_request', z.prettifyError(parsed.error));
  fields.orgId ??= parsed.data.orgId;
  if (parsed.data.sources !== undefined) yield* base64Files(parsed.data.sources, maxFileBytes);
  yield* pasted(parsed.data.pastedText);
}

export async function* multipartSources(request: FastifyRequest, fields: ImportFields, maxFileBytes: number): AsyncGenerator<IncomingSource> {
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      yield { origin: 'file', fileName: part.filename || 'unnamed', declaredMime: part.mimetype || null, content: part.file };
      continue;
    }
    const value = typeof part.value === 'string' ? part.value : String(part.value);
    if (part.fieldname === 'orgId') fields.orgId ??= value;
    else if (part.fieldname === 'pastedText') yield* pasted(value);
    else if (part.fieldname === 'sources') yield* base64Files(value, maxFileBytes);
  }
}
