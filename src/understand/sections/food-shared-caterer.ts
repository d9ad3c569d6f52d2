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
    // A caterer on a line with its own time is that meal's ("Lunch … provided by X, 12:30"), not the block's.
    const caterer = /\d{1,2}[:.]\d{2}/.test(line.text) ? null : CATERER.exec(line.text);
    if (caterer) out.caterer ??= { value: caterer[1]!.trim(), start: line.start + caterer.index + caterer[0].indexOf(caterer[1]!) };
    const pair = LABELLED.exec(line.text.trim());
    // A two-language label ("Mahali / location") is a place's when either half is.
    if (pair && pair[1]!.split('/').some((half) => PLACE_LABEL.test(foldLabel(half)))) out.place ??= { value: pair[2]!, start: line.start + line.text.indexOf(pair[2]!) };
  }
  return out;
}

/** "All meals by X", "All catering by X", "All artist catering is run by X": a caterer named for every meal of its section. */
const ALL_MEALS = /\ball\s+(?:(?:the|our)\s+)?(?:(?:artist|artists['’]?|band|crew|backstage|guest)\s+)?(?:meals|food|catering)\b/i;

/** "All meals: Fig & Thyme.", Azerbaijani "bütün yeməkləri: …": the caterer named after the colon serves every meal. */
const ALL_MEALS_COLON = /(?<![\p{L}])(?:all[ \t]+(?:(?:the|our)[ \t]+)?meals|bütün[ \t]+yeməklər(?:i)?)[ \t]*:[ \t]*(\p{Lu}[\p{L}'’&-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’&-]*|&)){0,3})/iu;

/**
 * "MEALS ⇥ Catering by: Fig & Thyme" over a meal table: the table's title line names the caterer of
 * all its rows — a line opening with a word in capitals, or the caterer's field alone, with no time,
 * right over the table's header row ("Meal ⇥ Time ⇥ Where"). Under a meal's own line ("13:30 Lunch"
 * over "Catering by X, green room") it is that meal's detail, not the table's title.
 */
const TITLE_WITH_CATERER = /^\s*(?:\p{Lu}{3,}[\p{Lu}\s&/]*(?:\t|\s{2,}|\s[-–—·|]\s)\s*)?$/u;

/**
 * The caterer a section names for all its meals ("All meals by Fig & Thyme (chef: …)." over a meal
 * table): it serves each meal of the section, across the blank lines and the table's header between
 * them. The search runs up from the meal to the section's heading.
 */
/** Whether the next written line after line `i` is a header row: two or more cells of words, no figures. */
function overHeaderRow(reading: Reading, i: number): boolean {
  const next = reading.lines.slice(i + 1).find((l) => l.text.trim());
  const cells = next?.text.trim().split(/\t+|\s{2,}|\s+\|\s+/) ?? [];
  return cells.length >= 2 && !/\d/.test(next!.text);
}

export function catererOfAllMeals(reading: Reading, lineIndex: number): SharedDetail | undefined {
  for (let i = lineIndex - 1; i >= 0; i--) {
    const line = reading.lines[i]!;
    const named = CATERER.exec(line.text);
    const title = named && TITLE_WITH_CATERER.test(line.text.slice(0, named.index)) && !/\d{1,2}[:.]\d{2}/.test(line.text) && overHeaderRow(reading, i);
    const caterer = ALL_MEALS.test(line.text) || title ? named : ALL_MEALS_COLON.exec(line.text);
    if (caterer) return { value: caterer[1]!.trim(), start: line.start + caterer.index + caterer[0].indexOf(caterer[1]!) };
    if (opensSection(line)) break;
  }
  return undefined;
}
