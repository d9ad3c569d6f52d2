/**
 * A form printed in two columns in two languages ("Dyddiad / Date ⇥ Dydd Sadwrn 9 Hydref 2027 /
 * Saturday 9 October 2027") whose text layer stacks each label over its value, with no colon:
 *
 *   Dyddiad / Date
 *   Dydd Sadwrn 9 Hydref 2027 / Saturday 9 October 2027
 *
 * A line that is wholly a two-language label the lexicon knows (one half or both), right below
 * another line (a block's heading stands after a blank line), labels the line below it when that
 * line is no label itself. A doubled value keeps the half in the known label half's language
 * (text/bilingual-value.ts); that half may wrap onto a line of its own below ("… / BACS within 30"
 * over "days of receipt of invoice"), as may a value breaking off before a lower-case word.
 */
import { halfAt, knownHalfAt, topLevelHalves } from './bilingual-value.js';
import type { Labelled } from './labels.js';
import { labelKey } from './lexicon.js';
import type { Line } from './lines.js';

const TWO_HALVES = /^[\p{L}'’ .&-]{2,40}[ \t]+\/[ \t]+[\p{L}'’ .&-]{2,40}$/u;
const COLON_LABEL = /^[^:]{1,48}?\s*[:：]/u;

/** The key of a line that is wholly a two-language label ("Ffi / Fee"), or null; not a heading in capitals. */
function stackedKey(text: string): ReturnType<typeof labelKey> {
  const t = text.trim();
  if (!TWO_HALVES.test(t) || t === t.toUpperCase()) return null;
  return labelKey(t);
}

/** Whether a line is wholly a two-language label: known, or two capitalised words ("Nwyddau / Merchandise") heading a row of their own. */
export function isTwoLanguageLabel(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}[\p{L}'’-]+[ \t]+\/[ \t]+\p{Lu}[\p{L}'’-]+$/u.test(t) || !!stackedKey(t);
}

/** Whether a line is a label of its own: a two-language one, or one before a colon. */
export function isLabelLine(text: string): boolean {
  const t = text.trim();
  const colon = COLON_LABEL.exec(t);
  return isTwoLanguageLabel(t) || (!!colon && !!labelKey(colon[0].replace(/[:：]\s*$/u, '')));
}

/** Two lines with the same figures, in order, and at least two of them ("27 … CF10 5LE"). */
function sameFigures(a: string, b: string): boolean {
  const figures = (t: string) => (t.match(/\d+/g) ?? []).join(' ');
  return figures(a).split(' ').length >= 2 && figures(a) === figures(b) && a.trim() !== b.trim();
}

export function stackedBilingualLabels(text: string, lines: Line[], taken: ReadonlySet<number>): Labelled[] {
  const out: Labelled[] = [];
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const key = taken.has(i) ? null : stackedKey(line.text);
    if (!key || !lines[i - 1]!.text.trim()) continue;
    const first = lines[i + 1]!;
    if (!first.text.trim() || /\t/.test(first.text) || isLabelLine(first.text) || taken.has(first.index)) continue;
    // "12 Heol y Castell, … SA1 2AB" over "12 Castle Road, … SA1 2AB": written twice line by line, the same figures in both.
    const below = lines[i + 2];
    if (knownHalfAt(line.text) === 1 && below && sameFigures(first.text, below.text) && !isLabelLine(below.text)) {
      const t = below.text.trim();
      const at = below.start + below.text.indexOf(t);
      out.push({ key, label: line.text.trim(), value: t, span: [at, at + t.length], line });
      continue;
    }
    const body = [first];
    const doubled = topLevelHalves(first.text).length === 2;
    const next = lines[i + 2];
    // The value wraps: a lower-case word goes on, or the doubled value's second half goes on without a slash of its own.
    if (next && next.text.trim() && !isLabelLine(next.text) && !/\t/.test(next.text)
      && (/^\s*\p{Ll}/u.test(next.text) || (doubled && knownHalfAt(line.text) === 1 && topLevelHalves(next.text).length === 1 && !/^\s*\p{Lu}/u.test(next.text)))) body.push(next);
    const start = first.start + first.text.indexOf(first.text.trim());
    const end = body.at(-1)!.start + body.at(-1)!.text.trimEnd().length;
    const whole = text.slice(start, end).replace(/\s*\n\s*/g, ' ');
    const at = knownHalfAt(line.text);
    const half = at === null ? null : halfAt(whole, at);
    if (half) out.push({ key, label: line.text.trim(), value: half.value, span: [start + half.offset, end], line });
    else out.push({ key, label: line.text.trim(), value: whole, span: [start, end], line });
  }
  return out;
}
