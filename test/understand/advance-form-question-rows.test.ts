/**
 * An advance form's question rows, the question in one cell and the venue's answer in the next: a question
 * after its topic's colon ("Dinner: who provides it, and when? ⇥ …") leaves the answer to the topic; a
 * hint after the topic's "?" ("Support band? Name and times ⇥ yes: …") names the row by the topic, and
 * the answer's yes is no label; "How many dinners ⇥ 5" counts the one meal booked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { pasted } from './helpers.js';
import { run, show } from './sections/travel-fixtures.js';

const FORM = [
  'Show: AARHUS (DK) — Thursday 9 September 2027',
  '',
  '2. SCHEDULE (show day)',
  'Doors\t19.00',
  'Support band? Name and times\tyes: Kestrel Bay, 19.45 – 20.20',
  'Curfew\t23.30',
  '3. HOSPITALITY',
  'Dinner: who provides it, and when?\tWe cook ourselves (Nordlys Kitchen), 17.30 in the green room',
  'How many dinners do you need?\t5',
  'Towels?\tyes',
].join('\n');

test("a question after its topic's colon leaves the answer to the topic; the meal's count is its own row", () => {
  const meals = run(food, pasted(FORM), show('2027-09-09', 'Aarhus', 'DK'));
  assert.deepEqual(meals.map((m) => [m.name?.value, m.time?.value, m.guestCount?.value]), [['Nordlys Kitchen', '17:30', 5]]);
});

test("a hint after the topic's \"?\" names the row by its topic, and the answer's yes is no label", () => {
  const items = run(activities, pasted(FORM), show('2027-09-09', 'Aarhus', 'DK'));
  const set = items.find((a) => a.kind?.value === 'set');
  assert.deepEqual([set?.name?.value, set?.startTime?.value, set?.endTime?.value], ['Kestrel Bay', '19:45', '20:20']);
});
