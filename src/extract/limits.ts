/**
 * Caps on what one file may cost. Defaults suit a tour manager's attachments; each can be changed
 * through the environment (docs/extraction.md lists the variables) or per call.
 */
export interface ExtractLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most PDF pages read. */
  maxPages: number;
  /** Most bytes a ZIP container (DOCX, XLSX) may inflate to, all entries together. */
  maxInflatedBytes: number;
  /** Most characters of text kept per source; the rest is cut with a warning. */
  maxOutputChars: number;
  /** How deep e-mail attachments are followed (an attachment of an attachment is depth 2). */
  maxMimeDepth: number;
  /** Wall-clock time one file may take in its child process before the child is killed. */
  timeoutMs: number;
  /** Memory one child process may use (V8 heap cap and resident-size watchdog), in MiB. */
  childMemoryMb: number;
}

const ENV: Record<keyof ExtractLimits, string> = {
  maxBytes: 'INTAKE_EXTRACT_MAX_BYTES',
  maxPages: 'INTAKE_EXTRACT_MAX_PAGES',
  maxInflatedBytes: 'INTAKE_EXTRACT_MAX_INFLATED_BYTES',
  maxOutputChars: 'INTAKE_EXTRACT_MAX_OUTPUT_CHARS',
  maxMimeDepth: 'INTAKE_EXTRACT_MAX_MIME_DEPTH',
  timeoutMs: 'INTAKE_EXTRACT_TIMEOUT_MS',
  childMemoryMb: 'INTAKE_EXTRACT_CHILD_MEMORY_MB',
};

export const DEFAULT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxPages: 500,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxOutputChars: 2_000_000,
  maxMimeDepth: 2,
  timeoutMs: 120_000,
  childMemoryMb: 1024,
});

/** Defaults, overridden by the environment, overridden by the caller. */
export function resolveLimits(overrides: Partial<ExtractLimits> = {}, env: NodeJS.ProcessEnv = process.env): ExtractLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(ENV) as (keyof ExtractLimits)[]) {
    const raw = env[ENV[key]];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${ENV[key]} must be a positive number, got '${raw}'`);
    limits[key] = value;
  }
  for (const [key, value] of Object.entries(overrides) as [keyof ExtractLimits, number | undefined][]) {
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}
