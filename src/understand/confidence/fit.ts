/**
 * Labelled values → calibration table. Per evidence class the probability of being right is the
 * share right, shrunk towards its coarser class's: (right + K · parent) / (n + K), from the share
 * right over everything down to the most specific class, so a class with few values says little
 * more than its parent. Classes with fewer than MIN_COUNT (weighted) values are left out: the
 * coarser class answers for them.
 */
import type { CalibrationTable } from './calibration.js';
import { classKeys, type Features } from './features.js';

/** How many values' worth of its parent's rate a class's own count must outweigh. */
const K = 10;
const MIN_COUNT = 8;

/** One predicted value, whether it was right, and how many times it counts. */
export interface Labelled { features: Features; right: boolean; weight: number }

export function fitTable(values: Labelled[], fittedOn: string): CalibrationTable {
  const counts = new Map<string, { n: number; right: number }>();
  let n = 0;
  let right = 0;
  for (const v of values) {
    n += v.weight;
    if (v.right) right += v.weight;
    for (const key of classKeys(v.features)) {
      const c = counts.get(key) ?? { n: 0, right: 0 };
      c.n += v.weight;
      if (v.right) c.right += v.weight;
      counts.set(key, c);
    }
  }
  // Coarse before fine, so each class's parent is scored before it.
  const keys = [...counts.keys()].sort((a, b) => a.split('|').length - b.split('|').length || a.localeCompare(b));
  const scores = new Map<string, number>();
  const overall = (right + 1) / (n + 2);
  const table: CalibrationTable = { classes: {}, fittedOn };
  for (const key of keys) {
    const c = counts.get(key)!;
    const parent = key.includes('|') ? scores.get(key.slice(0, key.lastIndexOf('|')))! : overall;
    const score = (c.right + K * parent) / (c.n + K);
    scores.set(key, score);
    if (c.n >= MIN_COUNT) table.classes[key] = { score: Math.round(score * 1000) / 1000, n: c.n };
  }
  return table;
}
