import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { openDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import type { Command } from './command.js';

export const command: Command = {
  summary: 'apply database migrations',
  usage: `Usage: intake migrate

Applies the migrations not yet applied, in order, each in a transaction. Safe to run from several
processes at once. Uses DATABASE_URL, or the embedded PostgreSQL under INTAKE_DATA_DIR (default .intake).`,
  async run(argv) {
    parseArgs({ args: argv, options: {}, strict: true });
    const config = loadConfig();
    const log = createLogger({ level: config.logLevel, fd: 2 });
    const database = await openDatabase(config, log);
    try {
      const applied = await migrate(database.url);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'up to date\n');
    } finally {
      await database.close();
    }
    return 0;
  },
};
