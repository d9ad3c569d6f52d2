/**
 * A real API for tests: its own database (migrations applied), the server listening on a loopback
 * port, two organisations (A and B) each with an API token, and a user of A who can sign in.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApiToken } from '../../src/auth/tokens.js';
import { addMembership, createUser } from '../../src/auth/users.js';
import { createOrganisation } from '../../src/jobs/organisations.js';
import { buildServer } from '../../src/server/app.js';
import type { ServerSettings } from '../../src/server/settings.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

export const WORKER_SECRET = 'w'.repeat(16) + 'x'.repeat(24);
export const METRICS_TOKEN = 'm'.repeat(20) + 'z'.repeat(20);

export interface Org {
  id: string;
  token: string;
}

export interface TestApi {
  url: string;
  db: TestDatabase;
  app: FastifyInstance;
  a: Org;
  b: Org;
  user: { email: string; password: string };
  /** fetch with org A's token unless another is given. */
  call(path: string, init?: RequestInit & { token?: string | null }): Promise<Response>;
  close(): Promise<void>;
}

async function newOrg(db: TestDatabase, name: string): Promise<Org> {
  const id = await createOrganisation(db.pool, name);
  return { id, token: (await createApiToken(db.pool, id, `${name} token`)).token };
}

export async function startTestApi(settings: Partial<ServerSettings> = {}): Promise<TestApi> {
  const db = await createTestDatabase();
  const a = await newOrg(db, 'Org A');
  const b = await newOrg(db, 'Org B');
  const user = { email: 'tm@example.com', password: 'correct horse battery staple' };
  await addMembership(db.pool, a.id, await createUser(db.pool, user.email, user.password), 'member');

  const config = loadConfig({ DATABASE_URL: db.url, IMPORT_JOB_LEASE_SECONDS: '5', IMPORT_JOB_MAX_ATTEMPTS: '4' });
  const app = await buildServer({
    pool: db.pool, config, log: createLogger({ level: 'silent' }), databaseUrl: db.url,
    settings: { workerSecret: WORKER_SECRET, metricsToken: METRICS_TOKEN, importStartsPerMinute: 1000, ...settings },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url, db, app, a, b, user,
    call(path, init = {}) {
      const { token = a.token, headers, ...rest } = init;
      const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return fetch(`${url}${path}`, { ...rest, headers: { ...auth, ...(headers as Record<string, string>) } });
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/server/${name}`, import.meta.url));
}

/** Starts an import of `files` (fixture names) by multipart; returns the response. */
export function uploadFiles(api: TestApi, files: string[], options: { orgId?: string; token?: string; pastedText?: string } = {}): Promise<Response> {
  const form = new FormData();
  if (options.orgId) form.append('orgId', options.orgId);
  for (const name of files) form.append('files', new Blob([fixture(name)]), name);
  if (options.pastedText) form.append('pastedText', options.pastedText);
  return api.call('/api/shows/import/start', { method: 'POST', body: form, token: options.token });
}

export async function json<T = Record<string, any>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** Runs one batch of queued jobs through POST /api/import-worker/process. */
export async function processQueue(api: TestApi): Promise<number> {
  const response = await api.call('/api/import-worker/process', { method: 'POST', token: WORKER_SECRET });
  if (response.status !== 200) throw new Error(`worker route answered ${response.status}: ${await response.text()}`);
  return (await json<{ processed: number }>(response)).processed;
}
