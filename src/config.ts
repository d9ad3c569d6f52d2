/**
 * Configuration from the environment. Every value is read and checked once, at start: a bad value stops
 * the process with a message naming the variable, rather than surfacing later as a strange failure.
 */
import { resolve } from 'node:path';

export interface WorkerConfig {
  /** How long an idle worker waits before looking for work when no notification came (ms). */
  pollIntervalMs: number;
  /** How many jobs one claim takes at most. */
  batchSize: number;
  /** How many jobs one worker process runs at once. */
  concurrency: number;
  /** How long a claim holds a job without a heartbeat (s). */
  leaseSeconds: number;
  /** Attempts a new job gets before it fails for good. */
  maxAttempts: number;
}

export interface Config {
  /** An external PostgreSQL; unset means the embedded one under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  port: number;
  logLevel: string;
  worker: WorkerConfig;
}

export class ConfigError extends Error {
  constructor(variable: string, value: string, expected: string) {
    super(`${variable}=${JSON.stringify(value)} is not valid: expected ${expected}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function readNumber(env: Env, name: string, fallback: number, check: { integer: boolean; min: number }): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  const ok = Number.isFinite(value) && value >= check.min && (!check.integer || Number.isInteger(value));
  if (!ok) throw new ConfigError(name, raw, `${check.integer ? 'an integer' : 'a number'} ≥ ${check.min}`);
  return value;
}

function readDatabaseUrl(env: Env): string | null {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', raw, 'a postgres:// URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', raw, 'a postgres:// URL');
  }
  return raw;
}

export function loadConfig(env: Env = process.env): Config {
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', logLevel, `one of ${LOG_LEVELS.join(', ')}`);
  return {
    databaseUrl: readDatabaseUrl(env),
    dataDir: resolve(env.INTAKE_DATA_DIR?.trim() || '.intake'),
    port: readNumber(env, 'PORT', 3000, { integer: true, min: 0 }),
    logLevel,
    worker: {
      pollIntervalMs: readNumber(env, 'IMPORT_WORKER_POLL_INTERVAL', 5000, { integer: true, min: 10 }),
      batchSize: readNumber(env, 'IMPORT_WORKER_BATCH_SIZE', 3, { integer: true, min: 1 }),
      concurrency: readNumber(env, 'IMPORT_WORKER_CONCURRENCY', 3, { integer: true, min: 1 }),
      leaseSeconds: readNumber(env, 'IMPORT_JOB_LEASE_SECONDS', 60, { integer: false, min: 1 }),
      maxAttempts: readNumber(env, 'IMPORT_JOB_MAX_ATTEMPTS', 3, { integer: true, min: 1 }),
    },
  };
}
