/**
 * A fresh database per test file, with every migration applied, on the server named by DATABASE_URL
 * (scripts/test.mjs starts an embedded one when it is unset). Dropped by `drop()`.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../../src/db/migrate.js';
import { createPool } from '../../src/db/pool.js';

export interface TestDatabase {
  url: string;
  pool: pg.Pool;
  drop(): Promise<void>;
}

export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the tests with `npm test`');
  return url;
}

export function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database (no migrations), for tests of the migration runner itself. */
export async function createEmptyDatabase(server = serverUrl()): Promise<Omit<TestDatabase, 'pool'>> {
  const name = `intake_test_${randomBytes(6).toString('hex')}`;
  await onServer(server, `CREATE DATABASE ${name}`);
  return { url: databaseUrl(server, name), drop: () => onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function createTestDatabase(server = serverUrl()): Promise<TestDatabase> {
  const empty = await createEmptyDatabase(server);
  await migrate(empty.url);
  const pool = createPool(empty.url, { max: 5 });
  return {
    url: empty.url,
    pool,
    async drop() {
      await pool.end();
      await empty.drop();
    },
  };
}
