/**
 * A promoter's list of numbered rides, one line each: "Ride 2 – Fri 15/10, 14:40: Airport → Hotel
 * Nord (band + TM, XY 123)", also with a word for "hour" before the time ("ora 14:40", "um 14:40").
 * Each is a transfer named by its printed label, dated by its own day (a year-less one the nearest
 * such day), from the place before the arrow to the place after it; the bracket after the destination
 * is the note, unless a sentence follows the destination ("… → Airport (Departures). Leave the keys at
 * reception."): the sentence is then the note and the bracket part of the place. A time may be "2:30pm".
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findDates, findTimes, weekdayNumber } from '../normalise/index.js';
import { evidenceAt, type Line } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

const NUMBERED_RIDE = /^\s*(?:[-–•*·]\s+)?(?<name>\p{L}{3,20}[ \t]+\d{1,2})[ \t]*[–—-][ \t]*(?<day>[^:\n]{3,30}?),?[ \t]+(?:(?:ora|ore|at|um|om|kl\.?|à|h)[ \t]+)?(?<time>\d{1,2}[:.]\d{2}(?:[ \t]?[aApP][mM])?)[ \t]*:[ \t]*(?<from>[^→\n]{2,80}?)[ \t]*(?:→|->|=>)[ \t]*(?:(?<place>[^.\n]{3,60}?)(?:\.[ \t]+(?=\p{Lu})|[ \t]+[–—][ \t]+)(?<sentence>\S[^\n]*?)|(?<to>[^()\n]{2,60}?)[ \t]*(?:\((?<note>[^()\n]{1,80})\))?[ \t]*\.?)[ \t]*$/u;

/**
 * "Ride 4 – Saturday night, 1:30am: …" (Maltese "is-Sibt bil-lejl"): a day named by its weekday alone is
 * the date of the latest ride above on that weekday (the list dated it in full there).
 */
function weekdayOfEarlierRide(day: string, earlier: ScheduleItem[]): { value: string } | undefined {
  const weekday = day.split(/[\s,]+/).map((w) => weekdayNumber(w.replace(/^\p{L}{1,3}-/u, '').replace(/\.$/, ''))).find((n) => n !== undefined);
  if (weekday === undefined) return undefined;
  const dated = earlier.map((item) => item.date?.value).filter((d): d is string => !!d).reverse();
  const value = dated.find((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === weekday);
  return value ? { value } : undefined;
}

/** The numbered ride lines among `lines`; each line read is added to `used`. */
export function numberedRideItems(source: ExtractedSource, lines: Line[], ref: Date | null, used: Set<number>): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const line of lines) {
    const m = used.has(line.index) ? null : NUMBERED_RIDE.exec(line.text);
    const date = m ? findDates(m.groups!.day!, ref ?? undefined)[0] ?? weekdayOfEarlierRide(m.groups!.day!, items) : undefined;
    const time = m ? findTimes(m.groups!.time!)[0] : undefined;
    if (!m || !date || !time) continue;
    const g = m.groups!;
    const part = (name: keyof typeof g) => {
      const at = line.start + m.index + m[0].indexOf(g[name]!, name === 'name' ? 0 : g.name!.length);
      return evidenceAt(source, [at, at + g[name]!.length], 'pattern');
    };
    const item: ScheduleItem = {
      name: found(g.name!, part('name')),
      kind: found('transfer', part('name')),
      date: found(date.value, part('day')),
      start: found(time.value, part('time')),
      location: found(g.from!, part('from')),
      destination: g.to ? found(g.to, part('to')) : found(g.place!, part('place')),
    };
    if (g.note ?? g.sentence) item.notes = g.note ? found(g.note, part('note')) : found(g.sentence!, part('sentence'));
    items.push(item);
    used.add(line.index);
  }
  return items;
}
