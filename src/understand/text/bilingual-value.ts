/**
 * A bilingual form writes each value in both of its labels' languages ("Wyżywienie / Board:
 * Śniadanie w cenie / Breakfast included"). A free-text value is kept in one language: the half in
 * the position of the label's plain-Latin half, when only one label half is plain Latin (the other
 * carries letters with diacritics) and the value's halves line up with the label's.
 */
import { labelKey } from './lexicon.js';

const PLAIN = /^[A-Za-z0-9 .,&'’()+-]+$/;
const HALVES = /[ \t]+\/[ \t]+/;

export function latinHalf(label: string, value: string): { value: string; offset: number } | null {
  const labels = label.replace(/[:\s]+$/, '').split(HALVES);
  const values = value.split(HALVES);
  if (labels.length !== 2 || values.length !== 2) return null;
  const plain = labels.map((l) => PLAIN.test(l.trim()));
  if (plain[0] === plain[1]) return null;
  const i = plain[0] ? 0 : 1;
  const half = values[i]!.trim();
  if (!PLAIN.test(half) || PLAIN.test(values[1 - i]!.trim())) return null;
  return { value: half, offset: value.indexOf(half, i === 0 ? 0 : values[0]!.length) };
}

/**
 * A form written in two languages of one script (Welsh and English: "Dyddiad / Date", "Ffi / Fee")
 * whose lexicon knows one half of each label: the value is written twice in the same order
 * ("Dydd Sadwrn 9 Hydref 2027 / Saturday 9 October 2027"), and the import keeps the half in the
 * known label half's language. Brackets inside the kept half are halved the same way.
 */
const KNOWN_HALVES = /^[^/:\d]{2,60}$/;

/** Of a label in two halves ("Dyddiad / Date"), the position of its only half the lexicon knows; null otherwise. */
export function knownHalfAt(label: string): 0 | 1 | null {
  const text = label.replace(/[:\s]+$/, '').trim();
  if (!KNOWN_HALVES.test(text.replace(/\s+\/\s+/, ' '))) return null;
  const halves = text.split(HALVES);
  if (halves.length !== 2) return null;
  const known = halves.map((h) => !!labelKey(h.trim()));
  if (known[0] === known[1]) return null;
  return known[0] ? 0 : 1;
}

/** `text` split at its " / " outside brackets, each part with where it starts. */
export function topLevelHalves(text: string): { text: string; index: number }[] {
  const parts: { text: string; index: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === '/' && /[ \t]/.test(text[i - 1] ?? '') && /[ \t]/.test(text[i + 1] ?? '')) {
      parts.push({ text: text.slice(from, i), index: from });
      from = i + 1;
    }
  }
  parts.push({ text: text.slice(from), index: from });
  return parts.map((p) => {
    const lead = p.text.length - p.text.trimStart().length;
    return { text: p.text.trim(), index: p.index + lead };
  });
}

/** The half at `at` of a value written twice ("Dim / None – band brings own amps"), with its offset; null when it is not in two halves. */
export function halfAt(value: string, at: 0 | 1): { value: string; offset: number } | null {
  const halves = topLevelHalves(value);
  if (halves.length !== 2 || !halves.every((h) => /\p{L}/u.test(h.text))) return null;
  const half = dashed(halves, at) ?? halves[at]!;
  // "(drws cefn / back door)": a bracket written twice keeps its own half too.
  const kept = half.text.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    const parts = topLevelHalves(inner);
    return parts.length === 2 ? `(${parts[at]!.text})` : whole;
  });
  return { value: kept, offset: half.index };
}

/** Separators of a value's parts: a spaced dash, then a comma. */
const SEPARATORS = [/[ \t][–—-][ \t]/, /,[ \t]/];

/**
 * A slash that glosses one part only: "Y Sied – Y Stiwdio Fach / Small Studio" doubles the room's
 * name, "Dim / None – artist brings all" the first word, "Caffi, 18:00, i 6 o bobl / for 6 people"
 * the count; the parts the other half leaves out are kept.
 */
function dashed(halves: { text: string; index: number }[], at: 0 | 1): { text: string; index: number } | null {
  const [first, second] = halves as [{ text: string; index: number }, { text: string; index: number }];
  for (const separator of SEPARATORS) {
    const inFirst = [...first.text.matchAll(new RegExp(separator, 'g'))].at(-1);
    const inSecond = separator.exec(second.text);
    if (!!inFirst === !!inSecond) continue;
    if (inFirst && at === 1) return { text: `${first.text.slice(0, inFirst.index + inFirst[0].length)}${second.text}`, index: first.index };
    if (inSecond && at === 0) return { text: `${first.text}${second.text.slice(inSecond.index)}`, index: first.index };
    return null;
  }
  return null;
}

/** A doubled value under a two-language label with one known half: the known language's half. */
export function knownHalf(label: string, value: string): { value: string; offset: number } | null {
  const at = knownHalfAt(label);
  return at === null ? null : halfAt(value, at);
}

/**
 * The position of the known half of a form written in two languages throughout: three or more of
 * its labels have one known half, all at the same position; null otherwise.
 */
export function formKnownHalf(labels: readonly string[]): 0 | 1 | null {
  const at = labels.map(knownHalfAt).filter((a): a is 0 | 1 => a !== null);
  return at.length >= 3 && at.every((a) => a === at[0]) ? at[0]! : null;
}
