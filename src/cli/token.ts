import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { openDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { createPool } from '../db/pool.js';
import { createApiToken } from '../auth/tokens.js';
import type { Command } from './command.js';

export const command: Command = {
  summary: 'create an API token for an organisation',
  usage: `Usage: intake token create --org ORG_ID [--name NAME]

Prints a new API token for the organisation, once: only its digest is stored. Send it as
\`Authorization: Bearer <token>\`.`,
  async run(argv) {
    const { positionals, values } = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: { org: { type: 'string' }, name: { type: 'string', default: 'cli' } },
    });
    if (positionals[0] !== 'create' || positionals.length !== 1 || !values.org) {
      process.stderr.write(`${this.usage}\n`);
      return 2;
    }
    const config = loadConfig();
    const log = createLogger({ level: config.logLevel, fd: 2 });
    const database = await openDatabase(config, log);
    const pool = createPool(database.url, { max: 1, log });
    try {
      await migrate(database.url);
      const { rowCount } = await pool.query('SELECT 1 FROM organisations WHERE id::text = $1', [values.org]);
      if (!rowCount) {
        process.stderr.write(`intake token: no organisation ${values.org}\n`);
        return 1;
      }
      const created = await createApiToken(pool, values.org, values.name);
      process.stdout.write(`${created.token}\n`);
      process.stderr.write(`Token ${created.prefix}… created for organisation ${values.org}. It is shown only this once.\n`);
      return 0;
    } finally {
      await pool.end();
      await database.close();
    }
  },
};
