/**
 * A production advance's catering section as an "Item | Detail" table (caterer, room, meal time, numbers,
 * dietary), with the running order pointing at it ("Dinner ⇥ See Catering"): one meal, read from the table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const ADVANCE = [
  'PRODUCTION ADVANCE – The Lantern Keepers – Saturday 9 October 2027',
  '',
  '1. RUNNING ORDER',
  '',
  'Time\tItem\tNotes',
  '15:00\tLoad in\t3 x local crew',
  '17:00\tSoundcheck',
  '18:30\tDinner\tSee Catering',
  '19:30\tDoors',
  '',
  '4. CATERING',
  '',
  'Item\tDetail',
  'Caterer\tOak & Ember Kitchen',
  'Served in\tGreen Room 1 (ground floor)',
  'Dinner\t18:30',
  'Numbers\t9 (band 5, crew 4)',
  'Dietary\t1 x vegan, 1 x nut allergy',
  'Rider\tHospitality rider in the dressing room from load in',
];

test('a catering detail table is the meal the running order points at', async () => {
  const { extracted } = await understand([pasted(ADVANCE.join('\n'))]);
  assert.equal(extracted.food.length, 1);
  const [meal] = extracted.food;
  assert.equal(meal!.name, 'Oak & Ember Kitchen');
  assert.equal(meal!.kind, 'catering');
  assert.equal(meal!.time, '18:30');
  assert.equal(meal!.address, 'Green Room 1 (ground floor)');
  assert.equal(meal!.guestCount, 9);
  assert.equal(meal!.notes, '1 x vegan, 1 x nut allergy');
});

test('a two-column table without a caterer or a room row makes no meal', async () => {
  const text = ['Item\tDetail', 'Doors\t19:30', 'Dinner\t18:30', 'Curfew\t23:00'].join('\n');
  const { extracted } = await understand([pasted(text)]);
  assert.ok(extracted.food.every((f) => f.address === null && f.guestCount === null), JSON.stringify(extracted.food));
});
