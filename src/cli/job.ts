import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { withDatabase } from '../db/connect.js';
import { getJob, getJobEvents, getJobSources } from '../jobs/read.js';
import type { Command } from './command.js';
import { formatProgress, table } from './format.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const command: Command = {
  summary: 'show one import job: status, progress, sources, history',
  usage: `Usage: intake job ID [--json]

  --json   the job, its sources and its events as one JSON object`,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { json: { type: 'boolean' } } });
    const [id] = positionals;
    if (!id || positionals.length > 1 || !UUID.test(id)) {
      process.stderr.write('intake job: give one job id (a UUID)\n');
      return 2;
    }
    const config = loadConfig();
    const found = await withDatabase(config, createLogger({ level: config.logLevel, fd: 2 }), async (pool) => {
      const job = await getJob(pool, id);
      return job && { job, sources: await getJobSources(pool, id), events: await getJobEvents(pool, id) };
    });
    if (!found) {
      process.stderr.write(`intake job: no job ${id}\n`);
      return 1;
    }
    const { job, sources, events } = found;
    if (values.json) {
      process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
      return 0;
    }
    const lines = [
      `job       ${job.id}`,
      `status    ${job.status}`,
      `progress  ${formatProgress(job.progress_data)}`,
      `attempts  ${job.attempts}/${job.max_attempts}`,
      `created   ${job.created_at.toISOString()}`,
      // The current (or last) attempt's claim and end are on the row; history lists what came before.
      ...(job.claimed_at ? [`claimed   ${job.claimed_at.toISOString()} by ${job.locked_by} (attempt ${job.attempts})`] : []),
      ...(job.status === 'processing' ? [`lease     until ${job.locked_until?.toISOString()}`] : []),
      ...(job.finished_at ? [`finished  ${job.finished_at.toISOString()}`] : []),
      ...(job.error ? [`error     ${job.error.code}: ${job.error.message}`] : []),
      '', 'sources',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    process.stdout.write(table(['#', 'name', 'origin', 'bytes', 'sha256'],
      sources.map((s) => [String(s.position), s.file_name, s.origin, String(s.size_bytes), s.sha256.slice(0, 12)])));
    process.stdout.write('\nhistory\n');
    process.stdout.write(table(['at', 'event', 'attempt', 'worker'],
      events.map((e) => [e.at.toISOString(), e.kind, String(e.attempt), e.worker_id ?? ''])));
    return 0;
  },
};
