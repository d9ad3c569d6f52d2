/**
 * A message moving the act's slot tells its end by a verb of playing: "go on at 21:15 instead of
 * 21:00 and play till 22:30", "you're on at 9:30pm, playing until 10:45pm".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheduleItems } from './helpers.js';

test('"… on at 21:15 instead of 21:00 and play till 22:30": the set ends at 22:30', () => {
  const items = scheduleItems('Hi Sam,\n\nOne ask on stage times: could you go on at 21:15 instead of 21:00 and play till 22:30? Curfew stays 23:00.\n', ['end']);
  assert.deepEqual(items.filter((i) => i['kind'] === 'set').map((i) => [i['start'], i['end']]), [['21:15', '22:30']]);
});

test('"you\'re on at 9:30pm, playing until 10:45pm": the set ends at 22:45', () => {
  const items = scheduleItems('Hey! Doors 8pm, you\'re on at 9:30pm, playing until 10:45pm.\n', ['end']);
  assert.deepEqual(items.filter((i) => i['kind'] === 'set').map((i) => [i['start'], i['end']]), [['21:30', '22:45']]);
});
