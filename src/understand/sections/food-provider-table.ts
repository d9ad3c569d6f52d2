/**
 * A meal table that names each row's provider but has no meal column ("Date | Time | Provider | Where |
 * Pax | Ref | Notes"): the row's notes cell says which meal it is ("band dinner, reserved under X",
 * "lunch – soup and bread, 2 vegan"). Each such row is a meal read by its columns: named after its
 * provider, served where its place cell says (a room of the venue makes it the venue's catering, a
 * street with its number a restaurant of its own), the notes cell kept whole as the meal's note.
 */
import type { Food, FoodKind } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { findDates, normaliseTime } from '../normalise/index.js';
import type { Reading, TableCell } from '../text/index.js';
import { providerHeader } from './food-provider-cell.js';
import { kindOf, MEAL, VENUE_ROOM } from './food-words.js';
import { placeOf } from './place.js';
import type { Reader } from './travel/reader.js';

const NAMES_MEAL = new RegExp(String.raw`(?<![\p{L}\d_])${MEAL}(?![\p{L}\d_])`, 'iu');
/**
 * A street with its house number: the meal is at a place of its own. The number stands before a capitalised
 * name at the start of the address or of a part of it ("42 Mill Lane, Northside"), or after the street's word
 * ("Mühlenstraße 8", "Via Roma 12", "Calle Mayor, 5"). A number alone is no street: "Terminal 1" or "Hall 2"
 * is a room or a gate.
 */
const HOUSE_NUMBER_FIRST = /(?:^|,\s*)\d{1,5}[a-z]?,?\s+\p{Lu}/u;
const NUMBER_AFTER_STREET_WORD =
  /(?:straße|strasse|str\.|weg|gasse|straat|laan|vej|gatan|katu|(?<!\p{L})(?:via|viale|corso|piazza|rua|avenida|calle|carrer|rue|avenue|boulevard|ulica|ul\.))(?!\p{L})(?:\s+[\p{L}'’.-]+){0,4},?\s+\d{1,5}[a-z]?(?![\d:])/iu;
const isStreet = (place: string) => HOUSE_NUMBER_FIRST.test(place) || NUMBER_AFTER_STREET_WORD.test(place);

export interface ProviderTableMeals { drafts: Draft<Food>[]; lines: Set<number> }

export function providerTableMeals(reading: Reading, r: Reader, ref: Date | null): ProviderTableMeals {
  const drafts: Draft<Food>[] = [];
  const lines = new Set<number>();
  for (const table of reading.tables) {
    const header = table.keys.includes('meal') || !table.keys.includes('time') ? null : providerHeader(table);
    if (!header) continue;
    for (const rec of table.records) {
      const provider = rec.all.find((c) => c.header === header);
      const note = rec.cells.notes;
      if (!provider?.span || !/\p{L}{2}/u.test(provider.value) || !note?.span || !NAMES_MEAL.test(note.value)) continue;
      const at = <T>(cell: TableCell, value: T) => r.at(value, [cell.span![0], cell.span![0] + cell.value.length], null, 'table');
      const written = (cell: TableCell) => at(cell, cell.value.trim());
      const d: Draft<Food> = { name: written(provider), notes: written(note) };
      const where = rec.cells.location;
      const place = where?.span && /\p{L}/u.test(where.value) ? where.value.trim() : null;
      d.kind = at<FoodKind>(provider, place && VENUE_ROOM.test(place) ? 'catering' : place && isStreet(place) ? 'restaurant' : kindOf(rec.text, provider.value.trim()));
      if (place) {
        d.address = written(where!);
        const { city, cityIndex } = placeOf(place);
        const cityAt = where!.span![0] + where!.value.indexOf(place) + (cityIndex ?? 0);
        if (city && isStreet(place)) d.city = r.at(city, [cityAt, cityAt + city.length], null, 'inferred');
      }
      const date = rec.cells.date?.span ? findDates(rec.cells.date.value, ref ?? undefined)[0] : undefined;
      if (date) d.date = at(rec.cells.date!, date.value);
      const time = rec.cells.time?.span ? normaliseTime(rec.cells.time.value) : null;
      if (time) d.time = at(rec.cells.time!, time);
      const count = rec.cells.guest_count?.span ? /^\s*(\d{1,3})\s*$/.exec(rec.cells.guest_count.value) : null;
      if (count) d.guestCount = at(rec.cells.guest_count!, Number(count[1]));
      const reference = rec.cells.booking_reference;
      if (reference?.span && /\d/.test(reference.value)) d.bookingReference = written(reference);
      drafts.push(d);
      const line = reading.lines.find((l) => l.start <= provider.span![0] && provider.span![0] <= l.end);
      if (line) lines.add(line.index);
    }
  }
  return { drafts, lines };
}
