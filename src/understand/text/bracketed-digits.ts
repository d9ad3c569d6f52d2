/**
 * A contract writes its numbers twice, in words and then in digits in brackets: "el viernes veintiuno (21) de
 * noviembre de dos mil veintiséis (2026)", "en tres (3) habitaciones", "para ocho (8) personas", "forty (40)
 * minutes". Every reader downstream looks for digits next to the day, month or thing counted, and the words
 * and bracket between them hide it. Such a source is read through a copy in which each pair is the digits
 * alone, padded to the same length so spans hold. The padding is zero-width spaces (text/rendering-pad.ts), as
 * spaces would read as a column gap and cut a table's cell; it stands before the space opening the words when a
 * word follows, so the number stays beside the month or noun it counts, a space before it ("21 de noviembre", "2 twin
 * rooms"), else after the digits ("de 2026,"). Only words whose value is the bracket's number are rewritten; free text keeps the source's own words
 * (text/native-values.ts).
 */
import type { ExtractedSource } from '../../interfaces.js';
import { findNumberWords } from '../normalise/number-words.js';
import { ZERO_WIDTH_SPACE } from './rendering-pad.js';
import { rewrittenCopy, unchanged } from './rewritten-copy.js';

/** The digits in brackets right after a number in words: " (18)", "(2025)", " (1,200)". */
const BRACKETED = /^[ \t]?\((\d{1,3}(?:[,.]\d{3})*|\d+)\)/;
/** Whether a text may hold such a pair at all: a letter, then digits in brackets. */
const MAY_HOLD = /\p{L}[ \t]?\(\d[\d,.]*\)/u;

function bracketedDigits(text: string): string {
  let out = '';
  let from = 0;
  for (const n of findNumberWords(text)) {
    const end = n.index + n.length;
    const m = BRACKETED.exec(text.slice(end));
    if (!m || Number(m[1]!.replace(/[,.]/g, '')) !== n.value) continue;
    const length = n.length + m[0].length;
    const digits = m[1]!;
    const wordAfter = /^[ \t]\p{L}/u.test(text.slice(end + m[0].length));
    // Before a word, the padding moves before the space that opens the words: a space, not padding, stands before the digits.
    // A tab is a cell's edge and stays where it is ("Performance ⇥ One (1) set …").
    const spaced = wordAfter && text[n.index - 1] === ' ';
    if (spaced) out += text.slice(from, n.index - 1) + `${ZERO_WIDTH_SPACE.repeat(length - digits.length)} ${digits}`;
    else out += text.slice(from, n.index) + (wordAfter ? digits.padStart(length, ZERO_WIDTH_SPACE) : digits.padEnd(length, ZERO_WIDTH_SPACE));
    from = end + m[0].length;
  }
  return out + text.slice(from);
}

/** The source with its numbers in words and bracketed digits as the digits alone (its attachments too). */
export function withBracketedDigits(source: ExtractedSource): ExtractedSource {
  const own = MAY_HOLD.test(source.text);
  return rewrittenCopy(source, withBracketedDigits, own, own ? bracketedDigits : unchanged);
}
