/**
 * A typed export's meal row (text/typed-rows.ts) with a location column: "Chez X, 12 rue Y, City" is
 * the restaurant's name before its street address and city; a room of the venue ("Green room, 2nd
 * floor") is where the meal is served, whole. Its head count may be written as a table booking or a
 * number of meals ("Table for 7", "8 hot meals"), and details naming diets are the meal's notes.
 */
import { TABLE_BOOKING, VENUE_ROOM } from './food-words.js';
import { isStreetAddress, placeOf } from './place.js';
import { peopleCounts } from './travel/phrases.js';

export interface MealPlace {
  name?: string;
  address: string;
  city?: string;
}

/** The eatery's name, street address and city in a location cell; a room or plain place is the address alone. */
export function mealPlace(location: string): MealPlace {
  const parts = location.split(/\s*,\s*/).filter(Boolean);
  const [first, ...rest] = parts;
  // "Via Roma 3, 40121 Bologna": a street first is the address whole, its city read from it.
  if (first && /\d/.test(first) && rest.length) {
    const city = placeOf(location).city;
    return city ? { address: location.trim(), city } : { address: location.trim() };
  }
  if (!first || !rest.length || VENUE_ROOM.test(first) || !isStreetAddress(rest.join(', '))) return { address: location.trim() };
  const last = rest[rest.length - 1]!;
  // "12 rue Y, City": a last part without digits is the city when a street stands before it.
  if (rest.length >= 2 && !/\d/.test(last)) return { name: first, address: rest.slice(0, -1).join(', '), city: last };
  return { name: first, address: rest.join(', ') };
}

const MEAL_COUNT = /\b(\d{1,3})\s+(?:(?:hot|cold|warm|vegan|vegetarian)\s+)?(?:meals|covers|dinners|lunches|plates|portions|essen|mahlzeiten|portionen|måltider|comidas|cenas|raciones|repas|couverts|maaltijden|porties)\b/i;

/** The head count of a meal's details: people ("6 pax"), a table booking ("Table for 7") or meals ("8 hot meals"). */
export function mealCount(text: string): { value: number; index: number; length: number } | undefined {
  const people = peopleCounts(text)[0];
  if (people) return people;
  const table = TABLE_BOOKING.exec(text);
  if (table) {
    const digits = /\d+/.exec(table[0])!;
    return { value: Number(digits[0]), index: table.index + digits.index, length: digits[0].length };
  }
  const meals = MEAL_COUNT.exec(text);
  return meals ? { value: Number(meals[1]), index: meals.index, length: meals[0].length } : undefined;
}

const DIET = /\b(?:vegan|vegetarian|veggie|gluten|allerg\w*|halal|kosher|lactose|dairy|nut|vegetar\w*|vegetalien\w*|glutenfrei|laktose\w*|sin gluten|sans gluten|glutenvrij|glutenfri)/i;

/** Whether a meal's details speak of diets ("2 vegan, 1 gluten-free"): then they are the meal's notes. */
export function namesDiets(text: string): boolean {
  // Accents folded, so "végétariens" and "vegetarianos" read alike.
  return DIET.test(text.normalize('NFKD').replace(/\p{M}/gu, ''));
}
