/**
 * The words that are a hotel name's own, for telling whether a later message speaks of that hotel
 * without naming it in full: no lodging word or article, and no word of its city or of a country, which
 * other things of the trip share ("Hotel Brambleton Leeds" → "Brambleton": "the Leeds interview is
 * cancelled" is not about the hotel).
 */
import { countryCode } from '../../reference/index.js';

const SPLIT = /[^\p{L}\p{N}'’-]+/u;
const NOT_OWN = /^(?:hotel|hotell|hôtel|hostel|motel|lodge|suites|resort|house|the|and|inn)$/iu;

/** `name`'s own words of four letters or more; `places` are the hotel's city (and the like), left out. */
export function hotelOwnWords(name: string, places: (string | null | undefined)[] = []): string[] {
  const placeWords = new Set(places.flatMap((p) => (p ? p.split(SPLIT) : [])).map((w) => w.toLowerCase()));
  return name.split(SPLIT).filter((w) => w.length >= 4 && !NOT_OWN.test(w) && !placeWords.has(w.toLowerCase()) && !countryCode(w));
}
