import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LIMITS } from '../../src/extract/limits.js';
import { readSource } from '../../src/extract/read.js';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { airportCodesForCity } from '../../src/reference/index.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { run, show, values } from './sections/travel-fixtures.js';

function csv(text: string): Promise<ExtractedSource> {
  return readSource({ bytes: Buffer.from(text), name: 'day-sheets.csv', declaredType: null, origin: 'file', depth: 0 }, DEFAULT_LIMITS);
}

// An invented tour app's day sheets: the flight's cities in its title, its airports in the location
// column, its seats after each name; a hotel row titled by its check-in; meals titled "Meal – Provider".
const EXPORT = [
  'Date,Start,End,Type,Title,Location,Notes',
  '03/05/2028,07:10,09:40,Flight,TP1331 Lisbon – Munich,LIS T1 → MUC,"Conf ZX4PQ2, Economy. Seats: Rita Sousa 12A, Tom Ek 12B. Bags at check-in desk 4"',
  '03/05/2028,14:00,,Hotel,Check-in: Hotel Isarblick,"Lindwurmstraße 9, 80337 München","Conf. 778812 · 2 rooms · Check-out Thu 04/05 by 11:00 · Hotel tel. +49 89 5550 1234"',
  '03/05/2028,,,Venue,Halle Nord,"Rosenheimer Platz 4, 81669 München",Capacity 900',
  '03/05/2028,13:30,,Meal,Lunch,Green room,"Pasta and salads, from the venue kitchen"',
  '03/05/2028,18:30,,Meal,Dinner – Wirtshaus Zum Anker (6 pax),Green room,',
  '03/05/2028,20:00,,Meal,Dinner – Gasthof Lindner,"Sendlinger Gasse 3, 80331 München","Table for 4, ref GL-0305"',
  '03/05/2028,21:00,22:30,Show,Die Kraniche,Main hall,',
].join('\n');

test("a flight row's cities come from its title, its seats after each traveller's name", async () => {
  const [flight] = run(flights, await csv(EXPORT), show('2028-05-03', 'München', 'DE'));
  assert.deepEqual(
    { from: flight!.fromAirport?.value, fromCity: flight!.fromCity?.value, to: flight!.toAirport?.value, toCity: flight!.toCity?.value },
    { from: 'LIS', fromCity: 'Lisbon', to: 'MUC', toCity: 'Munich' },
  );
  assert.deepEqual(flight!.passengers!.map(values), [{ name: 'Rita Sousa', seat: '12A' }, { name: 'Tom Ek', seat: '12B' }]);
});

test('a hotel row titled by its check-in is named without it; "Hotel tel." in its details is its phone', async () => {
  const [hotel] = run(hotels, await csv(EXPORT));
  assert.equal(hotel!.name?.value, 'Hotel Isarblick');
  assert.equal(hotel!.phone?.value, '+498955501234');
});

test('a city written by its local name still has its country and airports', async () => {
  assert.deepEqual(placeOf('Rua Nova 10, 1100-048 Lisboa'), { city: 'Lisboa', country: 'PT', cityIndex: 22 });
  assert.deepEqual(airportCodesForCity('München'), ['MUC']);
  const [draft] = run(general, await csv(EXPORT));
  assert.equal(draft!.country?.value, 'DE');
});

test('meal rows: "Meal – Provider (6 pax)" names the provider and counts; details beyond count and reference are notes', async () => {
  const meals = run(food, await csv(EXPORT)).map((d) => ({ name: d.name?.value, city: d.city?.value ?? null, guests: d.guestCount?.value ?? null, notes: d.notes?.value ?? null }));
  assert.deepEqual(meals, [
    { name: 'Lunch', city: null, guests: null, notes: 'Pasta and salads, from the venue kitchen' },
    { name: 'Wirtshaus Zum Anker', city: null, guests: 6, notes: null },
    { name: 'Gasthof Lindner', city: 'München', guests: 4, notes: null },
  ]);
});
