/**
 * A festival's artist portal printed from the browser: a menu bar of pipes, an edit stamp wrapped
 * before its clock time, the slot as "Set start" and "Set end" rows, a media table whose declined
 * request is no item, a remark after a middle dot is a note, a changeover up to the set is the load-in, the stage the slot names is where the set happens, accommodation the band arranges itself, and a hospitality allowance listing
 * the meal vouchers and their validity above the canteen that takes them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const PORTAL = [
  'SEAGLASS FESTIVAL 2028 · Artist Portal',
  '',
  'Home › My Slot | Travel | Hospitality | Guest List | Technical | Documents | Messages (3) | FAQ',
  '',
  'Paper Kites Orchestra',
  'Advance status: 70 % complete · advance deadline Monday 5 June 2028 · last edited 20/05/2028',
  '16:05 by Mira Solberg',
  '',
  'Your slot',
  'Act\tPaper Kites Orchestra',
  'Venue\tKaiparken',
  'Stage\tHarbour Stage (open air)',
  'Performance date\tFriday 30 June 2028',
  'Changeover\t17:55 – 18:20 · drum riser on wheels, left wing',
  'Set start\t18:20',
  'Set end\t19:30',
  'Curfew\t00:30',
  '',
  'Hospitality allowance',
  'Meal vouchers\t6 × dinner voucher',
  'Valid\tFriday 30 June, 16:30 – 19:00',
  'Canteen\tThe Galley',
  'Canteen location\tbehind the harbour stage',
  '',
  'Travel',
  'Accommodation\tOwn arrangement – not provided by the festival',
  '',
  'Media',
  'Date\tTime\tWhat\tWhere\tStatus',
  'Fri 30 Jun\t17:00\tPodcast taping (1 member)\tPress tent\tConfirmed',
  'Fri 30 Jun\t17:40\tMeet & greet\tMerch tent\tDeclined',
].join('\n');

test('a "Set start" row and its "Set end" row are one set, named by the act', async () => {
  const x = (await understand([pasted(PORTAL)])).extracted;
  const sets = x.activities.filter((a) => a.kind === 'set').map((a) => [a.name, a.startTime, a.endTime]);
  assert.deepEqual(sets, [['Paper Kites Orchestra', '18:20', '19:30']], JSON.stringify(x.activities));
  assert.equal(x.general.setTime, '18:20');
});

test('the stage the slot names is where the act\'s set happens', async () => {
  const x = (await understand([pasted(PORTAL)])).extracted;
  assert.equal(x.activities.find((a) => a.kind === 'set')?.location, 'Harbour Stage', JSON.stringify(x.activities));
  assert.equal(x.general.venue, 'Kaiparken');
});

test('a lower-case remark after a middle dot is the item\'s note', async () => {
  const x = (await understand([pasted(PORTAL)])).extracted;
  const changeover = x.activities.find((a) => a.name === 'Changeover');
  assert.equal(changeover?.notes, 'drum riser on wheels, left wing', JSON.stringify(x.activities));
  assert.equal(changeover?.endTime, '18:20');
});

test('a changeover that runs up to the act\'s set is the act\'s load-in', async () => {
  const x = (await understand([pasted(PORTAL)])).extracted;
  assert.equal(x.activities.find((a) => a.name === 'Changeover')?.kind, 'load_in', JSON.stringify(x.activities));
});

test('a changeover after the set stays a plain item', async () => {
  const x = (await understand([pasted(['Act\tPaper Kites Orchestra', 'Set start\t18:20', 'Set end\t19:30', 'Changeover\t19:30 – 19:50'].join('\n'))])).extracted;
  assert.equal(x.activities.find((a) => a.name === 'Changeover')?.kind, 'other', JSON.stringify(x.activities));
});

test('a declined request and a wrapped edit stamp are no items of the day', async () => {
  const x = (await understand([pasted(PORTAL)])).extracted;
  const names = x.activities.map((a) => a.name);
  assert.ok(names.includes('Podcast taping (1 member)'), JSON.stringify(names));
  assert.ok(!names.some((n) => /meet|mira/i.test(n)), JSON.stringify(names));
});

test('accommodation the band arranges itself is no hotel', async () => {
  const x = (await understand([pasted(PORTAL)])).extracted;
  assert.deepEqual(x.hotels, []);
});

test('the canteen under the meal vouchers is the meal: the vouchers count the guests, their validity gives the time', async () => {
  const x = (await understand([pasted(PORTAL)])).extracted;
  const meals = x.food.map((f) => [f.name, f.kind, f.time, f.guestCount, f.address]);
  assert.deepEqual(meals, [['The Galley', 'catering', '16:30', 6, 'behind the harbour stage']], JSON.stringify(x.food));
});

test('neighbouring entries of a menu bar are no label and value', async () => {
  const x = (await understand([pasted(PORTAL)])).extracted;
  assert.ok(!x.food.some((f) => /guest list/i.test(f.name ?? '')), JSON.stringify(x.food));
  assert.ok(!x.contacts.some((c) => c.company === 'Technical'), JSON.stringify(x.contacts));
});
