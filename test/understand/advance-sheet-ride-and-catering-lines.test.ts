/**
 * An advance sheet's one-line ride ("Runner pick-up 13:15, station → venue. Vehicle.") and catering line
 * ("Hot dinner 18:00 by X, Green Room – 9 covers"): the drawn route after the ride's clause, the sentence after
 * it as the ride's note, and a venue room standing as a comma clause of its own as where the meal is served.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const SHEET = [
  'Artist: Velvet Tides',
  'Venue: The Tannery',
  'Date: Saturday 16th October 2027',
  '',
  'DAY SCHEDULE',
  '',
  'Ground transport: Van pick-up 12:30, Quay station → venue. 9-seat minibus (see Drivers below).',
  '',
  'Load-in: 14:00',
  '',
  'CATERING',
  '',
  'Catering: Hot dinner 18:30 by Bramble Kitchen, Green Room – 7 covers (1 vegan)',
].join('\n');

test('a ride\'s drawn route after its clause, and the sentence after it without its pointer as the note', async () => {
  const { extracted } = await understand([pasted(SHEET)]);
  const ride = extracted.activities.find((a) => a.kind === 'transfer');
  assert.equal(ride?.name, 'Van pick-up');
  assert.equal(ride?.startTime, '12:30');
  assert.equal(ride?.location, 'Quay station');
  assert.equal(ride?.destination, 'venue');
  assert.equal(ride?.notes, '9-seat minibus');
});

test('a venue room as a comma clause of the catering line is where the meal is served', async () => {
  const { extracted } = await understand([pasted(SHEET)]);
  const meal = extracted.food[0];
  assert.equal(meal?.name, 'Bramble Kitchen');
  assert.equal(meal?.address, 'Green Room');
  assert.equal(meal?.guestCount, 7);
});
