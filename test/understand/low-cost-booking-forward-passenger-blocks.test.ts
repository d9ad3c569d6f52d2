/**
 * A promoter's mail forwarding a low-cost carrier's booking: the passengers printed as blocks (a name
 * over one indented line per flight with its seat), the carrier thanked "for booking with" it, the
 * show told in prose ("ye're on at 9.30 for an hour"), and the forward keeping the booking's category.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { pasted, scheduleItems } from './helpers.js';
import { run } from './sections/travel-fixtures.js';

const BOOKING = [
  'Thank you for booking with Wizz Air, Maeve!',
  '',
  'Booking reference: QX4LP8',
  '',
  'YOUR FLIGHTS',
  'Outbound | Thu, 9 Mar 2028',
  'Cork (ORK) 08:10 -> Budapest (BUD) 12:25',
  'Flight W6 2218 | Flight time 3h 15m',
  '',
  'Return | Sat, 11 Mar 2028',
  'Budapest (BUD) 13:05 -> Cork (ORK) 15:30',
  'Flight W6 2219 | Flight time 3h 25m',
  '',
  'PASSENGERS',
  '',
  'Mr Cathal Roche',
  '  Outbound W6 2218\tSeat 11A\tPriority & 2 Cabin Bags',
  '  Return\tW6 2219\tSeat 14C\tPriority & 2 Cabin Bags',
  '',
  'Ms Sinead Varley',
  '  Outbound W6 2218\tSeat 11B\t20kg Check-in Bag x1',
  '  Return\tW6 2219\tSeat 14D\t20kg Check-in Bag x1',
  '',
  'BEFORE YOU FLY',
  '- Bring a valid passport or ID card for every passenger.',
  '',
  'You are receiving this e-mail because you made a booking with Wizz Air.',
].join('\n');

function forward(text: string): ExtractedSource {
  return {
    ...pasted(text), name: 'Fwd booking QX4LP8.eml', origin: 'file', format: 'eml', mimeType: 'message/rfc822',
    metadata: { subject: 'Fwd: Your booking confirmation QX4LP8', from: 'Maeve Dunne <maeve@example.ie>', date: '2028-02-01T10:00:00Z' },
  };
}

const MAIL = [
  'Hi both,',
  '',
  'Flights below. Show is Thursday 9th March at Kert Hall, Budapest. Soundcheck 6pm, doors 8pm, ye\'re on at 9.30 for an hour.',
  '',
  'Maeve',
  '',
  '---------- Forwarded message ---------',
  'From: Wizz Air <noreply@wizzair.example.com>',
  'Date: Wed, 1 Feb 2028 at 09:12',
  'Subject: Your booking confirmation QX4LP8',
  '',
  BOOKING,
].join('\n');

test('passengers printed as blocks keep their seat on each flight', async () => {
  const { extracted } = await understand([forward(MAIL)]);
  const seats = extracted.flights.map((f) => f.passengers.map((p) => [p.name, p.seat]));
  assert.deepEqual(seats, [
    [['Cathal Roche', '11A'], ['Sinead Varley', '11B']],
    [['Cathal Roche', '14C'], ['Sinead Varley', '14D']],
  ]);
});

test('the carrier a booking was made with is not the act', () => {
  const [draft] = run(general, forward(MAIL));
  assert.notEqual(draft?.artist?.value, 'Wizz Air');
});

test('"ye\'re on at 9.30 for an hour" is the act\'s set of sixty minutes', () => {
  const set = scheduleItems('Doors 8pm, ye\'re on at 9.30 for an hour.', ['length']).find((i) => i.kind === 'set');
  assert.deepEqual(set, { name: 'Show', kind: 'set', start: '21:30', length: 60 });
});

test('a forward of a carrier\'s booking confirmation keeps its category', () => {
  assert.equal(categorise(forward(MAIL)), 'flight_ticket');
});
