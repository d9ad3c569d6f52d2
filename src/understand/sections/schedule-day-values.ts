/**
 * A festival's per-day row ("Gates open  Fri 16:00 · Sat 12:00 · Sun 12:00"): the value lists a time
 * for each day, each after its weekday. The show day's part is the one to read.
 */
import { weekdayNumber } from '../normalise/index.js';

const DAY_TIME = /(?<![\p{L}])(\p{L}{2,12})\.?,?[ \t]+(?=\d{1,2}[:.h]\d{2})/gu;

/**
 * Where in `value` the part for the day `date` (ISO) begins; 0 when the value is no list of two or more
 * weekdays with times, or names no part for that day.
 */
export function dayPartOffset(value: string, date: string | undefined): number {
  if (!date) return 0;
  const parts = [...value.matchAll(DAY_TIME)].flatMap((m) => {
    const day = weekdayNumber(m[1]!.toLowerCase());
    return day === undefined ? [] : [{ day, index: m.index + m[0].length }];
  });
  if (parts.length < 2) return 0;
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return parts.find((p) => p.day === weekday)?.index ?? 0;
}
