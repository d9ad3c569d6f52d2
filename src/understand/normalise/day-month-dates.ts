/** A date written as its day, then its month's name, maybe its year ("4 July 2026"), as the month-name readers give it. */
export interface DayMonthDate { day: number; month: number; year: number | null; index: number; length: number }

/**
 * Every match of `date` (a global pattern: the day in group 1, one group per month from January to December in
 * groups 2–13, the year in group 14) as a day–month date at its place in `text`.
 */
export function dayMonthDates(text: string, date: RegExp): DayMonthDate[] {
  return [...text.matchAll(date)].map((m) => ({
    day: Number(m[1]),
    month: m.slice(2, 14).findIndex(Boolean) + 1,
    year: m[14] ? Number(m[14]) : null,
    index: m.index,
    length: m[0].length,
  }));
}
