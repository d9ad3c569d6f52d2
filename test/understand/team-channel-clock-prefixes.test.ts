/**
 * A team channel copied as plain text opens each post with its bracketed time and the sender before a
 * colon ("[9:05 AM] Ana Berg: …"), thread replies saying so before the colon; the year-less day dividers
 * date the posts. The posts are chat turns, so a later correction wins and writers are contacts; a link
 * preview's "https:" is no label.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read } from '../../src/understand/text/read.js';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const CHANNEL = [
  '#mv-bristol-advance',
  'Monday, March 8th',
  '',
  '[9:05 AM] Ana Berg: Morning! Ana, TM for Marrow Vale. Day for Friday 12 March 2027 below',
  '14:00\tLoad-in',
  '19:00\tDoors',
  '21:00-22:30\tMarrow Vale',
  '👍 2',
  '',
  '[9:40 AM] Tom Reyes: Tom here, promoter rep for Harbourline. I\'m on 07700 900 456 / tom@harbourline.example.co.uk',
  '[9:44 AM] Ana Berg replied to a thread: thanks Tom',
  '',
  'Tuesday, March 9th',
  '',
  '[2:10 PM] Tom Reyes: Rooms booked https://www.dockhouse.example.co.uk/bristol',
  'The Dock House Hotel, 4 Canal Quay, Bristol BS1 4QA',
  '3 rooms, Fri 12 → Sat 13 Mar, conf no. DH-20931',
  '',
  '[4:18 PM] Tom Reyes: CORRECTION on doors – our doors are 19:30 not 19:00.',
].join('\n');

test('bracketed clock stamps open posts, dated by the day dividers above them', () => {
  const r = read(pasted(CHANNEL));
  assert.equal(r.turns.length, 5);
  assert.deepEqual(r.turns.map((t) => t.sender), ['Ana Berg', 'Tom Reyes', 'Ana Berg', 'Tom Reyes', 'Tom Reyes']);
  assert.equal(r.turns[3]!.date?.toISOString().slice(0, 10), '2027-03-09');
  assert.ok(!r.lines.some((l) => l.text.includes('[9:05 AM]') || l.text.includes('replied to a thread')));
});

test('a later post corrects the doors, and a writer giving their number is a contact', async () => {
  const { extracted } = await understand([pasted(CHANNEL)]);
  assert.equal(extracted.general.doorsTime, '19:30');
  const tom = extracted.contacts.find((c) => c.name === 'Tom Reyes');
  assert.equal(tom?.email, 'tom@harbourline.example.co.uk');
});

test('a link preview\'s URL scheme is no label: the hotel is the one named on its own line', async () => {
  const { extracted } = await understand([pasted(CHANNEL)]);
  assert.deepEqual(extracted.hotels.map((h) => h.name), ['Dock House Hotel']);
  assert.equal(extracted.hotels[0]!.bookingReference, 'DH-20931');
});

test('a day sheet with bracketed times and no repeated writer is no chat', () => {
  const r = read(pasted(['[14:00] Load-in: rear dock', '[19:00] Doors: main room', '[21:00] Headline: Marrow Vale'].join('\n')));
  assert.equal(r.turns.length, 0);
});
