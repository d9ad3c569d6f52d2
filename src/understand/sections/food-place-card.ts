/**
 * A map or link preview pasted under a link describes the place in one line of parts split by middle
 * dots: "Casa Verde · Restaurante · Calle Mayor 8, 28013 Madrid". A meal without an address takes the
 * street address of such a line that opens with the meal's name, and its city.
 */
import type { Food } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, type Reading } from '../text/index.js';
import { placeOf } from './place.js';

/** A part that is a street address: words and a house number, then a comma and more ("Calle Mayor 8, 28013 Madrid"). */
const STREET_PART = /^\p{L}[\p{L} .'’-]+,?\s\d{1,4}[a-z]?,\s*\S/u;

export function addressesFromPlaceCards(reading: Reading, meals: Draft<Food>[]): void {
  for (const meal of meals) {
    const name = meal.name?.value.trim();
    if (!name || meal.address) continue;
    for (const line of reading.lines) {
      const parts = line.text.split(/[ \t]+·[ \t]+/);
      if (parts.length < 2 || parts[0]!.trim().toLowerCase() !== name.toLowerCase()) continue;
      const address = parts.slice(1).map((p) => p.trim()).find((p) => STREET_PART.test(p) && placeOf(p).city);
      if (!address) continue;
      const at = line.start + line.text.lastIndexOf(address);
      meal.address = found(address, evidenceAt(reading.source, [at, at + address.length], 'pattern'));
      const place = placeOf(address);
      if (place.city && place.cityIndex !== null && !meal.city) meal.city = found(place.city, evidenceAt(reading.source, [at + place.cityIndex, at + place.cityIndex + place.city.length], 'inferred'));
      break;
    }
  }
}
