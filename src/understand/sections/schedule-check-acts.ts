/**
 * "Soundcheck - Band A", "Line Check – Band B": a day sheet joins a check to the act it is for with a
 * dash, and the time-line reader takes what follows a dash for the item's place. When that "place" is
 * an act the same schedule lists as a set, it names whose check it is: it stays in the item's name
 * as written, and the check has no place. A chat names the act before the word instead ("Sol de Mar
 * line check moves to 19:15"): a check named by its word alone, right after an act the schedule
 * lists as a set, is that act's check and is named "Line check Act" as a day sheet would.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { evidenceAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

export function checksOfActs(source: ExtractedSource, items: ScheduleItem[]): void {
  const acts = new Set(items.filter((i) => i.kind.value === 'set').map((i) => i.name.value.toLowerCase()));
  for (const item of items) checkAfterAct(source, item, acts);
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

/** The check's word alone ("line check", "soundcheck"), written right after an act the schedule lists. */
function checkAfterAct(source: ExtractedSource, item: ScheduleItem, acts: Set<string>): void {
  const name = item.name.span;
  const word = item.name.value.trim();
  if (item.kind.value !== 'soundcheck' || !name || item.name.source !== source.name || !/^(?:line ?-?check|sound ?check)$/i.test(word)) return;
  const before = /(?:^|[.!?:]\s+|\n)[ \t]*(\p{Lu}[\p{L}'’&-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’&-]*|de|del|la|le|van|von|der|of|the)){0,4})[ \t]+$/u.exec(source.text.slice(Math.max(0, name[0] - 60), name[0]));
  if (!before || !acts.has(before[1]!.toLowerCase())) return;
  item.name = found(`${word} ${before[1]!}`, evidenceAt(source, [name[0] - before[0].length + before[0].indexOf(before[1]!), name[1]], item.name.method));
}
