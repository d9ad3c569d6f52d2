/**
 * A weekday written right after a date ("11-02-2027" over "Thursday" in a stacked cell, "14.05.2027
 * (Friday)") names that date's own day: it is no second mention of a day, so it does not count
 * towards the show's date again. Only when nothing but brackets, commas and line breaks stand
 * between them and the date falls on that weekday.
 */
import { findDates } from '../normalise/index.js';

/** At most this many characters between the date's end and the weekday ("\n", " (", ", "). */
const GAP = /^[\s(,–-]{0,4}$/u;

/** Whether the weekday (0 = Sunday) right after `before` (the few lines' text before it) restates the date ending it. */
export function echoesDateBefore(before: string, weekday: number, ref: Date | undefined): boolean {
  const last = findDates(before, ref).at(-1);
  if (!last || !GAP.test(before.slice(last.index + last.length))) return false;
  return new Date(`${last.value}T12:00:00Z`).getUTCDay() === weekday;
}
