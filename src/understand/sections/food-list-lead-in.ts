/**
 * A contract's clause naming the caterer and the place once, in the sentence that leads into a list of
 * its meals:
 *
 *   6.2. The Organiser serves meals by «Fig & Thyme» (place: the crew tent by the loading bay):
 *   a) lunch — at 13:00, 6 people;
 *   b) dinner — at 18:30, 6 people (1 vegan).
 *
 * Each listed meal named only by its meal word is that caterer's, served at that place. The lead-in
 * is the lines above the list up to its clause number or a blank line, the last of them ending in a colon.
 */
import type { Food } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { labelKey, type Reading } from '../text/index.js';
import type { Reader } from './travel/reader.js';
import { CATERER, MEAL_ONLY } from './food-words.js';

type FoodDraft = Draft<Food>;

/** "a) ", "2) ", "- ", "• ": a list item's marker. */
const LIST_ITEM = /^\s*(?:[a-z]\)|\d{1,2}\)|[-–•·*])\s/u;
/** "4.3. ", "§ 5 ": a clause's number opens the lead-in's first line. */
const CLAUSE_NUMBER = /^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|§\s*\d{1,2})\s/u;
/** The most lines a lead-in runs over. */
const LEAD_IN_LINES = 4;
/** A quoted name before Uzbek "tomonidan" (by): «Fig & Thyme» tomonidan. */
const QUOTED_BY = /[«"“„]([^«»"“”„\n]{2,40})[»"”“]\s+tomonidan(?![\p{L}])/u;
/** "(place: …)", "(joy: …)": a bracket whose label is a place's. */
const PLACE_ASIDE = /\(\s*([^():\n]{2,20}?)\s*:\s*([^()\n]{3,80}?)\s*\)/gu;

interface Detail { value: string; start: number }

/** The caterer and the place the lead-in of the list holding line `index` names. */
function leadIn(reading: Reading, index: number): { caterer?: Detail; place?: Detail } {
  let i = index;
  while (i > 0 && LIST_ITEM.test(reading.lines[i - 1]!.text)) i--;
  if (!/:\s*$/.test(reading.lines[i - 1]?.text ?? '')) return {};
  const out: { caterer?: Detail; place?: Detail } = {};
  for (let j = i - 1; j >= Math.max(0, i - LEAD_IN_LINES); j--) {
    const line = reading.lines[j]!;
    if (!line.text.trim()) break;
    const caterer = CATERER.exec(line.text) ?? QUOTED_BY.exec(line.text);
    if (caterer) out.caterer ??= { value: caterer[1]!.trim(), start: line.start + caterer.index + caterer[0].indexOf(caterer[1]!) };
    const place = [...line.text.matchAll(PLACE_ASIDE)].find((m) => labelKey(m[1]!) === 'location');
    if (place) out.place ??= { value: place[2]!, start: line.start + place.index + place[0].lastIndexOf(place[2]!) };
    if (CLAUSE_NUMBER.test(line.text)) break;
  }
  return out;
}

export function mealsOfListLeadIns(reading: Reading, r: Reader, meals: FoodDraft[]): void {
  for (const d of meals) {
    const span = d.name?.span;
    if (!span || !MEAL_ONLY.test(d.name!.value.trim())) continue;
    const at = reading.lines.findIndex((l) => l.start <= span[0] && span[0] <= l.end);
    if (at < 0 || !LIST_ITEM.test(reading.lines[at]!.text)) continue;
    const { caterer, place } = leadIn(reading, at);
    if (caterer) {
      d.name = r.at(caterer.value, [caterer.start, caterer.start + caterer.value.length], null, 'pattern');
      d.kind = r.at('catering' as const, d.name.span, null, 'inferred');
    }
    if (place && !d.address) d.address = r.at(place.value, [place.start, place.start + place.value.length], null, 'pattern');
  }
}
