/**
 * The import job lifecycle. One row in `import_jobs` per import; every change is one SQL statement that
 * checks the state it starts from, so concurrent workers can never both win.
 *
 *   add ──▶ pending ──claim──▶ processing ──complete──▶ completed ──(show saved)──▶ committed
 *            ▲   ▲               │  │  │
 *            │   └──fail/reclaim─┘  │  └──fail/reclaim, attempts spent, or permanent error──▶ failed
 *            │     (backoff, retry) │
 *            └──release (shutdown)──┘      pending | processing ──cancel──▶ cancelled
 *
 * Invariants:
 * - `processing` ⇔ the row names its holder (`locked_by`) and its lease end (`locked_until`): every
 *   write here sets them together, and reclaim takes back a processing row that lacks either (no
 *   CHECK: it cost every write, migrations/004). `status` itself is an enum.
 * - `attempts` rises at claim. Release gives the attempt back (the work was interrupted by us, not by
 *   the job); fail and reclaim keep it, so a job that kills its worker every time still runs out.
 * - Writes about a running job (heartbeat, progress, complete, fail, release) are fenced by the claim
 *   (job id + worker id + attempt): once the lease was taken over, the old holder's writes change
 *   nothing, and the answer "no row" tells it to stop its work.
 * - History: the row holds the current attempt (`claimed_at`, `attempts`, `locked_by` — the holder, or
 *   the last one — and `finished_at`); every transition that the row would otherwise forget (failure,
 *   retry, release, reclaim, cancel) and every progress report is written to `import_job_events` in the
 *   same statement, so a failed job keeps its whole history. The success path (claim, complete) writes
 *   no event row: that was a fifth of the queue's server CPU per job (docs/queue.md).
 * - Readers (list, get) never lock job rows.
 *
 * The operations, one module each — why, and one call's median wall time (10,000 pending jobs, embedded
 * PostgreSQL 18, one connection, quiet 2-core machine; writes are mostly the commit's WAL flush;
 * `npm run bench:queue`):
 *   add.ts        job + sources + event in one transaction: never a job without its files      1.00 ms
 *   claim.ts      prepared statement: SKIP LOCKED, attempts+1, lease, one statement           0.46 ms
 *   heartbeat.ts  fenced lease renewal, no event (it says nothing new)                         0.27 ms
 *   progress.ts   app_update_import_job_progress: fenced, renews the lease, records an event   0.36 ms
 *   complete.ts   fenced: a taken-over worker cannot overwrite the new holder's result         0.29 ms
 *   fail.ts       fenced; retry after backoff, or failed when permanent or attempts are spent  0.40 ms
 *   release.ts    fenced; shutdown hands the job back with its attempt                         0.33 ms
 *   reclaim.ts    expired leases back to pending (or failed); partial index keeps idle cheap   0.13 ms
 *   cancel.ts     a person gives up; the holder's next heartbeat finds its claim gone
 *   read.ts       plain SELECTs: list 50 jobs 1.27 ms, get one 0.17 ms
 * Queue throughput and CPU against graphile-worker and pg-boss: docs/queue.md.
 */
import type { Claim } from './types.js';

/** WHERE clause of every fenced write; parameters $1..$3 come from `fenceParams`. */
export const FENCED = `id = $1 AND locked_by = $2 AND attempts = $3 AND status = 'processing'`;

export function fenceParams(claim: Claim): [string, string, number] {
  return [claim.jobId, claim.workerId, claim.attempt];
}

/** A duration in seconds as a PostgreSQL interval literal. */
export function interval(seconds: number): string {
  return `${seconds} seconds`;
}

/** Base delay of the first retry (ms); doubled each attempt, with jitter (app_import_job_backoff). */
export const DEFAULT_RETRY_BASE_MS = 2000;
