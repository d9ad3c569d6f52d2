/** The day of a list item: a weekday word opening it, or bare "17/09" figures in the year of the reference date. */
import { isWeekdayWord } from '../normalise/index.js';

/** "17/09" in the year of `ref`, as a date found at the start of the figures. */
export function dayMonthOf(figures: string, ref: Date | null): { value: string; index: number; length: number } | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(figures);
  if (!m || !ref) return undefined;
  const [day, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const value = `${ref.getUTCFullYear()}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { value, index: 0, length: figures.length };
}

/** A weekday opening a list item; Brazilian Portuguese drops "-feira" ("sexta 17/09"). */
export function listDayWord(word: string): boolean {
  return isWeekdayWord(word) || isWeekdayWord(`${word.replace(/[.,]$/, '')}-feira`);
}

/**
 * A day sheet's day cell ("TUE 12") writes only the weekday and the day of the month: the date of that day on
 * or after `previous` (the date heading the rows above), in its month or the next.
 */
export function dayOfMonthAfter(day: number, previous: string): string | undefined {
  const [year, month, from] = previous.split('-').map(Number) as [number, number, number];
  if (day < 1 || day > 31) return undefined;
  const next = new Date(Date.UTC(year, day >= from ? month - 1 : month, day));
  // A day the month lacks ("31" after "30/06") rolls over: no such day.
  if (next.getUTCDate() !== day) return undefined;
  return next.toISOString().slice(0, 10);
}
