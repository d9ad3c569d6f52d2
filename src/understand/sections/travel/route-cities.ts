/**
 * Airports named by their city on a route written with an arrow, where prose gives no code on that
 * side ("Amsterdam → Chicago O'Hare", "New York JFK 17:55 → Amsterdam Schiphol 07:20"). A city
 * served by one airport is that airport; a city with several needs the airport's own name after it
 * ("Chicago O'Hare"), else it stays unknown.
 */
import { airportByCode, airportCodesForCity, foldText } from '../../../reference/index.js';
import type { Hit } from './phrases.js';

export interface NamedAirport {
  code: string;
  /** Which end of the route: before the arrow or after it. */
  end: 'from' | 'to';
  /** The city as written, where it is in the text given. */
  city: Hit<string>;
}

const ARROW = /[ \t]+(?:→|->|–>|—>|=>|⇒|➝|➔)[ \t]+/gu;
const WORD = String.raw`[\p{Lu}][\p{L}'’.-]*`;
/** A day written between a place and its time: "16 Sep", "16. Sep 2027", "16.09.". */
const DAY = String.raw`(?:[ \t]+(?:\d{1,2}\.?[ \t]*\p{L}{3,9}\.?|\d{1,2}[./]\d{1,2}\.?)(?:[ \t]+\d{4})?)`;
/** The place before an arrow, maybe followed by its day and time ("New York 17:55 →", "Amsterdam 16 Sep 20:40 ->"). */
const BEFORE = new RegExp(String.raw`(${WORD}(?:[ \t]+${WORD}){0,3})${DAY}?(?:[ \t]+\d{1,2}[:.]\d{2})?[ \t,]*$`, 'u');
const AFTER = new RegExp(String.raw`^${WORD}(?:[ \t]+${WORD}){0,3}`, 'u');

/** The airport a place's words name, or null when they hold a code (read as such) or name no one airport. */
function airportOf(words: string[]): { code: string; cityWords: number } | null {
  if (words.some((w) => /^[A-Z]{3}$/.test(w) && airportByCode(w))) return null;
  for (let n = words.length; n >= 1; n--) {
    const codes = airportCodesForCity(words.slice(0, n).join(' '));
    if (codes.length === 1) return { code: codes[0]!, cityWords: n };
    const rest = words[n];
    if (codes.length > 1 && rest) {
      const named = codes.filter((c) => ` ${foldText(airportByCode(c)!.name)} `.includes(` ${foldText(rest)} `));
      if (named.length === 1) return { code: named[0]!, cityWords: n };
    }
    if (codes.length) return null;
  }
  return null;
}

function named(text: string, index: number, place: string, end: NamedAirport['end']): NamedAirport | null {
  const words = place.split(/[ \t]+/);
  const airport = airportOf(words);
  if (!airport) return null;
  const city = words.slice(0, airport.cityWords).join(' ');
  return { code: airport.code, end, city: { value: city, index, length: city.length } };
}

/** The airports named by city on either side of each arrow in `text`. */
export function arrowEndpoints(text: string): NamedAirport[] {
  const out: NamedAirport[] = [];
  for (const m of text.matchAll(ARROW)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const left = BEFORE.exec(before);
    const from = left ? named(text, m.index - before.length + left.index, left[1]!, 'from') : null;
    const at = m.index + m[0].length;
    const right = AFTER.exec(text.slice(at, at + 60));
    const to = right ? named(text, at, right[0], 'to') : null;
    for (const a of [from, to]) if (a && !out.some((o) => o.city.index === a.city.index)) out.push(a);
  }
  return out;
}
