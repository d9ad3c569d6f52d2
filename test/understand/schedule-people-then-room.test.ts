/**
 * A tour manager's note writes who goes to an item and where after a dash ("18:40  Radio session - Ann + Bo,
 * dressing room 2"): the people are the item's note, the place its location, the name stays short.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheduleItems } from './helpers.js';

test('the people going and the room after a dash are the note and the location', () => {
  const items = scheduleItems([
    'SAT 6 MAY 2028',
    '16:00  soundcheck',
    '18:40  Kestrel FM radio session - Ann + Bo, dressing room 2',
    '19:30  doors',
  ].join('\n'), ['location', 'notes']);
  const session = items.find((i) => i['start'] === '18:40');
  assert.deepEqual(session, { name: 'Kestrel FM radio session', kind: 'interview', start: '18:40', location: 'dressing room 2', notes: 'Ann + Bo' });
});

test("a schedule table's item cell reads the people going and the room the same way", () => {
  const items = scheduleItems([
    'Date: Saturday 6 May 2028',
    '',
    'Time\tItem\tNotes',
    '16:00\tSoundcheck\t',
    '18:40\tKestrel FM radio session - Ann + Bo, dressing room 2\t',
    '19:30\tDoors\t',
  ].join('\n'), ['location', 'notes']);
  const session = items.find((i) => i['start'] === '18:40');
  assert.deepEqual(session, { name: 'Kestrel FM radio session', kind: 'interview', start: '18:40', location: 'dressing room 2', notes: 'Ann + Bo' });
});
