/**
 * An airline's manage-booking page: a schedule change writes the old time in brackets beside the new
 * one, and a card's times may sit beside another leg's; the printed duration from the departure, in
 * the arrival airport's clock, tells which written time is the landing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { supersededSpans } from '../../src/understand/sections/travel/superseded-lines.js';
import { arrivalByDuration } from '../../src/understand/sections/travel/arrival-by-duration.js';
import type { Segment } from '../../src/understand/sections/travel/segments.js';

const hit = <T>(value: T, index = 0) => ({ value, index, length: 1 });

test('an old time in brackets ("previously 07:05") is superseded, in whatever line it stands', () => {
  const block = 'Flight QX 512 on Sat 6 June now departs at 07:30 (previously 07:05) and arrives at 10:10\n(was 09:45).';
  const spans = supersededSpans(block, 100).map(([a, b]) => block.slice(a - 100, b - 100));
  assert.deepEqual(spans, ['(previously 07:05)', '(was 09:45)']);
  assert.deepEqual(supersededSpans('Departs 07:30, arrives 10:10', 0), []);
});

test('the duration from the departure leads to the written landing time across midnight and zones', () => {
  // Dublin 21:10 (UTC+1 in June) + 3h 05m = 23:15 UTC = 02:15 in Helsinki (UTC+3), the next day.
  const text = 'Flight 1 of 1 · Fri 5 June 2026\n3h 05m\n21:10\t02:15\nDublin (DUB)\tHelsinki (HEL)\nArrive Sat 6 June, 6:40pm';
  const s: Segment = {
    flightNumber: hit('QX 77'), airline: 'QX', date: hit('2026-06-05'), from: hit('DUB'), to: hit('HEL'),
    departure: hit('21:10'), arrival: hit('18:40'), duration: hit(185), block: [0, text.length],
  };
  const landing = arrivalByDuration(text, s);
  assert.deepEqual([landing?.date, landing?.arrival.value, text.slice(landing!.arrival.index, landing!.arrival.index + landing!.arrival.length)], ['2026-06-06', '02:15', '02:15']);
  // The time read already agrees: nothing to change; a landing the page never writes is not made up.
  assert.equal(arrivalByDuration(text, { ...s, arrival: hit('02:15') }), null);
  assert.equal(arrivalByDuration(text.replace('02:15', '02:20'), s), null);
});

test('a cabin offered beside the card ("Fly Business to Oslo") is not the cabin booked', async () => {
  const { segmentsIn } = await import('../../src/understand/sections/travel/segments.js');
  const text = [
    'Flight 1 of 1 · Sat 6 June 2026',
    '2h 10m\tFly Business to Oslo',
    '09:15\t11:25',
    '✈ QX 310',
    'Dublin (DUB)\tOslo (OSL)',
    'Economy',
  ].join('\n');
  const [s] = segmentsIn(text, new Date(Date.UTC(2026, 4, 1)));
  assert.equal(s?.travelClass?.value, 'Economy');
});
