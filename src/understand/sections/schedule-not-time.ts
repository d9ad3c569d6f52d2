/**
 * A message that puts an item right further down ("PS: the soundcheck is at 17:00, not 16:30 (same length,
 * so until 18:00)", "il soundcheck è alle 17:00 e non alle 16:30", "les balances sont à 17h et non à 16h30")
 * names the time it takes back. The item written earlier at that time, of the same kind, is the one moved:
 * it keeps its name and places and takes the new time, with the end the correction writes (else none, as
 * the old end no longer follows).
 */
import type { ExtractedSource } from '../../interfaces.js';
import { findTimes } from '../normalise/index.js';
import type { ScheduleItem } from './schedule.js';

const CLOCK = String.raw`\d{1,2}[:.h]\d{2}`;
/** "…, not 16:30", "and not at 16:30", "e non alle 16:30", "et non à 16h30", "und nicht um 16:30", "y no a las 16:30", "en niet om 16.30". */
const NOT_TIME = new RegExp(String.raw`^[ \t]*,?[ \t]*(?:(?:and|e|et|und|y|en|och|og)[ \t]+)?(?:not|non|nicht|no|niet|inte|ikke)[ \t]+(?:(?:at|alle|à|a|um|a las|om|kl\.?)[ \t]+)?(?:(?:ore|ora|uhr)[ \t]+)?(${CLOCK})(?![\d:.])`, 'iu');
/** The end the correction writes in the same sentence: "until 18:00", "fino alle 18:00", "bis 18.00", "jusqu'à 18h00". */
const UNTIL_TIME = new RegExp(String.raw`(?<![\p{L}])(?:until|till|fino alle|fino alle ore|bis|jusqu'[àa]|hasta las|tot)[ \t]+(${CLOCK})`, 'iu');
/** The rest of the sentence: up to a full stop before a blank or the line's end. */
const SENTENCE_REST = /^[^\n]*?(?:\.(?=\s)|$)/m;

export function timesTakenBack(source: ExtractedSource, items: ScheduleItem[]): void {
  for (const item of [...items]) {
    const at = item.start.span?.[1];
    if (at === undefined) continue;
    const rest = SENTENCE_REST.exec(source.text.slice(at))?.[0] ?? '';
    const not = NOT_TIME.exec(rest);
    const oldTime = not ? findTimes(not[1]!)[0]?.value : undefined;
    if (!not || !oldTime) continue;
    const old = items.find((o) => o !== item && o.kind.value === item.kind.value && o.start.value === oldTime
      && !!o.start.span && o.start.span[0] < at);
    if (!old) continue;
    const after = at + not[0].length;
    const until = UNTIL_TIME.exec(rest.slice(not[0].length));
    const end = until ? findTimes(until[1]!)[0]?.value : undefined;
    old.start = item.start;
    if (until && end) old.end = { ...item.start, value: end, span: [after + until.index, after + until.index + until[0].length] };
    else delete old.end;
    items.splice(items.indexOf(item), 1);
  }
}
