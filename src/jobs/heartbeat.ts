/**
 * Heartbeat: a running job's holder pushes its lease end forward. Fenced: false means the claim is gone
 * (reclaimed, released or cancelled) and the work must stop. No event row: heartbeats say nothing new.
 */
import type { Queryable } from '../db/pool.js';
import { FENCED, fenceParams, interval } from './lifecycle.js';
import type { Claim } from './types.js';

export async function extendLease(db: Queryable, claim: Claim, leaseSeconds: number): Promise<boolean> {
  const { rowCount } = await db.query({
    name: 'intake_heartbeat',
    text: `UPDATE import_jobs SET locked_until = now() + $4::interval, worker_heartbeat_at = now() WHERE ${FENCED}`,
    values: [...fenceParams(claim), interval(leaseSeconds)],
  });
  return rowCount === 1;
}
