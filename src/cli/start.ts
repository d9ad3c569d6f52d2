import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { apiCompanion } from '../server/run.js';
import { startService, untilSignalled } from '../worker/service.js';
import type { Command } from './command.js';

/** `intake start`: the HTTP API and the worker, on one database (see startService). */
export async function runIntake(): Promise<number> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  const service = await startService(config, log, { withServer: apiCompanion });
  const where = service.database.embedded ? 'embedded PostgreSQL' : 'PostgreSQL from DATABASE_URL';
  process.stderr.write([
    `Intake is running on ${where}.`,
    `  DATABASE_URL=${service.database.url}`,
    '  (more workers: DATABASE_URL=… intake worker)',
    '',
  ].join('\n'));
  const signal = await untilSignalled();
  log.info({ signal }, 'shutting down');
  await service.stop();
  return 0;
}

export const command: Command = {
  summary: 'run Intake: API and worker (embedded PostgreSQL unless DATABASE_URL is set)',
  usage: `Usage: intake start

Starts PostgreSQL (embedded, data under INTAKE_DATA_DIR, default .intake) unless DATABASE_URL is set,
applies migrations, and runs the import worker until SIGINT/SIGTERM. Prints the DATABASE_URL other
workers can use. Environment: see \`intake worker --help\`, and PORT for the API.`,
  async run(argv) {
    parseArgs({ args: argv, options: {}, strict: true });
    return runIntake();
  },
};
