import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scheduleItems } from './helpers.js';

const SHEET = [
  'crew notes, 2 Nov 2026',
  '',
  'THU 14 OCT 2027',
  '11:30\tpick-up at LHR arrivals → hotel. ask for Marco, +44 7700 900123',
  '15:00\tvan hotel → venue',
  '21:00\tdoors',
  '',
  'FRI 15\tday off',
  'SAT 16\t08:15 lobby call, Marco drives us to LHR',
].join('\n');

test('a route ends at the full stop before a lower-case sentence, and "at" opens no origin', () => {
  const pickUp = scheduleItems(SHEET, ['location', 'destination']).find((i) => i.start === '11:30');
  assert.deepEqual(pickUp, { name: 'pick-up', kind: 'transfer', start: '11:30', location: 'LHR arrivals', destination: 'hotel' });
});

test('a day cell before the time dates its row, and a lobby call told as a ride goes from the lobby', () => {
  const call = scheduleItems(SHEET, ['date', 'location', 'destination']).find((i) => i.start === '08:15');
  assert.deepEqual(call, { name: 'Lobby call', kind: 'transfer', start: '08:15', date: '2027-10-16', location: 'lobby', destination: 'LHR' });
});

test('a lobby call with no ride told stays a call', () => {
  const [call] = scheduleItems('SAT 16\t08:15 lobby call, bags downstairs first', ['destination']);
  assert.equal(call?.kind, 'other');
  assert.equal(call?.destination, undefined);
});
