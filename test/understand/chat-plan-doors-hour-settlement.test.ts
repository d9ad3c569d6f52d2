/**
 * A promoter's chat plan: "doors 7" by the hour alone among clock times is the doors in the evening,
 * and "Settlement will be 11:45 in the prod office" is a meeting after the show, where it is held.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const chat = [
  'Sam: Hi! Confirming Sat 9/18/27 for Copper Lanterns at The Vault, 12 Main St, Tulsa OK 74103',
  'Lee: Great, thanks',
  'Sam: Plan: load-in 3pm, soundcheck 5:00-5:45, doors 7, you\'re on at 9:15, curfew 11:30',
  'Lee: Perfect',
  'Sam: Settlement will be 11:45 in the prod office with our GM',
  'Lee: Thx',
].join('\n');

test('"doors 7" among clock times is the doors at 19:00', async () => {
  const { general, activities } = (await understand([pasted(chat)])).extracted;
  assert.equal(general.doorsTime, '19:00');
  assert.deepEqual(activities.filter((a) => a.kind === 'doors').map((a) => a.startTime), ['19:00']);
});

test('a number after "doors" in a sentence without clock times is no time', async () => {
  const { activities } = (await understand([pasted('Load-in: 15:00\n\nPlease note doors 2, 3 are fire exits and stay shut.')])).extracted;
  assert.equal(activities.filter((a) => a.kind === 'doors').length, 0);
});

test('the settlement is a meeting in the night, in the room the message names', async () => {
  const { activities } = (await understand([pasted(chat)])).extracted;
  const settlement = activities.find((a) => a.name === 'Settlement');
  assert.equal(settlement?.kind, 'meeting');
  assert.equal(settlement?.startTime, '23:45');
  assert.equal(settlement?.location, 'prod office');
});
