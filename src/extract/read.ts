import type { ExtractedSource, SourceFormat } from '../interfaces.js';
import { assemble, failed, type SourceIdentity } from './assemble.js';
import { detectFormat, typeMismatch } from './detect.js';
import type { Parser, ParseContext } from './draft.js';
import { ExtractError, MESSAGES } from './errors.js';
import type { ExtractLimits } from './limits.js';

/**
 * Reads one file in this process: detect, parse, assemble. Runs inside an extraction child (see
 * pool.ts); in the calling process only for files refused before parsing (empty, too large).
 * Never throws for a bad file; every failure becomes the source's `error`. Parsers are loaded on
 * first use, so reading a CSV never loads pdfjs.
 */

const PARSERS: Record<Exclude<SourceFormat, 'unknown'>, () => Promise<Parser>> = {
  txt: async () => (await import('./formats/txt.js')).parseTxt,
  csv: async () => (await import('./formats/csv.js')).parseCsv,
  html: async () => (await import('./formats/html.js')).parseHtml,
  eml: async () => (await import('./formats/eml.js')).parseEml,
  msg: async () => (await import('./formats/msg.js')).parseMsg,
  ics: async () => (await import('./formats/ics.js')).parseIcs,
  vcf: async () => (await import('./formats/vcard.js')).parseVcard,
  rtf: async () => (await import('./formats/rtf.js')).parseRtf,
  pdf: async () => (await import('./formats/pdf.js')).parsePdf,
  docx: async () => (await import('./formats/docx.js')).parseDocx,
  xlsx: async () => (await import('./formats/xlsx.js')).parseXlsx,
  odt: async () => (await import('./formats/odt.js')).parseOdt,
  ods: async () => (await import('./formats/ods.js')).parseOds,
  png: async () => (await import('./formats/image.js')).parseImage,
  jpeg: async () => (await import('./formats/image.js')).parseImage,
  tiff: async () => (await import('./formats/image.js')).parseImage,
  heic: async () => (await import('./formats/heic.js')).parseHeic,
};

export interface ReadRequest {
  bytes: Buffer;
  name: string;
  declaredType: string | null;
  origin: ExtractedSource['origin'];
  /** 0 for an uploaded file, +1 per e-mail attachment level. */
  depth: number;
}

export async function readSource(request: ReadRequest, limits: ExtractLimits): Promise<ExtractedSource> {
  const identity: SourceIdentity = {
    name: request.name, origin: request.origin, declaredType: request.declaredType, sizeBytes: request.bytes.length,
  };
  if (request.bytes.length === 0) return failed(identity, 'unknown', 'empty_file', MESSAGES.empty_file);
  if (request.bytes.length > limits.maxBytes) {
    return failed(identity, 'unknown', 'too_large', `${MESSAGES.too_large} (${request.bytes.length} bytes, limit ${limits.maxBytes})`);
  }
  const format = detectFormat(request.bytes);
  const mismatch = typeMismatch(format, request.name, request.declaredType);
  const warnings = mismatch ? [mismatch] : [];
  if (format === 'unknown') return failed(identity, format, 'unsupported_type', MESSAGES.unsupported_type, warnings);
  const context: ParseContext = {
    limits,
    depth: request.depth,
    extractAttachment: (bytes, name, declaredType) =>
      readSource({ bytes, name, declaredType, origin: 'attachment', depth: request.depth + 1 }, limits),
  };
  try {
    const parse = await PARSERS[format]();
    const draft = await parse(request.bytes, context);
    draft.warnings = [...warnings, ...(draft.warnings ?? [])];
    return assemble(draft, identity, limits.maxOutputChars);
  } catch (error) {
    if (error instanceof ExtractError) return failed(identity, format, error.code, error.message, warnings);
    const detail = error instanceof Error ? error.message : String(error);
    return failed(identity, format, 'parser_crashed', `${MESSAGES.parser_crashed} (${detail})`, warnings);
  }
}
