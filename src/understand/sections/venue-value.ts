/**
 * A venue label's value often adds the city and a remark to the name: "Venue: Kulturwerk X, Salzburg
 * (450 cap standing)". The venue is the name; a trailing bracketed remark and a trailing ", City" (a
 * city the reference data knows) are not part of it, nor is the room after a dash ("X – grote zaal"). Values with a street address are read by addVenue.
 */
import { countryOfCity } from '../../reference/index.js';
import { LATIN, OTHER } from '../text/bilingual-lines.js';

/** "Sala X (ສາລາ X)": the name's spelling in the local script, in brackets, is no part of the (Latin) name. */
const withoutLocalSpelling = (value: string) => value.replace(/\s*\(([^()]*)\)/gu, (whole, inner: string) => (OTHER.test(inner) && !LATIN.test(inner) ? '' : whole));

/** "Podium X – grote zaal", "The Hall - Main room", "Club X, main hall": the room of the venue after a spaced dash or a comma is no part of its name. */
const ROOM_AFTER = /(?:\s+[–—-]|,)\s+(?:(?:grote|kleine|main|small|big|large|upstairs|downstairs|gro(?:ß|ss)er?|kleiner?|stora|lilla|grande|petite|sala)\s+)?(?:zaal|room|hall|saal|salen|sal|salle|sala|studio)(?:\s+\d{1,2})?$/iu;

export function venueNameOf(value: string): string {
  const v = withoutRemarks(value);
  const m = cityAfterName(v);
  return (m ? m[1]!.trim() : v) || value.trim();
}

/** "Club X, Bergen (Sentrum)": the known city written after the venue's name, with where it starts in `value`; else null. */
export function venueCityOf(value: string): { city: string; index: number } | null {
  const m = cityAfterName(withoutRemarks(value));
  return m ? { city: m[2]!.trim(), index: value.indexOf(m[2]!) } : null;
}

/** "Club X, Bergen": the name (group 1) and a city the reference data knows after its comma (group 2). */
function cityAfterName(v: string): RegExpExecArray | null {
  const m = /^(.+?),\s*(\p{Lu}[\p{L}'’ -]{1,30})$/u.exec(v);
  return m && !/\d/.test(m[2]!) && countryOfCity(m[2]!.trim()) ? m : null;
}

/** The value without a local spelling, a closing bracketed remark or the room after the name. */
function withoutRemarks(value: string): string {
  return withoutLocalSpelling(value.trim()).replace(/\s*\([^()]*\)\s*$/, '').replace(ROOM_AFTER, '').trim();
}

/** "Club X, Bergen – cap. 300, standing": the room's size after a spaced dash is a remark on the venue, no place. */
const CAPACITY_AFTER = /\s+[–—-]\s+(?:cap(?:acity)?\b|capacit[éày]|capacidad|kapazit[äa]t|kapasitet|kapacitet|\d[\d.,]*\s*(?:cap\b|capacity|pax|standing|seated))[^–—]*$/iu;

/** The venue's value without a capacity remark after a dash. */
export function withoutCapacity(value: string): string {
  return value.replace(CAPACITY_AFTER, '');
}
