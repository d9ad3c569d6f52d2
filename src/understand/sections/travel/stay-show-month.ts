/**
 * A bare day in a stay ("night of the 19th", "checking in on the 18th") names no month: read from the
 * message's date it is the next such day, but a message advancing a show weeks ahead means the day
 * around the show. When the show's date is known and a day of that number lies within a week of it,
 * the bare day is that one. A slashed day and month ("in 03/09, out 03/10") read day first lies
 * months away, when read month first (as an American writes it) it is the show's week: that one.
 */
import { addDays, isoDate, type DateMatch } from '../../normalise/index.js';

/** A day written without a month: "the 19th", "den 19:e", "le 19". */
const BARE_DAY = /^(?:the\s+|den\s+|am\s+|el\s+|le\s+)?(\d{1,2})(?:st|nd|rd|th|:e|:a|er|º)$/i;
const WEEK = 7;
/** "03/09": a day and month without a year, in either order. */
const SLASHED_PAIR = /^(\d{1,2})\/(\d{1,2})\.?$/;

export function nearShow(dates: DateMatch[], text: string, showDate: string | null): DateMatch[] {
  if (!showDate) return dates;
  return dates.map((d) => {
    const pair = !d.hasYear ? SLASHED_PAIR.exec(text.slice(d.index, d.index + d.length).trim()) : null;
    if (pair) return monthFirstNearShow(d, Number(pair[1]), Number(pair[2]), showDate);
    const bare = !d.hasYear ? BARE_DAY.exec(text.slice(d.index, d.index + d.length).trim()) : null;
    if (!bare) return d;
    const day = Number(bare[1]);
    for (let k = 0; k <= WEEK; k++) {
      for (const near of [addDays(showDate, -k), addDays(showDate, k)]) {
        if (near && Number(near.slice(8, 10)) === day) return near === d.value ? d : { ...d, value: near };
      }
    }
    return d;
  });
}

function monthFirstNearShow(d: DateMatch, first: number, second: number, showDate: string): DateMatch {
  const days = (iso: string) => Math.abs(Date.parse(iso) - Date.parse(showDate)) / 86_400_000;
  if (days(d.value) <= WEEK) return d;
  const year = Number(showDate.slice(0, 4));
  const near = [year - 1, year, year + 1].map((y) => isoDate(y, first, second)).find((iso) => iso && days(iso) <= WEEK);
  return near ? { ...d, value: near } : d;
}
