/**
 * Text normalisation shared by every format. The result is what spans point into, so it runs once,
 * on the final text of each page or part, before offsets are computed.
 *
 * Conventions of the output:
 * - lines end in `\n`; no trailing spaces; at most one blank line in a row;
 * - a tab separates columns (table cells, `Label<gap>value`); a run of two or more spaces is a
 *   column gap and becomes one tab — except two or three spaces after a sentence's full stop, which
 *   become one space; spaces next to a tab are dropped, while each tab is kept, so the empty cells
 *   of a row (`a\t\tb`) keep their columns;
 * - NFKC, so ligatures such as "ﬁ" become "fi" and full-width forms become ASCII;
 * - private-use glyphs (icon fonts, unmapped PDF glyphs), zero-width, bidi and control characters dropped,
 *   except the zero-width non-joiner between two Arabic-script characters, which is part of a Persian word's
 *   spelling ("می‌شود", a two-part city name);
 * - a word broken across lines by hyphenation ("perfor-\nmance") is joined onto the first line,
 *   while compounds split at a line end keep their hyphen: the second part starts with a capital or
 *   a digit ("COVID-\n19"), or is a particle ("Load-\nin", "check-\nout").
 * - C1 controls that stand for Windows-1252 characters (a mis-decoded en dash) read as those characters.
 */
import { fromWindows1252Controls } from './cp1252-controls.js';

// Ligatures that NFKC leaves alone (NFKC already expands U+FB00–FB06).
const LIGATURES: Record<string, string> = { 'Ꜳ': 'AA', 'ꜳ': 'aa', 'Ꜹ': 'AV', 'ꜹ': 'av', 'Ꝏ': 'OO', 'ꝏ': 'oo' };
const LIGATURE_PATTERN = new RegExp(`[${Object.keys(LIGATURES).join('')}]`, 'gu');

const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;
// C0/C1 controls except tab and newline, zero-width characters and the BOM; also the bidi controls
// (LRM, RLM, ALM, embeddings, isolates) a right-to-left mail puts before a phone number or an
// address ("‎054-302-1177"): invisible, and they would split the number or stop a pattern.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u200D-\u200F\u061C\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
// The zero-width non-joiner anywhere but between two Arabic-script characters (checked after the other
// invisibles are gone, so a bidi mark beside it does not keep it apart from its letters).
const STRAY_NON_JOINER = /(?<!\p{Script=Arabic})\u200C|\u200C(?!\p{Script=Arabic})/gu;
const HYPHENS = '\\-\\u2010\\u00AD';
// "perfor-\nmance and" → "performance\nand": lowercase letters on both sides of a hyphen at a line end.
const PARTICLES = new Set(['in', 'out', 'up', 'off', 'on', 'over', 'down', 'back', 'by', 'and', 'to']);
const BROKEN_WORD = new RegExp(`(\\p{Ll}[${HYPHENS}])\\n([ \\t]*)(\\p{Ll}+)([,.;:!?)]*)[ \\t]*`, 'gu');

export function normaliseText(input: string): string {
  let text = fromWindows1252Controls(input.replace(/\r\n?|[\u2028\u2029\f\v]/g, '\n'));
  text = text.replace(LIGATURE_PATTERN, (ch) => LIGATURES[ch] ?? ch).normalize('NFKC');
  text = text.replace(PRIVATE_USE, '').replace(INVISIBLE, '').replace(STRAY_NON_JOINER, '');
  // A soft hyphen marks a hyphenation point: inside a line it is invisible.
  text = text.replace(/\u00AD(?!\n)/g, '');
  text = text.replace(BROKEN_WORD, (_m, head: string, _indent: string, tail: string, punct: string) =>
    `${PARTICLES.has(tail) ? head : head.slice(0, -1)}${tail}${punct}\n`);
  const lines = text.split('\n').map(normaliseLine);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

function normaliseLine(line: string): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const body = line.slice(indent.length).trimEnd()
    .replace(/([.!?]) {2,3}(?=\p{Lu})/gu, '$1 ')
    // Each tab is a cell boundary: a run of them keeps its empty cells, so columns stay aligned.
    .replace(/ *(\t+) *| {2,}/g, (_gap, tabs: string | undefined) => tabs ?? '\t');
  return body ? indent + body : '';
}

// Hoisted: a pattern literal in the loop makes a RegExp per token, which cost more than the tests.
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Words as a reader would count them: whitespace-separated tokens with a letter or digit. */
export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/)) if (WORDLIKE.test(token)) words++;
  return words;
}
