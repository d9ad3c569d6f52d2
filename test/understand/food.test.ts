import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/understand/sections/food.js';
import { pasted } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

test("a meal in the venue's canteen is the venue's catering, the room its address", () => {
  const source = pasted('all set for friday\ndinner: catering in the venue\'s canteen at 18:30 for 7\nsee you');
  assert.deepEqual(run(extract, source, show('2027-05-07')).map(values), [
    { name: 'Dinner', kind: 'catering', address: "venue's canteen", time: '18:30', date: '2027-05-07', guestCount: 7 },
  ]);
});

test('a room followed by a lower-case word is still the room', () => {
  const source = pasted('Hot meal in the green room at 19:00 for 5 people.');
  assert.equal(run(extract, source, show('2027-05-07'))[0]!.address!.value, 'green room');
});

test("a rider's request for a meal is not a booked meal", () => {
  const source = pasted('Hot meal\n\nA warm vegetarian meal for 6 people, served no later than two hours before the show.');
  assert.deepEqual(run(extract, source, show('2027-05-07')), []);
});

test('a schedule row pointing below is not a meal; the block below with "kl." names the restaurant', () => {
  const source = pasted([
    'kl. 17.00\tLydprøve',
    'kl. 19.00\tMiddag (se under)',
    '',
    'MIDDAG',
    'Vi har bestilt bord til 5 personer kl. 19.00 på Kaia Spiseri, Havnegata 4.',
  ].join('\n'));
  assert.deepEqual(run(extract, source, show('2027-09-10')).map((d) => [d.name?.value, d.kind?.value, d.guestCount?.value, d.time?.value]), [
    ['Kaia Spiseri', 'restaurant', 5, '19:00'],
  ]);
});
