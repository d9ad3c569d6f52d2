/**
 * `npm run bench:queue`: Intake's queue against graphile-worker and pg-boss on the same PostgreSQL.
 *
 * For each run, system and process count (1 and 4, 10 consumers each, one job per claim): a fresh
 * database; JOBS no-op jobs queued before the workers start consuming; time from "go" until the queue
 * is empty → jobs/s; workers' CPU (process.cpuUsage) plus the server's (/proc, less the backend of the
 * bench's own queue-length polling) over that window → CPU-ms per 1,000 jobs. Then, with the workers idle, LATENCY_JOBS jobs added one at a time → insert-to-claim
 * latency. Then each of Intake's job operations alone (operations.ts). Medians over RUNS runs; systems interleaved within each run so that machine noise hits
 * all alike. Server: DATABASE_URL if set, else an embedded PostgreSQL of its own.
 *
 * Environment: BENCH_JOBS (default 4000), BENCH_RUNS (3), BENCH_LATENCY_JOBS (60), BENCH_SYSTEMS
 * (comma-separated subset, for quick looks; ratios need all three).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { postmasterPid, processCpuMs, serverCpuMs } from './cpu.js';
import { formatTimings, timeOperations } from './operations.js';
import { CONCURRENCY, SYSTEMS, type System } from './systems.js';

const JOBS = Number(process.env.BENCH_JOBS ?? 4000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LATENCY_JOBS = Number(process.env.BENCH_LATENCY_JOBS ?? 60);
const ONLY = process.env.BENCH_SYSTEMS?.split(',');
const LATENCY_GAP_MS = 20;
const PROCESS_COUNTS = [1, 4];
const CONSUMER = fileURLToPath(new URL('./consumer.ts', import.meta.url));

interface Sample { jobsPerSecond: number; cpuMsPer1000: number | null; workerCpuMsPer1000: number; latencies: number[] }

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

function ask<T>(child: ChildProcess, message: string): Promise<T> {
  const answer = once(child, 'message').then(([m]) => m as T);
  child.send(message);
  return answer;
}

async function waitUntilDone(db: pg.Client, system: System): Promise<void> {
  while ((await system.remaining(db)) > 0) await sleep(20);
}

async function measure(server: string, system: System, processes: number, run: number): Promise<Sample> {
  const name = `bench_${system.name.replace('-', '_')}_${processes}_${run}`;
  await withClient(server, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const url = databaseUrl(server, name);
  try {
    await system.prepare(url);
    const producer = await system.producer(url);
    await producer.add(JOBS, 0);
    const children = Array.from({ length: processes }, () =>
      fork(CONSUMER, [system.name, url], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    await Promise.all(children.map((c) => once(c, 'message')));

    return await withClient(url, async (db) => {
      const postmaster = await postmasterPid(db);
      // The bench's own polling of the queue length runs in this session's backend: not the queue's
      // work, and it costs each system differently (an index count here, a table scan there).
      const monitor = (await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const serverBefore = postmaster ? serverCpuMs(postmaster) - processCpuMs(monitor) : 0;
      const started = performance.now();
      for (const child of children) child.send('go');
      await waitUntilDone(db, system);
      const seconds = (performance.now() - started) / 1000;
      const serverMs = postmaster ? serverCpuMs(postmaster) - processCpuMs(monitor) - serverBefore : null;
      const workerMs = (await Promise.all(children.map((c) => ask<{ cpuMs: number }>(c, 'mark')))).reduce((a, m) => a + m.cpuMs, 0);

      for (let i = 0; i < LATENCY_JOBS; i++) {
        await producer.add(1, Date.now());
        await sleep(LATENCY_GAP_MS);
      }
      await waitUntilDone(db, system);
      const latencies = (await Promise.all(children.map((c) => ask<{ latencies: number[] }>(c, 'report')))).flatMap((m) => m.latencies);
      await producer.close();
      await Promise.all(children.map((c) => {
        c.send('stop');
        return once(c, 'exit');
      }));
      return {
        jobsPerSecond: JOBS / seconds,
        cpuMsPer1000: serverMs === null ? null : ((workerMs + serverMs) / JOBS) * 1000,
        workerCpuMsPer1000: (workerMs / JOBS) * 1000,
        latencies,
      };
    });
  } finally {
    await withClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
const median = (values: number[]) => quantile(values, 0.5);

interface Row { system: string; processes: number; jobsPerSecond: number; cpuMsPer1000: number | null; p50: number; p95: number }

function summarise(system: string, processes: number, samples: Sample[]): Row {
  const cpu = samples.map((s) => s.cpuMsPer1000).filter((c): c is number => c !== null);
  return {
    system, processes,
    jobsPerSecond: median(samples.map((s) => s.jobsPerSecond)),
    cpuMsPer1000: cpu.length ? median(cpu) : null,
    p50: median(samples.map((s) => quantile(s.latencies, 0.5))),
    p95: median(samples.map((s) => quantile(s.latencies, 0.95))),
  };
}

async function main(): Promise<void> {
  let server = process.env.DATABASE_URL;
  let stopServer = async () => undefined;
  let where = 'DATABASE_URL';
  if (!server) {
    const folder = mkdtempSync(join(tmpdir(), 'intake-bench-'));
    chmodSync(folder, 0o755);
    const embedded = await startEmbeddedPostgres(folder, { anyPort: true });
    server = embedded.adminUrl;
    where = 'embedded PostgreSQL (its own, in a temporary folder)';
    stopServer = async () => {
      await embedded.stop();
      rmSync(folder, { recursive: true, force: true });
    };
  }
  try {
    const version = await withClient(server, async (c) => (await c.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version);
    process.stdout.write(`server: ${where}, PostgreSQL ${version}\n`);
    process.stdout.write(`${JOBS} no-op jobs per measurement, ${CONCURRENCY} consumers per process, one job per claim, medians of ${RUNS} runs\n\n`);
    const samples = new Map<string, Sample[]>();
    for (let run = 1; run <= RUNS; run++) {
      for (const processes of PROCESS_COUNTS) {
        for (const system of SYSTEMS.filter((s) => !ONLY || ONLY.includes(s.name))) {
          const sample = await measure(server, system, processes, run);
          const key = `${system.name}|${processes}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          process.stderr.write(`run ${run}: ${system.name} × ${processes}: ${sample.jobsPerSecond.toFixed(0)} jobs/s, ${sample.cpuMsPer1000?.toFixed(0) ?? '?'} CPU-ms/1000 (workers ${sample.workerCpuMsPer1000.toFixed(0)})\n`);
        }
      }
    }
    const rows = [...samples.entries()].map(([key, list]) => {
      const [system, processes] = key.split('|');
      return summarise(system!, Number(processes), list);
    });
    process.stdout.write('system            procs   jobs/s  CPU-ms/1000 jobs  latency p50  latency p95\n');
    for (const r of rows) {
      process.stdout.write(`${r.system.padEnd(16)}  ${String(r.processes).padStart(5)}  ${r.jobsPerSecond.toFixed(0).padStart(7)}  `
        + `${(r.cpuMsPer1000?.toFixed(0) ?? 'n/a').padStart(16)}  ${`${r.p50.toFixed(1)} ms`.padStart(11)}  ${`${r.p95.toFixed(1)} ms`.padStart(11)}\n`);
    }
    process.stdout.write('\nIntake relative to each reference (throughput: higher is better; CPU: lower is better)\n');
    for (const processes of PROCESS_COUNTS) {
      const intake = rows.find((r) => r.system === 'intake' && r.processes === processes);
      if (!intake) continue;
      for (const reference of rows.filter((r) => r.system !== 'intake' && r.processes === processes)) {
        const cpu = intake.cpuMsPer1000 !== null && reference.cpuMsPer1000 !== null
          ? `${(intake.cpuMsPer1000 / reference.cpuMsPer1000).toFixed(2)}×` : 'n/a';
        process.stdout.write(`  ${processes} process${processes > 1 ? 'es' : ''} vs ${reference.system}: throughput ${(intake.jobsPerSecond / reference.jobsPerSecond).toFixed(2)}×, CPU per job ${cpu}\n`);
      }
    }
    const name = 'bench_operations';
    await withClient(server, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${name}`);
    });
    try {
      process.stdout.write(`\nIntake's job operations one by one (one connection, ${name}: 10,000 pending jobs)\n`);
      process.stdout.write(`${formatTimings(await timeOperations(databaseUrl(server, name)))}\n`);
    } finally {
      await withClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  } finally {
    await stopServer();
  }
}

await main();
