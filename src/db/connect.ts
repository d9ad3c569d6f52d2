/**
 * Where the database is: `DATABASE_URL` when set (nothing of ours is started), otherwise the embedded
 * server under INTAKE_DATA_DIR, started on demand.
 */
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { startEmbeddedPostgres } from './embedded.js';
import { migrate } from './migrate.js';
import { createPool, type Pool } from './pool.js';

export interface Database {
  url: string;
  embedded: boolean;
  /** Stops the embedded server if this process started it; nothing otherwise. */
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log?: Logger): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, close: async () => undefined };
  const server = await startEmbeddedPostgres(config.dataDir, { log });
  return { url: server.url, embedded: true, close: server.stop };
}

/**
 * For one-shot commands: the database with migrations applied and a small pool, closed afterwards
 * (the embedded server too, if this call started it).
 */
export async function withDatabase<T>(config: Config, log: Logger, work: (pool: Pool) => Promise<T>): Promise<T> {
  const database = await openDatabase(config, log);
  try {
    await migrate(database.url);
    const pool = createPool(database.url, { max: 2, log });
    try {
      return await work(pool);
    } finally {
      await pool.end();
    }
  } finally {
    await database.close();
  }
}
