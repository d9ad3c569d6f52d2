/**
 * A real worker process for tests: `node --import tsx test/helpers/worker-process.ts`, configured by
 * the same environment as `intake worker` (DATABASE_URL, IMPORT_*), plus RETRY_BASE_MS and
 * SHUTDOWN_DEADLINE_MS. Its task records every execution in `test_executions` (start, and end when it
 * gets there), so a test can prove exactly-once and never-two-holders. What the task does is chosen by
 * the job's `created_by`: (null) no-op, `sleep:MS` (stops when told), `stall-first` (the first attempt
 * never ends by itself, later ones are no-ops), `poison` (always throws),
 * `permanent` (throws PermanentJobError). The table: test/helpers/processes.ts.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createPool } from '../../src/db/pool.js';
import { PermanentJobError, type ImportTask } from '../../src/jobs/types.js';
import { startWorker } from '../../src/worker/worker.js';
import { untilSignalled } from '../../src/worker/service.js';
import { retryTransient } from '../../src/worker/retry.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel, fd: 2 });
  const pool = createPool(config.databaseUrl!, { max: config.worker.concurrency, log });

  // The record itself waits through database outages, so that it never fails a job of its own accord.
  const record = <T extends pg.QueryResultRow>(sql: string, params: unknown[]) =>
    retryTransient(() => pool.query<T>(sql, params), () => true, () => undefined);

  const task: ImportTask = async ({ job, claim }, { signal }) => {
    const { rows } = await record<{ id: number }>(
      'INSERT INTO test_executions (job_id, worker_id, attempt) VALUES ($1, $2, $3) RETURNING id',
      [job.id, claim.workerId, claim.attempt]);
    const behaviour = job.created_by ?? '';
    try {
      if (behaviour.startsWith('sleep:')) await sleep(Number(behaviour.slice(6)), undefined, { signal });
      if (behaviour === 'stall-first' && claim.attempt === 1) await sleep(600_000, undefined, { signal });
      if (behaviour === 'poison') throw new Error('poison job');
      if (behaviour === 'permanent') throw new PermanentJobError('file_corrupt', 'unreadable');
      return { extracted: { by: claim.workerId }, confidence_map: {} };
    } finally {
      await record('UPDATE test_executions SET finished_at = clock_timestamp() WHERE id = $1', [rows[0]!.id]);
    }
  };

  const worker = startWorker({
    databaseUrl: config.databaseUrl!, task, config: config.worker, log,
    retryBaseMs: Number(process.env.RETRY_BASE_MS ?? 100),
  });
  process.stdout.write(`ready ${worker.id}\n`);
  await untilSignalled();
  await worker.stop(Number(process.env.SHUTDOWN_DEADLINE_MS ?? 5000));
  await pool.end();
}

main().catch((error: unknown) => {
  process.stderr.write(`worker process failed: ${String(error)}\n`);
  process.exit(1);
});
