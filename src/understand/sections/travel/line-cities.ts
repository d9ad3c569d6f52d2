/**
 * A flight's city written on the line that names the flight, away from its airport code: a tour
 * app's row titles the flight "XY123 Lisbon – Madrid" and puts "LIS → MAD" in another cell. The code's
 * own city (as the airport data names it) written on that line is the city of that side.
 */
import { airportByCode, cityNames, otherCityNames } from '../../../reference/index.js';
import type { Hit } from './phrases.js';

/** A name's first letter: a capital, or a letter of Georgian, whose script writes no capitals ("ლონდონი"). */
const CAPITAL_OR_CASELESS = /[\p{Lu}\p{Script=Georgian}]/u;

/** The city of airport `code` written on the line holding `flightAt`, as a whole word with its capital ("Nice", not "nice"). */
export function cityOnFlightLine(text: string, flightAt: number, code: string): Hit<string> | undefined {
  const airport = airportByCode(code);
  if (!airport) return undefined;
  const start = text.lastIndexOf('\n', flightAt - 1) + 1;
  const end = text.indexOf('\n', flightAt);
  const line = text.slice(start, end < 0 ? undefined : end);
  const folded = foldChars(line);
  // A line in another script names the city as that language does ("ლონდონი" for London).
  for (const city of withShortForms(cityNames(airport.city).flatMap((n) => [n, ...otherCityNames(n)]))) {
    const wanted = foldChars(city);
    for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
      const whole = !/\p{L}/u.test(line[at - 1] ?? '') && !/\p{L}/u.test(line[at + wanted.length] ?? '');
      if (whole && CAPITAL_OR_CASELESS.test(line[at]!)) return { value: line.slice(at, at + wanted.length), index: start + at, length: wanted.length };
    }
  }
  return undefined;
}

/** "Frankfurt am Main", "Newcastle upon Tyne": such a city is commonly written by its first word alone, tried after the whole name. */
function withShortForms(names: string[]): string[] {
  const short = names.map((n) => /^(\p{Lu}\p{Ll}{3,})[ \u00a0](?:am|an der|an|upon|on|sur|im|in der)[ \u00a0]\p{Lu}/u.exec(n)?.[1]).filter((n): n is string => !!n);
  return [...names, ...short.filter((n) => !names.includes(n))];
}

/** Lower case without accents, character by character, so an index in the folded text is one in the written. */
function foldChars(text: string): string {
  return [...text].map((c) => {
    const plain = c.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    return plain.length === c.length ? plain : c;
  }).join('');
}
