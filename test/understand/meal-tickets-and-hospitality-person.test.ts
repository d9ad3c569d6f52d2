/** A catering block's meal tickets in French count the eaters; a hospitality line naming a person and a number is no meal. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { run, show } from './sections/travel-fixtures.js';

test('"Tickets repas : 5 par service" under the meals: each meal is for five', () => {
  const block = ['RESTAURATION', 'Déjeuner : 12h30 - 14h00', 'Dîner : 19h00 - 21h30', 'Tickets repas : 5 par service, avec les badges.'].join('\n');
  const meals = run(food, extractPastedText(block), show('2026-08-22', 'Namur', 'BE'));
  assert.deepEqual(meals.map((m) => [m.time?.value, m.guestCount?.value]), [['12:30', 5], ['19:00', 5]]);
});

test('"Hospitality ⇥ Jo Marsh ⇥ (503) 555-0144" names whom to ask, not a caterer', () => {
  const sheet = ['Production\tLee Hart\t(503) 555-0177', 'Hospitality\tJo Marsh\t(503) 555-0144'].join('\n');
  assert.deepEqual(run(food, extractPastedText(sheet), show('2026-10-09', 'Portland', 'US')), []);
});
