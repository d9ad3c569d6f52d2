/**
 * A meal named only by its meal or section word whose line
 * names a catering firm; a festival's daily catering table (month-first day pairs on a year-first
 * paper, the same meals each day, a ticket allowance giving the head count).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { asDayFirstPairs } from '../../src/understand/sections/food-year-first-pairs.js';
import { writesYearFirst } from '../../src/understand/normalise/year-first-pair.js';
import { ticketAllowance } from '../../src/understand/sections/food-ticket-allowance.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a meal in a FOOD section is named after the catering firm its sentence names', async () => {
  const { food } = await extracted([
    'Advance — The Larkins at Harbour Hall, Cork, Friday 9 April 2027',
    '',
    'FOOD',
    'Show day: hot dinner backstage at 18:15 from Birchwood Catering for 7 people.',
  ].join('\n'));
  assert.equal(food.length, 1);
  assert.equal(food[0]!.name, 'Birchwood Catering');
  assert.equal(food[0]!.kind, 'catering');
  assert.equal(food[0]!.time, '18:15');
});

test('a year-first paper writes its short day pairs month first', () => {
  assert.equal(writesYearFirst('Festival 2028/07/03 – 2028/07/04'), true);
  assert.equal(writesYearFirst('Festival 2028/07/03, doors 03/07/2028'), false);
  assert.equal(asDayFirstPairs('07/04\tLunch'), '04/07\tLunch');
});

test('a ticket allowance counts the eaters and is no meal', () => {
  assert.deepEqual(ticketAllowance('9 meal vouchers per day (lunch and dinner)'), { count: 9, index: 0, length: 1 });
  assert.equal(ticketAllowance('Olive Tree Caterers, 9 people'), null);
});

test("a festival's daily catering table: only the show day's meals, served by the firm in its place cell", async () => {
  const { food } = await extracted([
    'RIVERBANK FESTIVAL 2028/07/03 – 2028/07/04 · Artist guide',
    'Artist: Copper Lanes',
    'Show date: 4 July 2028',
    'Stage: Oak stage',
    'Catering: 9 meal vouchers per day (lunch and dinner), collect them at the artist desk.',
    '',
    'CATERING',
    'Day\tMeal\tTime\tPlace',
    '07/03\tLunch\t12:30 – 14:30\tBirchwood Catering – Artist Tent',
    '07/03\tDinner\t18:00 – 20:30\tBirchwood Catering – Artist Tent',
    '07/04\tLunch\t12:00 – 14:00\tBirchwood Catering – Artist Tent',
    '07/04\tDinner\t17:30 – 20:00\tBirchwood Catering – Artist Tent',
  ].join('\n'));
  assert.deepEqual(food.map((f) => [f.name, f.date, f.time, f.address, f.guestCount]), [
    ['Birchwood Catering', '2028-07-04', '12:00', 'Artist Tent', 9],
    ['Birchwood Catering', '2028-07-04', '17:30', 'Artist Tent', 9],
  ]);
});
