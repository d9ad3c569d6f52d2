/**
 * A compact field scorer, written apart from the product's code so that it can judge it: every
 * non-null leaf of `extracted` (warnings aside) is a field; list items are aligned to the reference
 * item they share most equal fields with; a field is a true positive when both sides hold equal
 * values, a false positive when only the prediction (or a wrong value) holds it, a false negative
 * when the reference holds it and the prediction does not (or holds a wrong one).
 *
 * Equality normalises as the data contract says: numbers exactly; phones as digits with a leading
 * `+`; codes, dates, references and flight numbers compared without case, spaces, hyphens or leading
 * zeros; free text when the token sets (case and diacritics folded, honorifics dropped) overlap
 * with F1 ≥ 0.8.
 */
export interface Counts { tp: number; fp: number; fn: number }

type Value = unknown;
type Item = Record<string, Value>;

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mstr', 'dr', 'prof']);

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[ﬁﬂ]/g, (l) => (l === 'ﬁ' ? 'fi' : 'fl')).toLowerCase();
const compact = (s: string) => fold(s).replace(/[\s-]+/g, '').replace(/(\p{L})0+(?=\d)/gu, '$1');
const tokens = (s: string) => new Set(fold(s).split(/[^\p{L}\p{N}]+/u).filter((t) => t && !HONORIFICS.has(t)));
const isPhone = (s: string) => /^\+?[\d ()/.-]{7,}$/.test(s);

export function equal(a: Value, b: Value): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  const [x, y] = [String(a), String(b)];
  if (isPhone(x) && isPhone(y)) return x.replace(/[^\d+]/g, '') === y.replace(/[^\d+]/g, '');
  if (compact(x) === compact(y)) return true;
  const [tx, ty] = [tokens(x), tokens(y)];
  const shared = [...tx].filter((t) => ty.has(t)).length;
  return shared > 0 && (2 * shared) / (tx.size + ty.size) >= 0.8;
}

const present = (v: Value) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length);
const isItem = (v: Value): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How many fields a value holds: a leaf is one, an item or list the sum of its parts. */
function size(v: Value): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + size(x), 0);
  if (isItem(v)) return Object.values(v).reduce((n: number, x) => n + size(x), 0);
  return present(v) ? 1 : 0;
}

function add(into: Counts, c: Counts): void {
  into.tp += c.tp; into.fp += c.fp; into.fn += c.fn;
}

function compareValue(pred: Value, gold: Value): Counts {
  if (Array.isArray(pred) || Array.isArray(gold)) return compareList((pred ?? []) as Value[], (gold ?? []) as Value[]);
  if (isItem(pred) || isItem(gold)) return compareItem((pred ?? {}) as Item, (gold ?? {}) as Item);
  if (!present(pred)) return { tp: 0, fp: 0, fn: present(gold) ? 1 : 0 };
  if (!present(gold)) return { tp: 0, fp: 1, fn: 0 };
  return equal(pred, gold) ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
}

function compareItem(pred: Item, gold: Item): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const key of new Set([...Object.keys(pred), ...Object.keys(gold)])) add(c, compareValue(pred[key], gold[key]));
  return c;
}

/** Greedy alignment: each predicted item takes the free reference item it agrees with most. */
function compareList(pred: Value[], gold: Value[]): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  const free = [...gold];
  for (const p of pred) {
    let best = -1;
    let bestTp = 0;
    free.forEach((g, j) => {
      const { tp } = compareValue(p, g);
      if (tp > bestTp) { best = j; bestTp = tp; }
    });
    if (best < 0) { c.fp += size(p); continue; }
    add(c, compareValue(p, free.splice(best, 1)[0]));
  }
  c.fn += size(free);
  return c;
}

/** Field counts of one import's prediction against its reference, warnings left out. */
export function scoreImport(pred: Item, gold: Item): Counts {
  const { warnings: _p, ...p } = pred;
  const { warnings: _g, ...g } = gold;
  return compareItem(p, g);
}

export function f1({ tp, fp, fn }: Counts): number {
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}
