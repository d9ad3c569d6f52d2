/**
 * A chat's plan writes the doors by the hour alone among clock times: "load-in 2pm, soundcheck
 * 4:30-5:30, doors 7, you're on at 9:30". The hour is the doors' (read in the evening with the
 * plan's other times, schedule.ts eveningTimes); alone in a sentence without a clock time, a number
 * after "doors" may be anything ("doors 2 and 3 are fire exits") and is not read.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { evidenceAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

const DOORS_HOUR = /(?<![\p{L}])(doors)(?:[ \t]+open)?[ \t]+(?:at[ \t]+|@[ \t]*)?([1-9]|1[0-2])(?=[ \t]*(?:[,;]|$|\.(?!\d)))/giu;
/** A clock time elsewhere in the same sentence: "4:30", "2pm". */
const CLOCK = /(?<![\d:.])\d{1,2}(?::\d{2}|[ \t]*[ap]\.?m\b)/i;

export function bareHourDoors(source: ExtractedSource, prose: { text: string; offset: number }): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const m of prose.text.matchAll(DOORS_HOUR)) {
    const from = Math.max(prose.text.lastIndexOf('\n', m.index), prose.text.lastIndexOf('. ', m.index)) + 1;
    const end = prose.text.slice(m.index).search(/\n|\.\s/);
    const sentence = prose.text.slice(from, end < 0 ? undefined : m.index + end);
    if (!CLOCK.test(sentence)) continue;
    const wordAt = prose.offset + m.index;
    const hourAt = prose.offset + m.index + m[0].length - m[2]!.length;
    items.push({
      name: found('Doors', evidenceAt(source, [wordAt, wordAt + m[1]!.length], 'pattern')),
      kind: found('doors', evidenceAt(source, [wordAt, wordAt + m[1]!.length], 'pattern')),
      start: found(`${m[2]!.padStart(2, '0')}:00`, evidenceAt(source, [hourAt, hourAt + m[2]!.length], 'pattern', true)),
    });
  }
  return items;
}
