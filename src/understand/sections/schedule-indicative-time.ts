/**
 * A contract's clause may give the show's time as a pointer only ("Showtime: 21:00 (indicative, see the
 * technical rider)") while the same paper's timetable gives the final one ("Headline set ⇥ 21:30 – 22:45").
 * The indicative statement is no item of its own: it gives way to an item of the same kind (for a set, a
 * main set) stated without such a remark. Alone, it stays the item.
 */
import { INDICATIVE } from '../text/indicative-words.js';
import type { ScheduleItem } from './schedule.js';

const CALLED_INDICATIVE = new RegExp(String.raw`(?<![\p{L}])${INDICATIVE}(?![\p{L}])`, 'iu');

export function withoutIndicativeRestated(items: ScheduleItem[]): void {
  const indicative = (i: ScheduleItem) => !!i.notes && CALLED_INDICATIVE.test(i.notes.value);
  const same = (a: ScheduleItem, b: ScheduleItem) => a.kind.value === b.kind.value && (a.date?.value ?? null) === (b.date?.value ?? null)
    && (a.kind.value !== 'set' || !b.support);
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (indicative(item) && !item.support && items.some((o) => o !== item && !indicative(o) && same(item, o))) items.splice(i, 1);
  }
}
