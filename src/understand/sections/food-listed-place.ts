/**
 * A meal line that lists its place in comma parts after the meal word, then its head count after a spaced
 * dash: "Dinner Sat 7pm, Rice Barn, Canal Road, Negombo – 6 denekuta", Urdu "ویلکم ڈنر، Blue Courtyard،
 * مال روڈ – ۶ افراد (…)" (Urdu writes its own comma "،"). The part right after the meal's own part, when it
 * is a capitalised name (no clock, count or room in it), names the place; the parts after it, up to the
 * dash, are its address; what the count's bracket holds, or what follows the count after a comma, is the
 * meal's notes ("۶ افراد، ۱ ویجیٹیرین").
 */
import { peopleCounts } from './travel/phrases.js';
import { VENUE_ROOM } from './food-words.js';

export interface ListedPart { value: string; index: number; length: number }
export interface ListedPlace { name: ListedPart; address?: ListedPart; notes?: ListedPart }

/** Where the listed parts end: a spaced dash, a sentence's full stop or the line's end. */
const LIST_END = /\s[–—-]\s|\.(?=\s|$)|\n/u;
const PART_SEPARATOR = /[,،]/gu;
/** Capitalised words only, up to five ("Neem Tree Terrace", "Rice & Curry House"). */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}'’&.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’&.-]*|&)){0,4}$/u;
/** After the head count: its bracket, or the rest after a comma, to the sentence's end. */
const AFTER_COUNT = /^[ \u00a0]*(?:\(([^()\n]{2,80})\)|[,،][ \u00a0]*([^.\n()]{2,80}))/u;

/**
 * A meal word heading its block alone ("DINNER"), its line below giving the day and time, a spaced dash and the
 * listed place ("Sat 9 May, 20:30 – Casa Lumo, 3 Via Roma, Bari."): where that dash ends, the place's list begins.
 * A CATERING heading is a section whose caterer serves at the venue ("…, 18:00 – Fig Kitchen, crew room"), no table booked out.
 */
const HEADING_OVER_WHEN = /^(?!catering\b)\p{L}+[ \t:]*\n[ \t]*[^\n]*?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]+[–—-][ \t]+(?=\p{Lu})/iu;

/** The place `text` lists after its meal word at `mealAt`; null when the line is not so written. */
export function listedPlace(text: string, mealAt: number): ListedPlace | null {
  const below = HEADING_OVER_WHEN.exec(text.slice(mealAt));
  // Below a heading the list has no meal part of its own: its first part names the place (a cut before it).
  const listAt = below ? mealAt + below[0].length - 1 : mealAt;
  const rest = text.slice(listAt);
  const end = LIST_END.exec(rest);
  const head = end ? rest.slice(0, end.index) : rest;
  const cuts = [...(below ? [0] : []), ...[...head.matchAll(PART_SEPARATOR)].map((m) => m.index).filter((i) => !below || i > 0)];
  if (!cuts.length) return null;
  const parts = cuts.map((cut, i) => {
    const raw = head.slice(cut + 1, cuts[i + 1] ?? head.length);
    const value = raw.trim();
    return { value, index: listAt + cut + 1 + raw.indexOf(value), length: value.length };
  });
  const [name, ...address] = parts;
  if (!name || !CAPITALISED_NAME.test(name.value) || VENUE_ROOM.test(name.value)) return null;
  const place: ListedPlace = { name };
  const first = address[0];
  const last = address.at(-1);
  if (first && last && address.every((p) => p.value)) {
    place.address = { value: text.slice(first.index, last.index + last.length), index: first.index, length: last.index + last.length - first.index };
  }
  if (end && /[–—-]/.test(end[0])) {
    const tailAt = listAt + end.index + end[0].length;
    const count = peopleCounts(text.slice(tailAt, tailAt + 40))[0];
    const after = count && count.index < 3 ? AFTER_COUNT.exec(text.slice(tailAt + count.index + count.length)) : null;
    const notes = after ? (after[1] ?? after[2])!.trim() : null;
    if (after && notes) {
      const at = tailAt + count!.index + count!.length + after[0].indexOf(notes);
      place.notes = { value: notes, index: at, length: notes.length };
    }
  }
  return place;
}
