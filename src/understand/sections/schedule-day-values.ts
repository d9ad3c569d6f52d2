/**
 * A festival's per-day row ("Gates open  Fri 16:00 · Sat 12:00 · Sun 12:00"): the value lists a time
 * for each day, each after its weekday — perhaps with its date ("Saturday 3 July 12:00"), or after
 * several days sharing it ("Friday and Saturday 23:30 · Sunday 22:30"). The show day's part is the one to read.
 */
import { weekdayNumber } from '../normalise/index.js';

const JOINER = String.raw`(?:[ \t]*[,&+/][ \t]*|[ \t]+(?:and|und|en|et|och|og|y|e)[ \t]+)`;
const DAY_TIME = new RegExp(
  String.raw`(?<![\p{L}])(\p{L}{2,12}\.?(?:${JOINER}\p{L}{2,12}\.?)*)(?:[ \t]+\d{1,2}(?:\.|st|nd|rd|th)?[ \t]+\p{L}{3,12}\.?|[ \t]+\d{1,2}[./]\d{1,2}\.?)?,?[ \t]+(?=\d{1,2}[:.h]\d{2})`,
  'gu',
);

/**
 * The part of `value` for the day `date` (ISO): where it begins (its weekday) and where its time does;
 * null when the value is no list of two or more weekdays with times, or names no part for that day.
 */
export function dayPart(value: string, date: string | undefined): { start: number; time: number } | null {
  if (!date) return null;
  const parts = [...value.matchAll(DAY_TIME)].flatMap((m) => {
    const days = m[1]!.split(new RegExp(JOINER, 'u')).map((w) => weekdayNumber(w.replace(/\.$/, '').toLowerCase()));
    return days.some((d) => d === undefined) ? [] : [{ days, start: m.index, time: m.index + m[0].length }];
  });
  if (parts.length < 2) return null;
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  const part = parts.find((p) => p.days.includes(weekday));
  return part ? { start: part.start, time: part.time } : null;
}
