import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { withDatabase } from '../db/connect.js';
import { listJobs } from '../jobs/read.js';
import type { ImportJobStatus } from '../interfaces.js';
import type { Command } from './command.js';
import { formatProgress, table } from './format.js';

const STATUSES: ImportJobStatus[] = ['pending', 'processing', 'completed', 'failed', 'committed', 'cancelled'];

export const command: Command = {
  summary: 'list import jobs, newest first',
  usage: `Usage: intake jobs [--status S] [--limit N] [--json]

  --status S   only jobs in status S (${STATUSES.join(', ')})
  --limit N    at most N jobs (default 50)
  --json       one JSON array instead of a table`,
  async run(argv) {
    const { values } = parseArgs({
      args: argv, strict: true,
      options: { status: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
    });
    const status = values.status as ImportJobStatus | undefined;
    if (status !== undefined && !STATUSES.includes(status)) {
      process.stderr.write(`intake jobs: --status must be one of ${STATUSES.join(', ')}\n`);
      return 2;
    }
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) {
      process.stderr.write('intake jobs: --limit must be a positive integer\n');
      return 2;
    }
    const config = loadConfig();
    const jobs = await withDatabase(config, createLogger({ level: config.logLevel, fd: 2 }),
      (pool) => listJobs(pool, { status, limit }));
    if (values.json) {
      process.stdout.write(`${JSON.stringify(jobs, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(table(['id', 'status', 'attempts', 'progress', 'created', 'error'], jobs.map((job) => [
      job.id, job.status, `${job.attempts}/${job.max_attempts}`, formatProgress(job.progress_data),
      job.created_at.toISOString(), job.error ? `${job.error.code}: ${job.error.message}` : '',
    ])));
    return 0;
  },
};
