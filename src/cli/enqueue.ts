import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { withDatabase } from '../db/connect.js';
import { addJob, type SourceInput } from '../jobs/add.js';
import { defaultOrganisation } from '../jobs/organisations.js';
import type { Command } from './command.js';

export const command: Command = {
  summary: 'queue an import of files and pasted text; prints the job id',
  usage: `Usage: intake enqueue FILE… [--paste FILE] [--priority N] [--org ORG_ID]

  FILE…          documents to import (any number)
  --paste FILE   text to import as if pasted (repeatable; "-" reads standard input)
  --priority N   higher runs first (default 0)
  --org ORG_ID   the organisation (default: the first one, created if none)`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: { paste: { type: 'string', multiple: true }, priority: { type: 'string' }, org: { type: 'string' } },
    });
    const pasted = values.paste ?? [];
    if (positionals.length === 0 && pasted.length === 0) {
      process.stderr.write('intake enqueue: give at least one FILE or --paste FILE\n');
      return 2;
    }
    const priority = values.priority === undefined ? 0 : Number(values.priority);
    if (!Number.isInteger(priority)) {
      process.stderr.write('intake enqueue: --priority must be an integer\n');
      return 2;
    }
    for (const file of positionals) {
      if (!(await stat(file)).isFile()) throw new Error(`${file} is not a file`);
    }
    const sources: SourceInput[] = [
      ...positionals.map((file): SourceInput => ({ origin: 'file', fileName: basename(file), content: createReadStream(file) })),
      ...(await Promise.all(pasted.map(async (file): Promise<SourceInput> =>
        ({ origin: 'pasted', text: await readFile(file === '-' ? '/dev/stdin' : file, 'utf8') })))),
    ];
    const config = loadConfig();
    const log = createLogger({ level: config.logLevel, fd: 2 });
    const job = await withDatabase(config, log, async (pool) => addJob(pool, {
      orgId: values.org ?? (await defaultOrganisation(pool)),
      createdBy: 'cli',
      priority,
      maxAttempts: config.worker.maxAttempts,
      sources,
    }));
    process.stdout.write(`${job.id}\n`);
    return 0;
  },
};
