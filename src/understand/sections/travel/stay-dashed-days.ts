/**
 * Dutch (and Danish, Portuguese) hands write a day and month joined by a hyphen: "in 03-04 vanaf 14.00 /
 * out 04-04 voor 10.30". Elsewhere "03-04" is as often a range or a score, so such pairs are a stay's dates
 * only in a stay's own value that writes no other date, and only two or more of them: the nights' ends.
 */
import type { DateMatch } from '../../normalise/index.js';
import { resolveDay } from './phrases.js';

/** "03-04", not within a longer number ("06-12 34"), a date ("03-04-2027") or a range of hours ("09-17 uur"). */
const DASHED_PAIR = /(?<![\d./-])(\d{1,2})-(\d{1,2})(?![\d./:-]|[ \t]*(?:uur|u\b|h\b|hrs?\b|uhr\b|[ap]\.?m\b))/giu;

export function dashedDayPairs(text: string, ref: Date | null): DateMatch[] {
  if (!ref) return [];
  const pairs = [...text.matchAll(DASHED_PAIR)].flatMap((m) => {
    const value = Number(m[2]) <= 12 ? resolveDay(Number(m[1]), Number(m[2]), ref) : null;
    return value ? [{ value, index: m.index, length: m[0].length, hasYear: false }] : [];
  });
  return pairs.length >= 2 ? pairs : [];
}
