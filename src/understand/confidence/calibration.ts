/**
 * Features → calibrated probability, from the fitted table `calibration.json` (made by
 * scripts/fit-calibration.ts, see docs/understanding.md "Confidence and calibration").
 * The most specific evidence class the table holds answers; agreement and conflict adjust it.
 * Without a class for the method and validation (too few values fitted), a prior per method answers.
 */
import fitted from './calibration.json' with { type: 'json' };
import type { Features } from './features.js';
import { classKeys } from './features.js';

export interface CalibrationTable {
  /** Evidence class key → probability of being right, with the (weighted) count it was fitted on. */
  classes: Record<string, { score: number; n: number }>;
  fittedOn: string;
}

/** Before any fitting: how often each method is right, as a careful guess. */
const PRIOR: Record<string, number> = {
  schema_org: 0.95, table: 0.88, label: 0.88, merged: 0.9, pattern: 0.75, inferred: 0.6, llm: 0.7, ocr: 0.7,
};

const table: CalibrationTable = fitted as CalibrationTable;

function prior(x: Features): number {
  let p = PRIOR[x.method] ?? 0.6;
  if (x.ocr) p *= 0.85;
  if (x.validation === 'invalid') p *= 0.4;
  return p;
}

/** The fitted probability before agreement and conflict, from the most specific class fitted. */
export function classScore(x: Features, using: CalibrationTable = table): number {
  // A method's class alone averages over validation: an invalid value must not take that average.
  const key = classKeys(x).find((k) => using.classes[k] && k.includes('|'));
  return key ? using.classes[key]!.score : prior(x);
}

export function calibrated(x: Features, using: CalibrationTable = table): number {
  let q = classScore(x, using);
  if (x.agreed) q = 1 - (1 - q) / 2;
  if (x.conflict) q *= 0.6;
  return q;
}

/** Rounded for output: two decimals are all a probability fitted on this much data can claim. */
export function roundScore(p: number): number {
  return Math.round(Math.min(0.99, Math.max(0.01, p)) * 100) / 100;
}
