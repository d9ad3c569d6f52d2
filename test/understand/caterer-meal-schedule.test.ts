/**
 * A caterer's own hospitality advance: its letterhead names the firm and its trade, a meal table
 * (Meal | Time | Pax | Location | Notes) in two languages, a note moving one meal, a rider line
 * mentioning a meal only as a time. Invented fixtures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { RESTAURANT } from '../../src/understand/sections/food-words.js';
import { venueNameOf } from '../../src/understand/sections/venue-value.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { pasted } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

test('"Locatie / Venue" is the venue; the room after a dash is no part of its name', () => {
  assert.equal(labelKey('Locatie / Venue'), 'venue');
  assert.equal(venueNameOf('Poppodium Zuid – grote zaal'), 'Poppodium Zuid');
  assert.equal(venueNameOf('The Hall - Main room'), 'The Hall');
  assert.equal(venueNameOf('Hall - Nine'), 'Hall - Nine');
});

test('"Diner" alone is the Dutch or French dinner; after a name it is an eatery', () => {
  assert.ok(!RESTAURANT.test('Diner / Dinner'));
  assert.ok(RESTAURANT.test('Route 9 Diner'));
  assert.ok(RESTAURANT.test("Mel's Diner"));
});

const PAPER = [
  'GROENE VORK\tpodiumcatering · backstage · crew food',
  '',
  'Hospitality advance',
  '',
  'LET OP: diner verschoven naar 18:30 i.v.m. langere soundcheck.',
  '',
  'Maaltijd / Meal\tTijd / Time\tAantal / Pax\tLocatie / Location\tOpmerkingen / Notes',
  'Lunch\t13:00\t8\tKantine\tsoep + broodjes',
  'Diner / Dinner\t18:30\t12\tKantine\twarm buffet',
  'Late snacks / Nachthap\t23:30\t8\tKleedkamer 2\twraps, fruit',
  '',
  'Kleedkamers klaargezet om 16:00, aangevuld na het diner.',
].join('\n');

test('on a caterer\'s paper each meal row is served by the caterer; late snacks are a meal; "after dinner" is none', () => {
  const meals = run(food, pasted(PAPER), show('2028-03-09')).map(values);
  assert.deepEqual(meals.map((m) => [m.name, m.kind, m.time, m.guestCount, m.address, m.notes]), [
    ['Groene Vork', 'catering', '13:00', 8, 'Kantine', 'soep + broodjes'],
    ['Groene Vork', 'catering', '18:30', 12, 'Kantine', 'warm buffet'],
    ['Groene Vork', 'catering', '23:30', 8, 'Kleedkamer 2', 'wraps, fruit'],
  ]);
});

test('a meal table on a venue\'s paper keeps the meal\'s own name', () => {
  const text = ['HALL NINE\tlive music venue', '', 'Meal\tTime\tPax\tLocation', 'Dinner\t18:00\t9\tGreen room'].join('\n');
  const [meal] = run(food, pasted(text), show('2028-03-09')).map(values);
  assert.deepEqual([meal?.name, meal?.address], ['Dinner', 'Green room']);
});

test('"Dinner: 18:00 (see catering)" is the dinner the catering block describes at that time', () => {
  const text = ['Times', '', 'Dinner\t18:00 (see catering)', 'Doors\t19:30', '', 'Catering', '', 'Dinner\t18:00 hot meal in the green room, cooked by Salt & Ember, 7 people'].join('\n');
  const meals = run(food, pasted(text), show('2028-03-09')).map(values);
  assert.deepEqual(meals.map((m) => [m.name, m.time]), [['Salt & Ember', '18:00']]);
});
