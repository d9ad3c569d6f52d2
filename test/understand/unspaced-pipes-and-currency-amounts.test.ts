import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from '../../src/understand/normalise/index.js';
import { scheduleItems } from './helpers.js';

test('an unspaced pipe between items keeps every item of the line', () => {
  const items = scheduleItems('Friday 12 March 2027\nDay at a glance: Load-in 12:00|Doors 19:00|Show 20:30\n', []);
  assert.deepEqual(items.map((i) => i.start), ['12:00', '19:00', '20:30']);
});

test('a currency before an amount of its own leaves the time before it a time', () => {
  assert.deepEqual(findTimes('Doors 19.00 £5 on the door').map((t) => t.value), ['19:00']);
  assert.deepEqual(findTimes('Show 20.00 CHF 25 at the door').map((t) => t.value), ['20:00']);
  assert.deepEqual(findTimes('Parking 22.00 € per day').map((t) => t.value), []);
  assert.deepEqual(findTimes('Parking EUR 22.00 per day').map((t) => t.value), []);
});
