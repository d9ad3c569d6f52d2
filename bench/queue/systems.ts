/**
 * The three queues under test, each driven the same way: one job per claim, 10 consumers per process,
 * a no-op job that only notes when it started. Each system's own API claims and completes its jobs.
 */
import { Logger, run, runMigrations } from 'graphile-worker';
import PgBoss from 'pg-boss';
import pg from 'pg';
import { pino } from 'pino';
import { migrate } from '../../src/db/migrate.js';
import { startWorker } from '../../src/worker/worker.js';

export const CONCURRENCY = 10;
/** pg-boss polls (it has no LISTEN); 500 ms is the shortest interval it accepts. */
const PG_BOSS_POLL_MS = 500;
const QUEUE = 'noop';

export interface System {
  name: 'intake' | 'graphile-worker' | 'pg-boss';
  /** Installs the schema in an empty database. */
  prepare(url: string): Promise<void>;
  /** Adds `count` jobs at once, each stamped with `stamp` (ms since epoch; 0 = not timed). */
  producer(url: string): Promise<Producer>;
  /** Jobs not completed yet. */
  remaining(db: pg.ClientBase): Promise<number>;
  /** Starts consuming; `onJob` gets each job's stamp as it starts. */
  consume(url: string, onJob: (stamp: number) => void): Promise<() => Promise<void>>;
}

export interface Producer {
  add(count: number, stamp: number): Promise<void>;
  close(): Promise<void>;
}

/** A producer that runs one SQL statement per `add` on its own connection. */
async function sqlProducer(url: string, sql: string): Promise<Producer> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    add: async (n, stamp) => void (await client.query(sql, [n, stamp])),
    close: () => client.end(),
  };
}

const silent = new Logger(() => () => undefined);

async function count(db: pg.ClientBase, sql: string): Promise<number> {
  return Number((await db.query<{ n: string }>(sql)).rows[0]?.n);
}

const intake: System = {
  name: 'intake',
  async prepare(url) {
    await migrate(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("INSERT INTO organisations (name) VALUES ('bench')");
    await client.end();
  },
  // The bench's jobs carry their stamp in created_by: import jobs have no free-form payload.
  producer: (url) => sqlProducer(url, `INSERT INTO import_jobs (org_id, created_by)
    SELECT (SELECT id FROM organisations LIMIT 1), $2::text FROM generate_series(1, $1)`),
  // Counted through the two partial indexes, not by scanning the completed rows the table keeps.
  remaining: (db) => count(db, `SELECT (SELECT count(*) FROM import_jobs WHERE status = 'pending')
    + (SELECT count(*) FROM import_jobs WHERE status = 'processing') AS n`),
  async consume(url, onJob) {
    const worker = startWorker({
      databaseUrl: url,
      config: { concurrency: CONCURRENCY, batchSize: 1, pollIntervalMs: 2000, leaseSeconds: 60, maxAttempts: 3 },
      log: pino({ level: 'silent' }),
      task: async ({ job }) => {
        onJob(Number(job.created_by));
        return { extracted: null, confidence_map: null };
      },
    });
    return () => worker.stop(5000);
  },
};

const graphile: System = {
  name: 'graphile-worker',
  prepare: (url) => runMigrations({ connectionString: url, logger: silent }),
  producer: (url) => sqlProducer(url,
    "SELECT graphile_worker.add_job('noop', json_build_object('t', $2::bigint)) FROM generate_series(1, $1)"),
  remaining: (db) => count(db, 'SELECT count(*) AS n FROM graphile_worker._private_jobs'),
  async consume(url, onJob) {
    const runner = await run({
      connectionString: url, concurrency: CONCURRENCY, noHandleSignals: true, pollInterval: 2000, logger: silent,
      taskList: { noop: async (payload) => onJob(Number((payload as { t: number }).t)) },
    });
    return () => runner.stop();
  },
};

const pgBoss: System = {
  name: 'pg-boss',
  async prepare(url) {
    const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false });
    await boss.start();
    await boss.createQueue(QUEUE);
    await boss.stop({ graceful: false, wait: true });
  },
  async producer(url) {
    const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false, migrate: false, max: 2 });
    boss.on('error', () => undefined);
    await boss.start();
    return {
      async add(n, stamp) {
        if (n === 1) await boss.send(QUEUE, { t: stamp });
        else await boss.insert(Array.from({ length: n }, () => ({ name: QUEUE, data: { t: stamp } })));
      },
      close: () => boss.stop({ graceful: false, wait: true }),
    };
  },
  remaining: (db) => count(db, "SELECT count(*) AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')"),
  async consume(url, onJob) {
    // pg-boss's work() sleeps its polling interval (≥ 500 ms) after every fetch, found or not, which
    // caps one-job-per-claim at 2 jobs/s per loop. So each consumer runs what work() runs — fetch one,
    // handle, complete — without that sleep while jobs come, and polls every 500 ms when idle.
    const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false, migrate: false, max: CONCURRENCY + 2 });
    boss.on('error', () => undefined);
    await boss.start();
    let stopping = false;
    const loops = Array.from({ length: CONCURRENCY }, async () => {
      while (!stopping) {
        const [job] = await boss.fetch<{ t: number }>(QUEUE, { batchSize: 1 });
        if (!job) {
          await new Promise((resolve) => setTimeout(resolve, PG_BOSS_POLL_MS));
          continue;
        }
        onJob(Number(job.data.t));
        await boss.complete(QUEUE, job.id);
      }
    });
    return async () => {
      stopping = true;
      await Promise.all(loops);
      await boss.stop({ graceful: false, wait: true });
    };
  },
};

export const SYSTEMS: System[] = [intake, graphile, pgBoss];
