/**
 * A running Intake: the database (DATABASE_URL, or the embedded one), migrations applied, a worker
 * running the import task, and — when there is one — the HTTP server beside it. Signals stop it in
 * order: the server and worker first (jobs finish or are released), then the embedded database.
 */
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { openDatabase, type Database } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { createPool } from '../db/pool.js';
import { closeExtractor, startExtractor } from '../extract/index.js';
import type { ImportTask } from '../jobs/types.js';
import { createImportTask } from './import-task.js';
import { startWorker, type Worker } from './worker.js';

/** What runs beside the worker (the HTTP API), given the database URL; `close` stops it. */
export type Companion = (databaseUrl: string) => Promise<{ close(): Promise<void> }>;

export interface Service {
  database: Database;
  worker: Worker;
  stop(): Promise<void>;
}

export async function startService(config: Config, log: Logger, options: { withServer?: Companion; task?: ImportTask } = {}): Promise<Service> {
  const database = await openDatabase(config, log);
  const applied = await migrate(database.url);
  if (applied.length) log.info({ applied }, 'migrations applied');
  const taskPool = createPool(database.url, { max: config.worker.concurrency, log });
  // The import task's extraction children start now and load pdfjs and OCR while idle: the first upload does not wait for them.
  if (!options.task) void startExtractor();
  const worker = startWorker({ databaseUrl: database.url, task: options.task ?? createImportTask(taskPool), config: config.worker, log });
  const server = options.withServer ? await options.withServer(database.url) : null;
  return {
    database,
    worker,
    async stop() {
      await server?.close();
      await worker.stop();
      await closeExtractor();
      await taskPool.end();
      await database.close();
    },
  };
}

/** Resolves on the first SIGINT or SIGTERM. */
export function untilSignalled(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const done = (signal: NodeJS.Signals) => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve(signal);
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}
