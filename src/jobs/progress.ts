/**
 * Progress: which section and source a running job is at. Through `app_update_import_job_progress`
 * (migrations/001), which writes only while the caller still holds its claim, renews the lease, and
 * records a `progress` event. False means the claim is gone and the work must stop.
 */
import type { ProgressUpdate } from '../interfaces.js';
import type { Queryable } from '../db/pool.js';
import { fenceParams, interval } from './lifecycle.js';
import type { Claim } from './types.js';

export async function writeProgress(db: Queryable, claim: Claim, update: ProgressUpdate, leaseSeconds: number): Promise<boolean> {
  const { rows } = await db.query<{ held: boolean }>({
    name: 'intake_progress',
    text: 'SELECT app_update_import_job_progress($1, $2, $3, $4::jsonb, $5::interval) AS held',
    values: [...fenceParams(claim), JSON.stringify(update), interval(leaseSeconds)],
  });
  return rows[0]?.held === true;
}
