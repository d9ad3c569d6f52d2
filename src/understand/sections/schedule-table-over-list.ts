/**
 * A document that lists the day's items twice, once as a bulleted list in its prose ("- soundcheck:
 * 17:00") and once as a timetable (tab-separated rows "17:00 ⇥ Soundcheck – X ⇥ stage"), states the
 * same items twice under other words. The timetable is the detailed one (ends, places, remarks): a
 * list item is dropped when a row of the same day starts at its time with its kind; when either is of no
 * known kind, only if the other is a set or of no known kind too (an act's slot named by the act) or their
 * names share a word: "Signing" and "Load in" at one time are two items.
 * Only when both readings give several items: a lone bullet beside a table is kept.
 */
import { lineAt, type Line } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

const BULLET = /^\s*[-–•*·▪]\s+\S/;
const TIME_ROW = /^\s*\d{1,2}[:.]\d{2}[^\t]*\t\S/;
/** The words of a name that can tell it ("signing", "shoot"; not "the", "at"), without case. */
const nameWords = (name: string): string[] => name.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
/** Whether two names share such a word ("Meet & greet" / "Meet and greet – lobby"). */
const shareWord = (a: string, b: string) => nameWords(a).some((w) => nameWords(b).includes(w));
const isOther = (item: ScheduleItem) => item.kind.value === 'other';
/** A set or an item of no known kind: a timetable names an act's slot by the act alone ("Pale Moths"). */
const isSlot = (item: ScheduleItem) => item.kind.value === 'set' || isOther(item);
/** The fewest items each reading must give for the document to hold both. */
const MIN_ITEMS = 3;

export function dropListRestatedByTable(items: ScheduleItem[], lines: Line[]): void {
  const lineOf = (item: ScheduleItem) => (item.start.span ? lines[lineAt(lines, item.start.span[0])] : undefined);
  const listed = items.filter((i) => BULLET.test(lineOf(i)?.text ?? ''));
  const rows = items.filter((i) => TIME_ROW.test(lineOf(i)?.text ?? ''));
  if (listed.length < MIN_ITEMS || rows.length < MIN_ITEMS) return;
  const kindsMatch = (a: ScheduleItem, b: ScheduleItem) => (a.kind.value === b.kind.value && a.kind.value !== 'other')
    || (isOther(a) || isOther(b)) && ((isSlot(a) && isSlot(b)) || shareWord(a.name.value, b.name.value));
  const restated = (i: ScheduleItem) => rows.some((r) => r.start.value === i.start.value && (!r.date || !i.date || r.date.value === i.date.value) && kindsMatch(i, r));
  const drop = new Set(listed.filter(restated));
  for (let i = items.length - 1; i >= 0; i--) if (drop.has(items[i]!)) items.splice(i, 1);
}
