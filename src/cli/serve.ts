import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { openDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { startApi } from '../server/run.js';
import { untilSignalled } from '../worker/service.js';
import type { Command } from './command.js';

export const command: Command = {
  summary: 'run the HTTP API alone (workers run elsewhere)',
  usage: `Usage: intake serve

Serves the HTTP API on HOST:PORT (default 127.0.0.1:3000) until SIGINT/SIGTERM; no worker runs here.
Uses DATABASE_URL, or the embedded PostgreSQL under INTAKE_DATA_DIR; applies migrations first. On the
first start it creates an administrator and prints how to sign in.
Environment: PORT, HOST, DATABASE_URL, IMPORT_MAX_FILE_BYTES, IMPORT_MAX_FILES, IMPORT_MAX_PASTED_CHARS,
IMPORT_START_RATE_LIMIT (per organisation per minute), IMPORT_WORKER_SECRET (≥ 32 characters, enables
POST /api/import-worker/process), METRICS_TOKEN (≥ 32 characters, enables GET /metrics),
SESSION_TTL_SECONDS, LOG_LEVEL.`,
  async run(argv) {
    parseArgs({ args: argv, options: {}, strict: true });
    const config = loadConfig();
    const log = createLogger({ level: config.logLevel });
    const database = await openDatabase(config, log);
    await migrate(database.url);
    const api = await startApi(database.url, config, log);
    const signal = await untilSignalled();
    log.info({ signal }, 'shutting down');
    await api.close();
    await database.close();
    return 0;
  },
};
