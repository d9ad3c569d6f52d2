import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/understand/sections/food.js';
import { fixtureSource, run, show, values } from './travel-fixtures.js';

test('a restaurant booking in an e-mail sentence, on the show day', async () => {
  const source = await fixtureSource('travel/hotel-prose.txt');
  assert.deepEqual(run(extract, source, show('2027-08-13')).map(values), [
    { name: 'Brasserie Vismarkt', kind: 'restaurant', time: '18:30', date: '2027-08-13', guestCount: 5 },
  ]);
});

test('a dinner row of an itinerary: the meal names it, its location cell says where', async () => {
  const source = await fixtureSource('travel/itinerary.csv');
  assert.deepEqual(run(extract, source, show('2027-03-12')).map(values), [
    { name: 'Dinner', kind: 'catering', time: '18:30', date: '2027-03-12', guestCount: 6, address: 'Green room' },
  ]);
});

test('restaurant microdata is read as markup', async () => {
  const [food] = run(extract, await fixtureSource('schema-org/restaurant-microdata.html'));
  assert.equal(food!.name!.value, 'Osteria del Ponte');
  assert.equal(food!.name!.method, 'schema_org');
});

test('a hotel label block has no meal in it', async () => {
  assert.deepEqual(run(extract, await fixtureSource('travel/hotel-labels.txt'), show('2026-11-07')), []);
});

test('French and Swedish meal sentences: a named bistro, an unnamed dinner', async () => {
  assert.deepEqual(run(extract, await fixtureSource('travel/mail-fr.txt'), show('2025-05-11')).map(values), [
    { name: 'Bistrot des Halles', kind: 'restaurant', time: '19:30', date: '2025-05-11', guestCount: 6 },
  ]);
  assert.deepEqual(run(extract, await fixtureSource('travel/mail-sv.txt'), show('2025-03-16')).map(values), [
    // "i logen": in the dressing room, a room of the venue, so the address (as "green room" elsewhere).
    { name: 'Middag', kind: 'catering', time: '18:00', date: '2025-03-16', guestCount: 7, address: 'logen' },
  ]);
});

test('a catering table (its Pax column the head count) and a catering label without a provider', async () => {
  const food = run(extract, await fixtureSource('travel/catering-table.txt'), show('2025-03-16')).map(values);
  assert.deepEqual(food, [
    { name: 'Catering', kind: 'catering', time: '17:00', date: '2025-03-16', guestCount: 6 },
    { name: 'Lunch', kind: 'catering', time: '13:00', date: '2025-03-16', address: 'Catering room', guestCount: 12 },
    { name: 'Restaurant Kajen', kind: 'restaurant', time: '18:30', date: '2025-03-16', address: 'Hamngatan 4, Göteborg', city: 'Göteborg', guestCount: 9 },
  ]);
});
