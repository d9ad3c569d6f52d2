/**
 * A promoter's message times the settlement in prose: "Settlement will be 11:45 in the prod office",
 * "settlement is at 11pm with the box office". It is a meeting, where the sentence says it is held
 * ("in the prod office"). The settlement follows the show: an hour written without am/pm (a 12-hour
 * chat's "11:45") is the night's, read twelve hours later.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findTimes } from '../normalise/index.js';
import { evidenceAt } from '../text/index.js';
import { twelveLater, type ScheduleItem } from './schedule.js';

const SETTLEMENT = /(?<![\p{L}])(settlement)[ \t]+(?:will[ \t]+be|is|'s)?[ \t]*(?:at[ \t]+|@[ \t]*)?(\d{1,2}(?:[:.]\d{2})?(?:[ \t]*[ap]\.?m\.?)?)(?![\d:.])(?:[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(\p{Ll}[\p{L} ]{2,30}?(?:office|room|bar|lounge)))?/giu;
const MERIDIEM = /[ap]\.?m\.?$/i;

export function settlementSlots(source: ExtractedSource, prose: { text: string; offset: number }): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const m of prose.text.matchAll(SETTLEMENT)) {
    const written = m[2]!;
    // A bare number needs its minutes or am/pm to be a time ("settlement 2 days after the show" is none).
    if (!/[:.]|[ap]\.?m/i.test(written)) continue;
    const time = findTimes(written)[0];
    if (!time) continue;
    const night = !MERIDIEM.test(written) && time.value < '12:00' && Number(time.value.slice(0, 2)) >= 1;
    const value = night ? twelveLater(time.value) : time.value;
    const wordAt = prose.offset + m.index;
    const timeAt = prose.offset + m.index + m[0].indexOf(written, m[1]!.length);
    const item: ScheduleItem = {
      name: found('Settlement', evidenceAt(source, [wordAt, wordAt + m[1]!.length], 'pattern')),
      kind: found('meeting', evidenceAt(source, [wordAt, wordAt + m[1]!.length], 'pattern')),
      start: found(value, evidenceAt(source, [timeAt, timeAt + written.length], night ? 'inferred' : 'pattern', true)),
    };
    if (m[3]) {
      const placeAt = prose.offset + m.index + m[0].lastIndexOf(m[3]);
      item.location = found(m[3], evidenceAt(source, [placeAt, placeAt + m[3].length], 'pattern'));
    }
    items.push(item);
  }
  return items;
}
