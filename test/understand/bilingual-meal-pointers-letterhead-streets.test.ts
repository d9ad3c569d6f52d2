import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { run, show, values } from './sections/travel-fixtures.js';

test('a schedule row pointing to a numbered section in two languages is no meal of its own', () => {
  const text = [
    'HORAIRE / SCHEDULE',
    'Arrivée / Load-in\t2:00 PM',
    'Souper / Dinner\t6:00 PM\tvoir section 4 / see section 4',
    '',
    '4. REPAS / MEALS',
    'Souper / Dinner\tRepas chaud préparé par Traiteur Lavande, servi au Salon Vert — 18 h 00 — 6',
  ].join('\n');
  const meals = run(food, extractPastedText(text), show('2027-05-14', 'Québec', 'CA')).map(values);
  assert.equal(meals.filter((m) => m['time'] === '18:00').length, 1);
  assert.ok(!meals.some((m) => String(m['address'] ?? '').includes('section 4')));
});

test('a letterhead whose street stands alone over its postcode line keeps the whole address', () => {
  const text = [
    'Your booking is confirmed.',
    'Check-in\t12 May 2027',
    'Check-out\t13 May 2027',
    '',
    'Hotel Grünhof',
    'Hauptstraße 4',
    '8010 Graz, Austria',
    'Phone +43 316 55 01 20',
  ].join('\n');
  const [hotel] = run(hotels, extractPastedText(text), show('2027-05-12', 'Graz', 'AT')).map(values);
  assert.equal(hotel!['name'], 'Hotel Grünhof');
  assert.match(String(hotel!['address']), /^Hauptstraße 4, 8010 Graz/);
});
