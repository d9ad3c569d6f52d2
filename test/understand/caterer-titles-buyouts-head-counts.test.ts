/**
 * A meal table's title line naming its caterer ("MEALS ⇥ Catering by: X"), a festival's
 * "All artist catering is run by X" over a meal table with serving windows and a tickets column, a head
 * count corrected by hand ("10 12"), a buy-out row's per-person terms ("NZ$18 pp, …") and its count.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const food = async (text: string) => (await understand([extractPastedText(text)])).extracted.food;

const SHEET = [
  'Show date: Saturday 4 December 2027',
  '',
  'MEALS\tCatering by: Ferncourt Pantry',
  'Meal\tTime\tWhere\tHeads\tNotes',
  'Breakfast\t-\tBUY-OUT\t6\tNZ$18 pp, cash to TM on arrival',
  'Lunch\t12:30\tGreen room\t9\tsalads + wraps',
  'Dinner\t17:45\tMezzanine\t10 12\tcurry night',
].join('\n');

test('a meal table\'s title line "Catering by: X" names the caterer of each meal row', async () => {
  const meals = await food(SHEET);
  const lunch = meals.find((m) => m.time === '12:30');
  assert.equal(lunch?.name, 'Ferncourt Pantry');
  assert.equal(lunch?.kind, 'catering');
  assert.equal(lunch?.address, 'Green room');
});

test('a head count corrected by hand ("10 12") is the figure written last', async () => {
  const dinner = (await food(SHEET)).find((m) => m.time === '17:45');
  assert.equal(dinner?.guestCount, 12);
});

test('a buy-out row keeps its per-person terms with the dollar\'s country letters, and its head count', async () => {
  const buyout = (await food(SHEET)).find((m) => m.kind === 'buyout');
  assert.equal(buyout?.name, 'Breakfast');
  assert.equal(buyout?.notes, 'NZ$18 pp, cash to TM on arrival');
  assert.equal(buyout?.guestCount, 6);
});

test('"£12pp buyout for 5, …" in a sentence: the terms are the amount each', async () => {
  const meals = await food('Saturday 11 December 2027 at the Corn Hall.\n\nDinner: £12pp buyout for 5, cash on the night from Dev.');
  assert.equal(meals[0]?.notes, '£12pp');
});

test('"All artist catering is run by X" names the meals of a table with serving windows and a tickets column', async () => {
  const meals = await food([
    'Show day\tSunday 14 August 2027',
    '',
    '3. CATERING',
    '',
    'All artist catering is run by Olive & Ember Kitchen. Meal tickets are at the desk.',
    '',
    'Meal\tDay\tTime\tWhere\tTickets\tNotes',
    'Lunch\tSun 14 August\t12:30–14:30\tCrew marquee\t6\tcold buffet',
    'Dinner\tSun 14 August\t17:30–19:30\tCrew marquee\t6\thot buffet',
  ].join('\n'));
  assert.equal(meals.length, 2);
  assert.deepEqual(meals.map((m) => [m.name, m.time, m.guestCount, m.address, m.date]), [
    ['Olive & Ember Kitchen', '12:30', 6, 'Crew marquee', '2027-08-14'],
    ['Olive & Ember Kitchen', '17:30', 6, 'Crew marquee', '2027-08-14'],
  ]);
});

test('"Provided by X" on the line under a meal names its provider', async () => {
  const [meal] = await food('Saturday 6 November 2027\n\nHot meal 19:00 – 20:00 in the green room\n\nProvided by Larkspur Kitchen');
  assert.equal(meal?.name, 'Larkspur Kitchen');
  assert.equal(meal?.kind, 'catering');
  assert.equal(meal?.time, '19:00');
});

test('a day sheet row\'s detail line "Catering by X, room" names the meal above it', async () => {
  const meals = await food('DAY SHEET - Friday 8 October 2027\n\n  1:00p\tLoad in\n  2:30p\tLunch\n         Catering by Willow Street Deli, green room\n  4:00p\tSoundcheck\n  8:00p\tDoors');
  assert.equal(meals.find((m) => m.time === '14:30')?.name, 'Willow Street Deli');
});
