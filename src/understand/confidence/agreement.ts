/**
 * Which predicted leaves agree with a reference answer: the labels calibration is fitted on.
 * List items are aligned greedily to the reference item they share most equal fields with;
 * values are equal after the contract's normalisation — codes, dates and numbers exactly, phones
 * as digits, free text when the token sets overlap with F1 ≥ 0.8 (diacritics and case folded).
 */
import type { ImportData } from '../../interfaces.js';
import { foldText } from '../../reference/index.js';

const LISTS = ['hotels', 'flights', 'food', 'activities', 'contacts'] as const;
const RECORDS = ['general', 'deal', 'technical'] as const;

function tokens(value: string): Set<string> {
  return new Set(foldText(value).split(' ').filter(Boolean));
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  const [x, y] = [String(a), String(b)];
  if (/^\+?[\d ()-]{7,}$/.test(x) && /^\+?[\d ()-]{7,}$/.test(y)) return x.replace(/\D/g, '') === y.replace(/\D/g, '');
  if (foldText(x) === foldText(y)) return true;
  const [tx, ty] = [tokens(x), tokens(y)];
  const shared = [...tx].filter((t) => ty.has(t)).length;
  if (!shared) return false;
  const p = shared / tx.size;
  const r = shared / ty.size;
  return (2 * p * r) / (p + r) >= 0.8;
}

type Item = Record<string, unknown>;

/** Path → whether the predicted leaf at that path equals the reference's. */
function compareItem(pred: Item, gold: Item | undefined, path: string, out: Map<string, boolean>): void {
  for (const [key, value] of Object.entries(pred)) {
    const at = `${path}.${key}`;
    const ref = gold?.[key];
    if (Array.isArray(value)) {
      const refs = Array.isArray(ref) ? (ref as unknown[]) : [];
      value.forEach((v, i) => {
        if (v && typeof v === 'object') {
          const match = (refs as Item[]).find((r) => sameValue((v as Item)['name'], r['name']));
          compareItem(v as Item, match, `${at}[${i}]`, out);
        } else out.set(`${at}[${i}]`, refs.some((r) => sameValue(v, r)));
      });
    } else if (value !== null) out.set(at, sameValue(value, ref));
  }
}

function overlap(a: Item, b: Item): number {
  return Object.entries(a).filter(([k, v]) => !Array.isArray(v) && v !== null && sameValue(v, b[k])).length;
}

export function agreement(pred: ImportData, gold: ImportData): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const section of RECORDS) compareItem(pred[section] as unknown as Item, gold[section] as unknown as Item, section, out);
  for (const section of LISTS) {
    const refs = [...(gold[section] as unknown as Item[])];
    (pred[section] as unknown as Item[]).forEach((item, i) => {
      let best = -1;
      let bestOverlap = 0;
      refs.forEach((r, j) => {
        const o = overlap(item, r);
        if (o > bestOverlap) { best = j; bestOverlap = o; }
      });
      const match = best >= 0 ? refs.splice(best, 1)[0] : undefined;
      compareItem(item, match, `${section}[${i}]`, out);
    });
  }
  return out;
}
