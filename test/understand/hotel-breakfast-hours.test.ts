/**
 * A hotel's confirmation telling when breakfast is served gives its hours, not a meal booked for the party.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

test("a hotel confirmation's breakfast serving hours are no meal", () => {
  const letter: ExtractedSource = {
    ...pasted([
      'Hotel Brightwater — Booking confirmation',
      'Check-in: 8 March 2027 from 15:00',
      'Check-out: 10 March 2027 by 11:00',
      'Rooms: 4',
      'Breakfast: served in the Orangery restaurant from 7:00 to 10:30 daily.',
    ].join('\n')),
    name: 'booking-confirmation.pdf', origin: 'file',
  };
  assert.deepEqual(run(food, letter).map(values), []);
});
