/**
 * A meal named only by a meal or section word ("FOOD", "Catering", "Lunch / Comida") whose own line
 * names a catering firm by its trade word:
 *
 *   Show day: hot dinner backstage at 18:30 from Birchwood Catering for 6 people
 *   Fri 14 Jan, 6:30 – Olive Tree Caterers, crew room (tent A)
 *   09/04 ⇥ Lunch / Almuerzo ⇥ 12:15 ⇥ Birchwood Catering – Tent 3
 *
 * The firm serves the meal, so the meal is named after it and is catering; a place cell that writes the
 * firm before the room ("Birchwood Catering – Tent 3") keeps only the room as the address.
 * Only a firm written with capitals before its trade word counts, and only when the line names one.
 */
import type { Food } from '../../interfaces.js';
import type { Draft, Found } from '../found.js';
import type { Reading } from '../text/index.js';
import type { Reader } from './travel/reader.js';
import { MEAL_ONLY } from './food-words.js';

type FoodDraft = Draft<Food>;

/** One to three capitalised words, then the trade word: "Pearl Garden Catering", "Olive Tree Caterers". */
const CATERING_FIRM = /(?<![\p{L}\p{M}])(?:\p{Lu}[\p{L}\p{M}'’.-]*[ \u00a0]+){1,3}(?:Catering|Caterers?|Traiteur)(?![\p{L}\p{M}])/gu;
/** The firm written first in a place cell, then a spaced dash or middle dot before the place. */
const FIRM_THEN_PLACE = /^\s*[–—·•-]\s+(\S.*)$/u;

/** "Catering", "FOOD", "Bazkaria / Comida": a name that is only a meal word, or a pair of languages one of which is (the other's word may be unknown to the lexicon). */
function namesNoProvider(name: string): boolean {
  const halves = name.split(/\s*\/\s*/);
  return halves.length <= 2 && halves.some((half) => MEAL_ONLY.test(half.trim())) && halves.every((half) => !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(half));
}

/** The line holding a meal's own facts (its time, else its count or address). */
function lineOf(reading: Reading, d: FoodDraft): Reading['lines'][number] | undefined {
  const at = (d.time ?? d.guestCount ?? d.address)?.span?.[0];
  return at === undefined ? undefined : reading.lines.find((l) => l.start <= at && at <= l.end);
}

export function mealsOfNamedCaterers(reading: Reading, r: Reader, meals: FoodDraft[]): void {
  for (const d of meals) {
    if (!d.name || !namesNoProvider(d.name.value)) continue;
    const line = lineOf(reading, d);
    if (!line) continue;
    const firms = [...line.text.matchAll(CATERING_FIRM)];
    if (new Set(firms.map((f) => f[0])).size !== 1) continue;
    const firm = firms[0]!;
    const at = line.start + firm.index;
    d.name = r.at(firm[0], [at, at + firm[0].length], null, 'pattern');
    d.kind = r.at('catering' as const, d.name.span, null, 'inferred');
    if (d.address?.value.startsWith(firm[0])) d.address = placeAfterFirm(d.address, firm[0]);
  }
}

/** "Birchwood Catering – Tent 3" → "Tent 3"; an address that is only the firm is none. */
function placeAfterFirm(address: Found<string>, firm: string): Found<string> | undefined {
  const rest = address.value.slice(firm.length);
  const place = FIRM_THEN_PLACE.exec(rest)?.[1]?.trim();
  if (!place) return undefined;
  const start = address.span ? address.span[0] + firm.length + rest.indexOf(place) : null;
  return { ...address, value: place, span: start === null ? null : [start, start + place.length] };
}
