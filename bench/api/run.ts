/**
 * `npm run bench:api` — the HTTP API under load, on a loopback port, against a fresh database.
 *
 *   GET /api/import-jobs/:id           (token auth + one job with its sources)
 *   POST /api/shows/import/start       (a 1 KB text file, base64 JSON; job + source + blob in one transaction)
 *   GET /healthz                       reference: the same server answering with no auth and no database
 * each with autocannon (10 connections, 3 s, 3 runs: medians of req/s, p50 and p99 latency), and the
 * ratio of each to the reference; then the time from an import's start to its first SSE `progress`
 * event, with a worker running in this process (median of 15).
 *
 * Database: DATABASE_URL's server when set, else an embedded PostgreSQL in a temporary folder.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { migrate } from '../../src/db/migrate.js';
import { createPool } from '../../src/db/pool.js';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { createApiToken } from '../../src/auth/tokens.js';
import { createOrganisation } from '../../src/jobs/organisations.js';
import { buildServer } from '../../src/server/app.js';
import { startWorker } from '../../src/worker/worker.js';
import { createImportTask } from '../../src/worker/import-task.js';

const RUNS = 3;
const SECONDS = 3;
const CONNECTIONS = 10;
const SSE_SAMPLES = 15;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function serverUrl(): Promise<{ url: string; stop(): Promise<void>; where: string }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined, where: 'DATABASE_URL' };
  const folder = mkdtempSync(join(tmpdir(), 'intake-bench-api-'));
  chmodSync(folder, 0o755);
  const server = await startEmbeddedPostgres(folder);
  return {
    url: server.adminUrl, where: `embedded PostgreSQL (port ${server.port})`,
    async stop() { await server.stop(); rmSync(folder, { recursive: true, force: true }); },
  };
}

async function freshDatabase(server: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `intake_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

interface Load { rps: number; p50: number; p99: number; errors: number }

async function load(options: { url: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Load> {
  const samples: Load[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await autocannon({ ...options, connections: CONNECTIONS, duration: SECONDS });
    samples.push({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors });
  }
  return {
    rps: median(samples.map((s) => s.rps)), p50: median(samples.map((s) => s.p50)),
    p99: median(samples.map((s) => s.p99)), errors: samples.reduce((n, s) => n + s.errors, 0),
  };
}

/** ms from POST start to the first `progress` event on the job's stream. */
async function startToFirstProgress(base: string, headers: Record<string, string>, body: string): Promise<number> {
  const began = performance.now();
  const response = await fetch(`${base}/api/shows/import/start`, { method: 'POST', headers, body });
  const { jobId } = (await response.json()) as { jobId: string };
  const stream = await fetch(`${base}/api/import-jobs/${jobId}/events`, { headers: { authorization: headers.authorization! } });
  const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended without progress');
    text += value;
    if (text.includes('event: progress')) break;
  }
  const elapsed = performance.now() - began;
  await reader.cancel();
  return elapsed;
}

const postgres = await serverUrl();
const database = await freshDatabase(postgres.url);
await migrate(database.url);
const pool = createPool(database.url, { max: 10 });
const log = createLogger({ level: 'silent' });
const config = loadConfig({ DATABASE_URL: database.url });
const app = await buildServer({ pool, config, log, databaseUrl: database.url, settings: { importStartsPerMinute: 1_000_000 } });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

try {
  const orgId = await createOrganisation(pool, 'Bench');
  const { token } = await createApiToken(pool, orgId, 'bench');
  const auth = { authorization: `Bearer ${token}` };
  const text = Buffer.from('Engagement confirmation\nArtist: The Foundry Band\nDoors 19:00\n'.repeat(16));
  const startBody = JSON.stringify({ sources: [{ fileName: 'notes.txt', mimeType: 'text/plain', sizeBytes: text.length, fileData: text.toString('base64') }] });
  const jsonHeaders = { ...auth, 'content-type': 'application/json' };
  const firstJob = (await (await fetch(`${base}/api/shows/import/start`, { method: 'POST', headers: jsonHeaders, body: startBody })).json()) as { jobId: string };

  const reference = await load({ url: `${base}/healthz` });
  const getJob = await load({ url: `${base}/api/import-jobs/${firstJob.jobId}`, headers: auth });
  const start = await load({ url: `${base}/api/shows/import/start`, method: 'POST', headers: jsonHeaders, body: startBody });

  // Drain what the load left queued, so the stream measurement starts on an empty queue.
  await pool.query("UPDATE import_jobs SET status = 'cancelled' WHERE status = 'pending'");
  const worker = startWorker({ databaseUrl: database.url, task: createImportTask(pool), config: { ...config.worker, pollIntervalMs: 5000 }, log });
  const latencies: number[] = [];
  try {
    for (let i = 0; i < SSE_SAMPLES; i++) latencies.push(await startToFirstProgress(base, jsonHeaders, startBody));
  } finally {
    await worker.stop();
  }

  const row = (name: string, l: Load) =>
    `${name.padEnd(34)} ${l.rps.toFixed(0).padStart(7)} req/s   p50 ${String(l.p50).padStart(3)} ms   p99 ${String(l.p99).padStart(3)} ms   ` +
    `${(l.rps / reference.rps).toFixed(2)}× reference${l.errors ? `   (${l.errors} non-2xx/errors)` : ''}`;
  process.stdout.write([
    `bench:api — ${postgres.where}, Node ${process.version}, ${CONNECTIONS} connections, ${RUNS}×${SECONDS} s, medians`,
    row('GET /healthz (reference)', reference),
    row('GET /api/import-jobs/:id', getJob),
    row('POST /api/shows/import/start (1 KB)', start),
    `start → first SSE progress event      median ${median(latencies).toFixed(1)} ms   ` +
      `(min ${Math.min(...latencies).toFixed(1)}, max ${Math.max(...latencies).toFixed(1)}, n=${SSE_SAMPLES}, worker woken by NOTIFY)`,
    '',
  ].join('\n'));
} finally {
  await app.close();
  await pool.end();
  await database.drop();
  await postgres.stop();
}
