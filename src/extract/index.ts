/**
 * Text extraction: an uploaded file's bytes → ExtractedSource (src/interfaces.ts). Files are read in
 * a pool of child processes (pool.ts), shared by the whole process: started on first use, or ahead
 * of work by `startExtractor()` (a service), whose children then load pdfjs and the OCR engine
 * while they wait. Call `closeExtractor()` at shutdown to end them. Pasted text is read in-process.
 */
import type { ExtractedSource } from '../interfaces.js';
import { assemble } from './assemble.js';
import { resolveLimits, type ExtractLimits } from './limits.js';
import { defaultPoolOptions, ExtractorPool } from './pool.js';
import { readSource } from './read.js';

export type { ExtractLimits } from './limits.js';
export { DEFAULT_LIMITS } from './limits.js';

export interface ExtractFileInput {
  bytes: Buffer;
  name: string;
  declaredType?: string | null;
}

export interface ExtractOptions {
  signal?: AbortSignal;
  limits?: Partial<ExtractLimits>;
}

let pool: ExtractorPool | null = null;

function sharedPool(limits: ExtractLimits): ExtractorPool {
  pool ??= new ExtractorPool(defaultPoolOptions(process.env, limits.childMemoryMb));
  return pool;
}

/**
 * Starts the extraction children now rather than with the first file, for a process that will read
 * files for a long time: resolves once they have loaded pdfjs and, unless INTAKE_OCR_PRELOAD=0,
 * the OCR engine (about 150 MiB more per child). Children retired later are replaced at once.
 */
export function startExtractor(): Promise<void> {
  return sharedPool(resolveLimits()).start();
}

/**
 * Reads one file. Never throws for a bad file: it comes back with `error` set and empty text.
 * Rejects only when `signal` aborts (or on a bug).
 */
export async function extractFile(file: ExtractFileInput, options: ExtractOptions = {}): Promise<ExtractedSource> {
  const limits = resolveLimits(options.limits);
  const request = { bytes: file.bytes, name: file.name, declaredType: file.declaredType ?? null, origin: 'file' as const, depth: 0 };
  // Files refused before parsing need no child.
  if (file.bytes.length === 0 || file.bytes.length > limits.maxBytes) return readSource(request, limits);
  return sharedPool(limits).read({ bytes: file.bytes, name: file.name, declaredType: file.declaredType ?? null }, limits, options.signal);
}

/** Text pasted into the import form: always plain text, normalised like a file's. */
export function extractPastedText(text: string): ExtractedSource {
  const limits = resolveLimits();
  return assemble(
    { format: 'txt', text },
    { name: 'pasted text', origin: 'pasted', declaredType: null, sizeBytes: Buffer.byteLength(text) },
    limits.maxOutputChars,
  );
}

/** Ends the pool's children. Extraction can start again afterwards (with a new pool). */
export async function closeExtractor(): Promise<void> {
  const running = pool;
  pool = null;
  await running?.close();
}
