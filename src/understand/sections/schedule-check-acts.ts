/**
 * "Soundcheck - Band A", "Line Check – Band B": a day sheet joins a check to the act it is for with a
 * dash, and the time-line reader takes what follows a dash for the item's place. When that "place" is
 * an act the same schedule lists as a set, it names whose check it is: it stays in the item's name
 * as written, and the check has no place.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { evidenceAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

export function checksOfActs(source: ExtractedSource, items: ScheduleItem[]): void {
  const acts = new Set(items.filter((i) => i.kind.value === 'set').map((i) => i.name.value.toLowerCase()));
  for (const item of items) {
    const [name, place] = [item.name.span, item.location?.span];
    if (item.kind.value !== 'soundcheck' || !item.location || !acts.has(item.location.value.toLowerCase()) || !name || !place) continue;
    if (item.name.source !== source.name || item.location.source !== source.name) continue;
    const between = source.text.slice(name[1], place[0]);
    if (!/^\s*[-–—]\s*$/.test(between)) continue;
    item.name = found(source.text.slice(name[0], place[1]), evidenceAt(source, [name[0], place[1]], item.name.method));
    delete item.location;
  }
}
