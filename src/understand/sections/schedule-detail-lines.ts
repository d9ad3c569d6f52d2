/**
 * A day sheet's item with a detail line indented below it, as touring apps print a "DOS" sheet:
 *
 *    3:00p  Soundcheck          7:30p  Support Act          12:30p  Bus Call
 *           3:00p - 4:15p              7:30p - 8:10p                Hotel lobby -> The Hall
 *
 * The line below says the item's time range (its end), its route (where from, where to), or a
 * short place ("Production office"); a longer remark ("Stage door on Side St, 4 local hands") is its
 * note, unless it opens with a place of a few words before a comma ("back gate (Mill St side), 4 hands"). Only a line indented past the item line's own start, with no time of its own to open an item,
 * belongs to it; a field the item's own line gave is kept, but for a route it says in common nouns ("Shuttle hotel ->
 * venue" over "Hotel Nord -> Stage door"): the places named below are its ends.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findTimes, normaliseText } from '../normalise/index.js';
import { evidenceAt, type Line } from '../text/index.js';
import { ROUTE } from './activity-kinds.js';
import type { ScheduleItem } from './schedule.js';
import { placeThenRemark } from './schedule-places.js';

const RANGE_ONLY = /^(?<a>\S+)\s*(?:[-–—]|to)\s*(?<b>\S+)$/i;
const ITEM_LINE = /^\s*(?:[-–•*·]\s+)?\d{1,2}[:.h]\d{2}\b/;
/** A place in a few words, no sentence: "Production office", "Green room", "Stage B". */
const SHORT_PLACE = /^\p{L}[\p{L}'’&/ -]{2,30}$/u;

const indentOf = (text: string) => text.length - text.trimStart().length;

export function attachDetailLines(source: ExtractedSource, lines: Line[], items: ScheduleItem[], usedLines: Set<number>): void {
  for (const item of items) {
    const span = item.start.span;
    if (!span || item.start.source !== source.name) continue;
    const line = lines.find((l) => l.start <= span[0] && span[0] <= l.end);
    if (!line || !ITEM_LINE.test(line.text)) continue;
    const next = lines[line.index + 1];
    if (!next || usedLines.has(next.index) || !next.text.trim() || ITEM_LINE.test(next.text) && !RANGE_ONLY.test(next.text.trim())) continue;
    if (indentOf(next.text) <= indentOf(line.text) + 1 || next.text.includes('\t')) continue;
    const text = next.text.trim();
    const textAt = next.start + next.text.indexOf(text);
    const times = findTimes(text);
    const range = RANGE_ONLY.exec(text);
    if (range && times.length === 2 && times[0]!.index === 0) {
      // The range repeats the item's start: its second time is the end.
      if (times[0]!.value !== item.start.value) continue;
      item.end ??= found(times[1]!.value, evidenceAt(source, [textAt + times[1]!.index, textAt + times[1]!.index + times[1]!.length], 'pattern', true));
      usedLines.add(next.index);
      continue;
    }
    if (times.length || /:/.test(text)) continue;
    const at = (value: string, from = 0) => {
      const i = textAt + text.indexOf(value, from);
      return evidenceAt(source, [i, i + value.length], 'pattern');
    };
    const route = ROUTE.exec(text);
    // "Shuttle hotel -> venue" over "Hotel X -> Stage door (gate B)": a route the item's line says in common nouns gives way to the places named below.
    const inWords = (f: typeof item.location) => !!f && /^\p{Ll}/u.test(f.value);
    if (route && ((!item.location && !item.destination) || (inWords(item.location) && inWords(item.destination)))) {
      item.location = found(route[1]!.trim(), at(route[1]!.trim()));
      item.destination = found(route[2]!.trim(), at(route[2]!.trim(), route[1]!.length));
    } else if (!route && SHORT_PLACE.test(text) && text.split(/\s+/).length <= 4 && !item.location) {
      item.location = found(normaliseText(text)!, at(text));
    } else if (!route && !item.location && placeThenRemark(text)) {
      // "होटलको लबीमा, बिकास र अनिता मात्र": its place, then a remark (schedule-places.ts).
      const placed = placeThenRemark(text)!;
      item.location = found(placed.place, at(placed.place));
      if (!item.notes) item.notes = found(normaliseText(placed.note)!, at(placed.note, placed.noteAt));
    } else if (!route && !item.notes) {
      item.notes = found(normaliseText(text)!, at(text));
    } else continue;
    usedLines.add(next.index);
  }
}
