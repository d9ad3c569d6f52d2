import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { startService, untilSignalled } from '../worker/service.js';
import type { Command } from './command.js';

export const command: Command = {
  summary: 'run a standalone import worker (also: npm run import:worker)',
  usage: `Usage: intake worker

Claims and runs import jobs until SIGINT/SIGTERM, then lets running jobs finish (or releases them) and
exits. Start as many as you like, on any machine that reaches the database.
Environment: DATABASE_URL (unset: the embedded PostgreSQL under INTAKE_DATA_DIR), IMPORT_WORKER_CONCURRENCY,
IMPORT_WORKER_BATCH_SIZE, IMPORT_WORKER_POLL_INTERVAL (ms), IMPORT_JOB_LEASE_SECONDS, LOG_LEVEL.`,
  async run(argv) {
    parseArgs({ args: argv, options: {}, strict: true });
    const config = loadConfig();
    const log = createLogger({ level: config.logLevel });
    const service = await startService(config, log);
    const signal = await untilSignalled();
    log.info({ signal }, 'shutting down');
    await service.stop();
    return 0;
  },
};
