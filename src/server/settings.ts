/**
 * The HTTP API's own settings, read from the environment once at start (a bad value names its
 * variable, like the rest of the configuration).
 */
import { ConfigError } from '../config.js';

export interface ServerSettings {
  /** Interface to listen on (HOST, default 127.0.0.1: set 0.0.0.0 to serve other machines). */
  host: string;
  /** Largest accepted file, bytes (IMPORT_MAX_FILE_BYTES, default 50 MB). */
  maxFileBytes: number;
  /** Most files in one import (IMPORT_MAX_FILES). */
  maxFiles: number;
  /** Longest pasted text, characters (IMPORT_MAX_PASTED_CHARS). */
  maxPastedChars: number;
  /** Import starts per organisation per minute (IMPORT_START_RATE_LIMIT). */
  importStartsPerMinute: number;
  /** Bearer secret of POST /api/import-worker/process; null (or too short) disables the route. */
  workerSecret: string | null;
  /** Bearer secret of GET /metrics (METRICS_TOKEN); null (or too short) disables the route. */
  metricsToken: string | null;
  /** Browser session lifetime, seconds (SESSION_TTL_SECONDS). */
  sessionTtlSeconds: number;
  /** Sent to SSE clients as a comment this often, so proxies keep the stream open (ms). */
  sseHeartbeatMs: number;
}

function positiveInteger(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(name, raw, 'a positive integer');
  return value;
}

export function loadServerSettings(env: Record<string, string | undefined> = process.env): ServerSettings {
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    maxFileBytes: positiveInteger(env, 'IMPORT_MAX_FILE_BYTES', 50 * 1024 * 1024),
    maxFiles: positiveInteger(env, 'IMPORT_MAX_FILES', 20),
    maxPastedChars: positiveInteger(env, 'IMPORT_MAX_PASTED_CHARS', 1_000_000),
    importStartsPerMinute: positiveInteger(env, 'IMPORT_START_RATE_LIMIT', 60),
    workerSecret: env.IMPORT_WORKER_SECRET || null,
    metricsToken: env.METRICS_TOKEN || null,
    sessionTtlSeconds: positiveInteger(env, 'SESSION_TTL_SECONDS', 14 * 24 * 3600),
    sseHeartbeatMs: positiveInteger(env, 'SSE_HEARTBEAT_MS', 15_000),
  };
}
