/** Connection pools. pg reconnects on demand; an idle connection that dies must only be logged. */
import pg from 'pg';
import type { Logger } from '../log.js';

export type Pool = pg.Pool;
export type Queryable = pg.Pool | pg.PoolClient | pg.Client;

export interface PoolOptions {
  max?: number;
  log?: Logger;
}

export function createPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, application_name: 'intake' });
  pool.on('error', (error) => options.log?.warn({ err: error }, 'idle database connection lost'));
  return pool;
}

/** Runs `work` in one transaction on one connection of the pool. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
