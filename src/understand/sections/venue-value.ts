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
  let v = withoutLocalSpelling(value.trim()).replace(/\s*\([^()]*\)\s*$/, '').replace(ROOM_AFTER, '').trim();
  const m = /^(.+?),\s*(\p{Lu}[\p{L}'’ -]{1,30})$/u.exec(v);
  if (m && !/\d/.test(m[2]!) && countryOfCity(m[2]!.trim())) v = m[1]!.trim();
  return v || value.trim();
}
