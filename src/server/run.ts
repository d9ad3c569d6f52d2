/**
 * Running the API on a database: a pool, the first-start account, the server listening on HOST:PORT.
 * `intake serve` runs it alone; `intake start` runs it beside the worker (`apiCompanion`).
 */
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import { createPool } from '../db/pool.js';
import { describeDefaultAccount, ensureDefaultAccount } from '../auth/default-account.js';
import type { Companion } from '../worker/service.js';
import { buildServer } from './app.js';
import { loadServerSettings } from './settings.js';

export interface RunningApi {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startApi(databaseUrl: string, config: Config, log: Logger): Promise<RunningApi> {
  const pool = createPool(databaseUrl, { max: 10, log });
  const app = await buildServer({ pool, config, log, databaseUrl });
  const url = await app.listen({ port: config.port, host: loadServerSettings().host });
  const account = await ensureDefaultAccount(pool);
  process.stderr.write(`Intake API listening on ${url} (OpenAPI: ${url}/api/openapi.json)\n`);
  if (account) process.stderr.write(`${describeDefaultAccount(account, url)}\n`);
  return {
    app,
    url,
    async close() {
      await app.close();
      await pool.end();
    },
  };
}

/** For `startService({ withServer: apiCompanion })`: the API beside the worker, on the same database. */
export const apiCompanion: Companion = async (databaseUrl) => {
  const config = loadConfig();
  return startApi(databaseUrl, config, createLogger({ level: config.logLevel }));
};
