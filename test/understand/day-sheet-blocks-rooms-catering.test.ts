/** A printed day sheet's blocks under capitalised headings: the hotel's rooms and reference written as a phrase, catering as prose. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { stayFactsBelow } from '../../src/understand/sections/travel/stay-lines-after.js';
import { run, show } from './sections/travel-fixtures.js';

const SHEET = [
  'SCHEDULE',
  '17:00 Soundcheck',
  '20:00 Doors',
  'CATERING',
  'Warm dinner 18:30 in the dressing room, cooked by',
  'Fig & Thyme — 8 people',
  'HOTEL',
  'The Lantern House',
  '4 Quay Street, Leeds LS1 4AB',
  'Check-in Sat 12 Aug from 14:00',
  'Check-out Sun 13 Aug by 11:00',
  '3 rooms (2 twin, 1 single) · Conf. LH-40211',
  'Breakfast included',
  'CONTACTS',
  'Promoter\tAnn Lee\t07700 900123',
].join('\n');

test('rooms and a reference written as a phrase below the check-out line are the stay\'s', () => {
  const [hotel] = run(hotels, extractPastedText(SHEET), show('2027-08-12', 'Leeds', 'GB'));
  assert.deepEqual(
    { rooms: hotel!.rooms?.value, ref: hotel!.bookingReference?.value, notes: hotel!.notes?.value },
    { rooms: 3, ref: 'LH-40211', notes: 'Breakfast included' },
  );
});

test('the lines read below a stay stop at a heading or a blank line', () => {
  assert.deepEqual(stayFactsBelow('Check-out: Sun 11:00\nCONTACTS\n2 rooms, ref AB-1234\n', 5), {});
  assert.deepEqual(stayFactsBelow('Check-out: Sun 11:00\n\n2 rooms\n', 5), {});
});

test('a meal sentence wraps over its lines but not into the headings around it', () => {
  const meals = run(food, extractPastedText(SHEET), show('2027-08-12', 'Leeds', 'GB'));
  assert.deepEqual(meals.map((d) => ({ name: d.name?.value, time: d.time?.value, guests: d.guestCount?.value, where: d.address?.value })), [
    { name: 'Fig & Thyme', time: '18:30', guests: 8, where: 'dressing room' },
  ]);
});
