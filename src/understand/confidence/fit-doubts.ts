/**
 * Blind-read values → doubt factors (doubts.ts). The model: P(right) = score · g · Π factor(doubt),
 * where score is the value's class score, g how much less often values of unseen documents are
 * right than their scores say (fitted, then left out: the class table answers for values without
 * doubts) and each factor ≤ 1. Fitted by alternating updates, each factor shrunk towards 1 by K
 * values that behave as predicted; doubts seen on fewer than MIN_COUNT values are left out.
 */
import type { DoubtTable } from './doubts.js';

const K = 10;
const MIN_COUNT = 20;
const ROUNDS = 50;

/** One blind-read value: its class score, whether it was right, and its doubts. */
export interface DoubtedValue { score: number; right: boolean; doubts: readonly string[] }

export function fitDoubts(values: readonly DoubtedValue[], fittedOn: string): DoubtTable {
  const factor = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const v of values) for (const d of v.doubts) counts.set(d, (counts.get(d) ?? 0) + 1);
  const kept = [...counts.keys()].filter((d) => counts.get(d)! >= MIN_COUNT).sort();
  for (const d of kept) factor.set(d, 1);
  const predicted = (v: DoubtedValue, without?: string) =>
    v.doubts.reduce((p, d) => (d === without ? p : p * (factor.get(d) ?? 1)), v.score);
  const rights = values.filter((v) => v.right).length;
  let g = 1;
  for (let round = 0; round < ROUNDS; round++) {
    g = rights / values.reduce((sum, v) => sum + predicted(v), 0);
    for (const d of kept) {
      const mine = values.filter((v) => v.doubts.includes(d));
      const right = mine.filter((v) => v.right).length;
      const expected = mine.reduce((sum, v) => sum + g * predicted(v, d), 0);
      factor.set(d, Math.min(1, (right + K) / (expected + K)));
    }
  }
  const table: DoubtTable = { factors: {}, unseen: Math.round(g * 1000) / 1000, fittedOn };
  for (const d of kept) table.factors[d] = { factor: Math.round(factor.get(d)! * 1000) / 1000, n: counts.get(d)! };
  return table;
}
