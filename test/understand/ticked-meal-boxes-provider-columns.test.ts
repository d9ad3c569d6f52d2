/**
 * A form's meal line ticking its kind ("Lunch: ☐ Buyout ☒ Catering"), on clean text
 * and as a scan writes the boxes; a meal table's provider column naming each row's meal.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const food = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted.food;

test('a meal line\'s ticked box gives its kind; the unticked option says nothing', async () => {
  const meals = await food([
    'GRANARY HALL PRODUCTION ADVANCE', 'Show date: Fri 12 March 2027', 'Artist: The Lantern Pilots', 'Load-in: 14:00',
    'Lunch: ☐ Buyout ☒ Catering — provided by Maple Table, 12:30, green room',
    'Dinner: ☒ BUYOUT ☐ Catering  $20 pp, 8 people, 18:00',
    'Parking: 1 bus bay',
  ]);
  const lunch = meals.find((m) => m.time === '12:30');
  assert.equal(lunch?.name, 'Maple Table');
  assert.equal(lunch?.kind, 'catering');
  assert.equal(lunch?.address, 'green room');
  const dinner = meals.find((m) => m.time === '18:00');
  assert.equal(dinner?.name, 'Dinner');
  assert.equal(dinner?.kind, 'buyout');
  assert.equal(dinner?.guestCount, 8);
});

test('a scanned form\'s boxes ("[X]", "[ ]", "■", "□") choose the kind as well', async () => {
  const meals = await food([
    'PRODUCTION ADVANCE', 'Show date: 3 May 2027',
    'Lunch: □ Buyout ■ Catering, 13:00',
    'Dinner: [X] BUYOUT [ ] Catering   $15 pp x 6, 6:30 PM',
  ]);
  assert.deepEqual(meals.map((m) => [m.name, m.kind, m.time]), [['Lunch', 'catering', '13:00'], ['Dinner', 'buyout', '18:30']]);
});

test('a meal table\'s provider column names each row\'s meal', async () => {
  const meals = await food([
    'Advance sheet – Harbour Shed, 4 June 2027', '', 'Catering',
    'Meal\tTime\tRoom\tProvider\tPax\tNotes',
    'Lunch\t13:00\tCrew room\tSaffron Pot\t9\t1 vegan',
    'Dinner\t19:00\tCrew room\tSaffron Pot\t11\t2 vegetarian',
  ]);
  assert.deepEqual(meals.map((m) => [m.name, m.kind, m.time, m.guestCount]), [['Saffron Pot', 'catering', '13:00', 9], ['Saffron Pot', 'catering', '19:00', 11]]);
});

test('a wrapped bilingual header ("Pembekal /" over "Provider") still marks the provider column', async () => {
  const meals = await food([
    'Helaian advance / Advance sheet – 9 July 2027', '', 'Makanan / Catering',
    'Hidangan / Meal\tMasa /\tTempat / Where\tPembekal /\tBil. /\tCatatan / Notes',
    '\tTime\t\tProvider\tPax',
    'Makan Malam / Dinner\t19:30\tBilik Hijau / Green room\tWarung Pak Mat\t7\t1 vegan',
  ]);
  assert.equal(meals[0]?.name, 'Warung Pak Mat');
  assert.equal(meals[0]?.guestCount, 7);
});

test('a transfer table\'s day above the meal table\'s catering heading does not date the meals', async () => {
  const meals = await food([
    'Advance sheet – Harbour Shed', 'Show date: Sat 4 June 2027', '',
    'Transfers',
    'Service\tDate\tTime\tFrom\tTo',
    'Pick-up\tFri 3/6\t15:00\tAirport\tHotel Lindqvist',
    'Drop-off\tSun 5/6\t09:00\tHotel Lindqvist\tAirport',
    '',
    'Catering',
    'Meal\tTime\tRoom\tProvider\tPax\tNotes',
    'Dinner\t19:00\tCrew room\tSaffron Pot\t11\t2 vegetarian',
  ]);
  assert.equal(meals[0]?.date, '2027-06-04');
});
