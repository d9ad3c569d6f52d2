/**
 * Narrowed readings — a weekday-and-ordinal date needs an English weekday, a ride word
 * before a time keeps the pick-up, a morning ride twelve hours before the evening one stays, a press list
 * beside a timetable keeps items that only share a time, and numbered flight blocks are no ground rides.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('an ordinal after an ordinary word ("do 3rd set", "do 7th row") is no date', async () => {
  const ref = new Date('2029-03-04T12:00:00Z');
  assert.deepEqual(findDates('Could you do 7th row for our guests', ref), []);
  assert.deepEqual(findDates('we can do 3rd song acoustic', ref), []);
  assert.equal(findDates('Sat 10th works for us', ref)[0]?.value, '2029-03-10');
  assert.equal(findDates('see you Saturday the 10th', ref)[0]?.value, '2029-03-10');
  const x = await extracted([
    '04/03/29, 09:12 - Mira Holt: Hello! Gig at The Copper Owl, York is confirmed',
    '04/03/29, 09:13 - Mira Holt: Load in 14:30, doors 19:30',
    '04/03/29, 09:15 - Jon Pike: cool, we can do 3rd song as an encore',
    '04/03/29, 09:16 - Mira Holt: lovely',
  ].join('\n'));
  assert.equal(x.general.date ?? null, null, JSON.stringify(x.general));
});

test('a ride word before the time keeps the pick-up ("Pick-up 09:30 coach from …")', async () => {
  const x = await extracted(['Hello Jon,', 'short note for Friday at The Copper Owl.', 'Pick-up 09:30 coach from the hotel door to the club.', 'Load in 10:30.', 'Cheers, Mira'].join('\n'));
  assert.ok(x.activities.some((a) => a.startTime === '09:30'), JSON.stringify(x.activities));
  assert.ok(x.activities.some((a) => a.startTime === '10:30'), JSON.stringify(x.activities));
});

test('a morning ride in the day\'s own list stays beside the evening ride twelve hours later', async () => {
  const x = await extracted(['Run sheet Friday', '9:15 Shuttle hotel to TV studio', '12:00 Live session', '15:00 Load in', '18:00 Soundcheck', '21:15 Shuttle hotel to club', '22:00 Show'].join('\n'));
  const times = x.activities.map((a) => a.startTime);
  assert.ok(times.includes('09:15'), JSON.stringify(x.activities));
  assert.ok(times.includes('21:15'), JSON.stringify(x.activities));
});

test('press items in a list beside a timetable stay when they only share a time with its rows', async () => {
  const x = await extracted([
    'Promo day', '',
    '- 10:00 Signing at Vinyl Corner', '- 12:30 Photo shoot by the river', '- 14:00 Live session for Radio Nord', '',
    'Timetable', '10:00\tLoad in\tGate 2', '12:30\tLine check\tStage A', '14:00\tSoundcheck\tStage A', '18:30\tDoors\tFoyer',
  ].join('\n'));
  const names = x.activities.map((a) => a.name);
  for (const n of [/Signing/, /Photo shoot/, /Live session/]) assert.ok(names.some((s) => n.test(s)), JSON.stringify(names));
  assert.equal(x.activities.length, 7, JSON.stringify(names));
});

test('numbered flight blocks are no ground rides', async () => {
  const x = await extracted([
    'Travel', '1. Outbound flight', '   Thu 14 Oct, 07:15', '   Manchester -> Oslo Gardermoen', '   SK 4602, 1 bag',
    '2. Return flight', '   Sun 17 Oct, 19:40', '   Oslo Gardermoen -> Manchester', '   SK 4603',
  ].join('\n'));
  assert.ok(!x.activities.some((a) => a.kind === 'transfer'), JSON.stringify(x.activities));
});
