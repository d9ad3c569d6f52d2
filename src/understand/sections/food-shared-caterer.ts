/**
 * A catering block that names its caterer and its room once, above the meals it serves:
 *
 *   CATERING
 *   Catering by Fig & Thyme
 *   Where: Green room, 2nd floor
 *   Lunch 13:00 – 12 pax
 *   Dinner 18:30 – 14 pax
 *
 * Each meal line below them is that caterer's, served in that room. The block runs up from the meal
 * to a blank line or a heading in capitals.
 */
import { foldLabel, type Reading } from '../text/index.js';
import { PLACE_LABEL } from './food-blocks.js';
import { CATERER } from './food-words.js';

export interface SharedDetail {
  value: string;
  /** Offset in the source. */
  start: number;
}

const LABELLED = /^([^:]{1,30}):\s*(\S.*?)\s*$/u;
const CAPS_HEADING = /^[\p{Lu}\s&/-]+:?$/u;

/** The caterer and the room written above line `lineIndex` in its block, when any. */
export function sharedAbove(reading: Reading, lineIndex: number): { caterer?: SharedDetail; place?: SharedDetail } {
  const out: { caterer?: SharedDetail; place?: SharedDetail } = {};
  for (let i = lineIndex - 1; i >= 0; i--) {
    const line = reading.lines[i]!;
    const text = line.text.trim();
    if (!text || CAPS_HEADING.test(text)) break;
    const caterer = CATERER.exec(line.text);
    if (caterer) out.caterer ??= { value: caterer[1]!.trim(), start: line.start + caterer.index + caterer[0].indexOf(caterer[1]!) };
    const pair = LABELLED.exec(line.text.trim());
    if (pair && PLACE_LABEL.test(foldLabel(pair[1]!))) out.place ??= { value: pair[2]!, start: line.start + line.text.indexOf(pair[2]!) };
  }
  return out;
}
