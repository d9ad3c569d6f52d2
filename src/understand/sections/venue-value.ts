/**
 * A venue label's value often adds the city and a remark to the name: "Venue: Kulturwerk X, Salzburg
 * (450 cap standing)". The venue is the name; a trailing bracketed remark and a trailing ", City" (a
 * city the reference data knows) are not part of it. Values with a street address are read by addVenue.
 */
import { countryOfCity } from '../../reference/index.js';

export function venueNameOf(value: string): string {
  let v = value.trim().replace(/\s*\([^()]*\)\s*$/, '').trim();
  const m = /^(.+?),\s*(\p{Lu}[\p{L}'’ -]{1,30})$/u.exec(v);
  if (m && !/\d/.test(m[2]!) && countryOfCity(m[2]!.trim())) v = m[1]!.trim();
  return v || value.trim();
}
