/**
 * A bare day in a stay ("night of the 19th", "checking in on the 18th") names no month: read from the
 * message's date it is the next such day, but a message advancing a show weeks ahead means the day
 * around the show. When the show's date is known and a day of that number lies within a week of it,
 * the bare day is that one.
 */
import { addDays, type DateMatch } from '../../normalise/index.js';

/** A day written without a month: "the 19th", "den 19:e", "le 19". */
const BARE_DAY = /^(?:the\s+|den\s+|am\s+|el\s+|le\s+)?(\d{1,2})(?:st|nd|rd|th|:e|:a|er|º)$/i;
const WEEK = 7;

export function nearShow(dates: DateMatch[], text: string, showDate: string | null): DateMatch[] {
  if (!showDate) return dates;
  return dates.map((d) => {
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
