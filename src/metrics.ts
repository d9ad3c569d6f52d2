/**
 * Prometheus metrics of the import queue, as seen from an API process:
 *   import_jobs_pending, import_jobs_processing   gauges, counted in the database at each scrape;
 *   import_jobs_completed_total, import_jobs_failed_total
 *                                                 counters, fed by the job-update notifications this
 *                                                 process receives (so they count every worker's jobs,
 *                                                 from this process's start);
 *   import_extraction_duration_seconds{section}   histogram of each section's time, read from the
 *                                                 progress history of every job that completes;
 * plus the process metrics prom-client collects (CPU, memory, event loop, GC).
 * Each server has its own registry, so several servers in one process do not clash.
 */
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { JobUpdate } from './worker/job-updates.js';

export interface Metrics {
  registry: Registry;
  /** Feed every job update notification here. */
  onJobUpdate(update: JobUpdate): void;
}

export function createMetrics(pool: Pool): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const queued = (status: 'pending' | 'processing') => new Gauge({
    name: `import_jobs_${status}`,
    help: `Import jobs now ${status}`,
    registers: [registry],
    async collect() {
      const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM import_jobs WHERE status = $1', [status]);
      this.set(rows[0]!.n);
    },
  });
  queued('pending');
  queued('processing');

  const completed = new Counter({ name: 'import_jobs_completed_total', help: 'Import jobs completed', registers: [registry] });
  const failed = new Counter({ name: 'import_jobs_failed_total', help: 'Import jobs failed for good', registers: [registry] });
  const sectionSeconds = new Histogram({
    name: 'import_extraction_duration_seconds',
    help: 'Time spent on each section of an import',
    labelNames: ['section'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });

  // A section runs from the progress event that names it to the next progress event of the completed attempt.
  async function observeSections(jobId: string): Promise<void> {
    const { rows } = await pool.query<{ section: string | null; seconds: number | null }>(
      `SELECT detail ->> 'current_section' AS section,
              extract(epoch FROM lead(at) OVER (ORDER BY id) - at)::float8 AS seconds
         FROM import_job_events
        WHERE job_id = $1 AND kind = 'progress'
          AND attempt = (SELECT attempts FROM import_jobs WHERE id = $1 AND status = 'completed')`,
      [jobId]);
    for (const row of rows) if (row.section && row.seconds !== null) sectionSeconds.observe({ section: row.section }, row.seconds);
  }

  return {
    registry,
    onJobUpdate(update) {
      if (update.status === 'failed') failed.inc();
      if (update.status !== 'completed') return;
      completed.inc();
      observeSections(update.id).catch(() => undefined);
    },
  };
}
