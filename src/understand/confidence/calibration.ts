/**
 * Features → calibrated probability, from the fitted table `calibration.json` (made by
 * scripts/fit-calibration.ts: isotonic regression over evidence classes, see docs/understanding.md).
 * A class the table has no data for falls back to its coarser classes, then to a prior per method.
 */
import fitted from './calibration.json' with { type: 'json' };
import type { Features } from './features.js';
import { classKeys } from './features.js';

export interface CalibrationTable {
  /** Evidence class key → probability of being right, with the count it was fitted on. */
  classes: Record<string, { score: number; n: number }>;
  fittedOn: string;
}

/** Before any fitting: how often each method is right, as a careful guess. */
const PRIOR: Record<string, number> = {
  schema_org: 0.95, table: 0.88, label: 0.88, merged: 0.9, pattern: 0.75, inferred: 0.6, llm: 0.7, ocr: 0.7,
};
/** Classes with fewer fitted values than this are not trusted; the coarser class answers instead. */
const MIN_COUNT = 8;

const table: CalibrationTable = fitted as CalibrationTable;

function prior(x: Features): number {
  let p = PRIOR[x.method] ?? 0.6;
  if (x.ocr) p *= 0.85;
  if (x.validation === 'invalid') p *= 0.4;
  return adjust(p, x);
}

export function calibrated(x: Features, using: CalibrationTable = table): number {
  const [exact, ...coarser] = classKeys(x);
  const hit = using.classes[exact!];
  if (hit && hit.n >= MIN_COUNT) return hit.score;
  for (const key of coarser) {
    const c = using.classes[key];
    // A coarser class does not know about agreement or conflict: apply those as the prior does.
    if (c && c.n >= MIN_COUNT) return adjust(c.score, x);
  }
  return prior(x);
}

function adjust(p: number, x: Features): number {
  let q = p;
  if (x.agreed) q = 1 - (1 - q) / 2;
  if (x.conflict) q *= 0.6;
  return q;
}

/** Rounded for output: two decimals are all a probability fitted on this much data can claim. */
export function roundScore(p: number): number {
  return Math.round(Math.min(0.99, Math.max(0.01, p)) * 100) / 100;
}
