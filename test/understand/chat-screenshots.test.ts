/** A phone screenshot of a chat read by OCR: bubble send times and the date chip are the app's. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotChat } from '../../src/understand/text/chat-screenshot.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const SHOT = [
  '09:12 LTE 64%',
  'Marta Venue Desk',
  '4 March 2031',
  'Hey Marta, Olli here, TM for Copper Finch.',
  'Playing tomorrow at Tannery Rooms',
  'in Bristol - times?',
  '09:20',
  'Hi! Soundcheck 5:30, doors 7pm,',
  'you are on at 9:15 for 75 mins',
  '09:24 vv',
  'Great, thanks',
  '09: 2587',
].join('\n');

test('bubble times and the date chip are blanked, offsets kept; the chip dates the chat', () => {
  const shot = screenshotChat(SHOT)!;
  assert.ok(shot);
  assert.equal(shot.text.length, SHOT.length);
  assert.equal(shot.chatDate?.toISOString().slice(0, 10), '2031-03-04');
  assert.doesNotMatch(shot.text, /09:20|09:24|4 March 2031/);
  // A bubble's wrapped lines are one line again.
  assert.match(shot.text, /Soundcheck 5:30, doors 7pm, you are on at 9:15 for 75 mins/);
});

test('a day sheet\'s times going backwards, or fewer than three, are no chat', () => {
  assert.equal(screenshotChat('Load in\n14:00\nDoors\n19:00\n'), null);
  assert.equal(screenshotChat('a\n19:00\nb\n14:00\nc\n15:00\n'), null);
});

test('a screenshot chat gives the act, the venue and city, and "tomorrow" against the chip', () => {
  const source = { ...pasted(SHOT), format: 'png' as const, ocr: { used: true, meanConfidence: 90 } };
  const g = values(run(general, source)[0]!);
  assert.equal(g['artist'], 'Copper Finch');
  assert.equal(g['venue'], 'Tannery Rooms');
  assert.equal(g['city'], 'Bristol');
  assert.equal(g['date'], '2031-03-05');
});

test('"at X in City" needs a known city and no meal or room in the sentence', () => {
  const g = values(run(general, pasted('Dinner is at Blue Door in Bristol.\nSoundcheck 17:00\n'))[0] ?? {});
  assert.notEqual(g['venue'], 'Blue Door');
});
