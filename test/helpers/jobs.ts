/** Many jobs at once for queue tests (one INSERT), and waiting for the queue to reach a state. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Queryable } from '../../src/db/pool.js';
import { createOrganisation } from '../../src/jobs/organisations.js';

export async function insertJobs(
  db: Queryable, count: number, options: { createdBy?: string; priority?: number; maxAttempts?: number; orgId?: string } = {},
): Promise<string[]> {
  const orgId = options.orgId ?? (await createOrganisation(db, 'Test organisation'));
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO import_jobs (org_id, created_by, priority, max_attempts)
     SELECT $1, $2, $3, $4 FROM generate_series(1, $5) RETURNING id`,
    [orgId, options.createdBy ?? null, options.priority ?? 0, options.maxAttempts ?? 3, count]);
  return rows.map((r) => r.id);
}

export async function countByStatus(db: Queryable): Promise<Record<string, number>> {
  const { rows } = await db.query<{ status: string; n: number }>(
    'SELECT status, count(*)::int AS n FROM import_jobs GROUP BY status');
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Polls `check` until it returns true or `timeoutMs` passes (then throws, naming `what`). */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
