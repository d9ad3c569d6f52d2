/**
 * A paper that writes its full dates year first ("2027/06/11", "2027-06-12") keeps that order when it
 * drops the year: a table's day cell "06/12" is 12 June there, month then day, where a day-first paper
 * would mean 6 December. Only a cell holding the pair alone is read so, and only in such a paper.
 */
import { dateFromIso } from './date.js';

const YEAR_FIRST = /(?<![\d/.-])(?:19|20)\d{2}([/-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d/.-])/;
const DAY_FIRST = /(?<![\d/.-])(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d{2}(?![\d/.-])/;
const PAIR = /^\s*(\d{1,2})\/(\d{1,2})\s*$/;

/** Whether `text` writes its full dates year first, and none day first. */
export function writesYearFirst(text: string): boolean {
  return YEAR_FIRST.test(text) && !DAY_FIRST.test(text);
}

/** The day a lone "MM/DD" cell names, in the year of `ref` nearest to it; null when the pair is no date. */
export function yearFirstPair(cell: string, ref: Date): { value: string; index: number; length: number } | null {
  const m = PAIR.exec(cell);
  if (!m) return null;
  const [month, day] = [Number(m[1]), Number(m[2])];
  for (const year of [ref.getUTCFullYear(), ref.getUTCFullYear() + 1]) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const date = dateFromIso(iso);
    // A year's day before the reference by more than half a year is next year's.
    if (date && date.getTime() - ref.getTime() > -183 * 86_400_000) return { value: iso, index: m.index + m[0].indexOf(m[1]!), length: m[0].trim().length };
  }
  return null;
}
