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
import { foldLabel, opensSection, type Reading } from '../text/index.js';
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

/** "All meals by X", "All catering by X": a caterer named for every meal of its section. */
const ALL_MEALS = /\ball\s+(?:(?:the|our)\s+)?(?:meals|food|catering)\b/i;

/**
 * The caterer a section names for all its meals ("All meals by Fig & Thyme (chef: …)." over a meal
 * table): it serves each meal of the section, across the blank lines and the table's header between
 * them. The search runs up from the meal to the section's heading.
 */
export function catererOfAllMeals(reading: Reading, lineIndex: number): SharedDetail | undefined {
  for (let i = lineIndex - 1; i >= 0; i--) {
    const line = reading.lines[i]!;
    const caterer = ALL_MEALS.test(line.text) ? CATERER.exec(line.text) : null;
    if (caterer) return { value: caterer[1]!.trim(), start: line.start + caterer.index + caterer[0].indexOf(caterer[1]!) };
    if (opensSection(line)) break;
  }
  return undefined;
}
