/**
 * A tour manager's typed notes and the papers beside them: a year-less date's weekday settles its year; day
 * headings "FRI 8" date their timed rows, and flight rows opening "Fri 8" their flights; a pick-up's route ends before the driver's name and number; an
 * item's "@ street" is its place and a bracket after it its note; "Act (60)" gives the set's length; people
 * lines part name, role and number with spaced hyphens; "dinner @ Place, street - table for 6" books a table.
 * A contract's meal-or-buyout clause and its pointer to the rider are no meal and no technical remark; a
 * hotel's guests may carry their room in brackets, one a line; a remark may wrap onto an indented line; its
 * sign-off prints a Montréal-style address.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test("a year-less date's weekday picks the year it falls on", () => {
  const december = new Date(Date.UTC(2026, 11, 1, 12));
  // 9 October 2026 is a Friday, 9 October 2027 a Saturday.
  assert.deepEqual(findDates('LYON — Sat 9 Oct — Le Quai', december).map((d) => d.value), ['2027-10-09']);
  assert.deepEqual(findDates('Friday, October 9', december).map((d) => d.value), ['2026-10-09']);
  assert.deepEqual(findDates('9 Oct', december).map((d) => d.value), ['2026-10-09']);
  // Near the reference, or after it, a weekday that does not fit is a slip: 3 December and 14 March 2027 are a
  // Thursday and a Sunday.
  assert.deepEqual(findDates('Fri 3 Dec', december).map((d) => d.value), ['2026-12-03']);
  assert.deepEqual(findDates('Sat 14 Mar', december).map((d) => d.value), ['2027-03-14']);
});

const NOTES = [
  'LYON — Sat 9 Oct 2027 — Le Quai   (TM notes)',
  '',
  'FLIGHTS  (PNR K7TQ2M)',
  'Fri 8  AF7644  CDG 09:10 -> LYS 10:20   Ines 12A / me 12B',
  'Sun 10  AF7651  LYS 18:40 -> CDG 19:50',
  '',
  'FRI 8',
  ' 16:20  pick-up: LYS arrivals -> Hôtel Brume - Marco (driver) 06 11 22 33 44',
  '',
  'SAT 9',
  ' 12:00-12:45  Radio Fourvière session @ 14 quai Perrache (Ines only)',
  ' 16:00  soundcheck',
  ' 19:00  dinner @ Chez Lune, 12 rue des Lilas - table for 6',
  ' 21:00  Ines (60)',
  '',
  'SUN 10',
  ' 10:30  pick-up: hotel lobby -> LYS',
  '',
  'people',
  'Ana Ruiz - promoter - cell +33 6 12 34 56 78',
  'Paul Venn - prod @ venue - paul@lequai.example.fr',
].join('\n');

test('day headings with their day of the month date the rows below them', async () => {
  const x = await extracted(NOTES);
  const rides = x.activities.filter((a) => a.kind === 'transfer').map((a) => [a.date, a.startTime, a.location, a.destination]);
  assert.deepEqual(rides, [['2027-10-08', '16:20', 'LYS arrivals', 'Hôtel Brume'], ['2027-10-10', '10:30', 'hotel lobby', 'LYS']], JSON.stringify(x.activities));
});

test('a flight row opening with its weekday and day of the month is that day of the notes\' week', async () => {
  const x = await extracted(NOTES);
  assert.deepEqual(x.flights.map((f) => [f.flightNumber, f.date, f.departureTime]), [
    ['AF7644', '2027-10-08', '2027-10-08T09:10'],
    ['AF7651', '2027-10-10', '2027-10-10T18:40'],
  ], JSON.stringify(x.flights));
});

test("an item's street after \"@\" is its place, the bracket after it its note", async () => {
  const x = await extracted(NOTES);
  const session = x.activities.find((a) => a.startTime === '12:00');
  assert.deepEqual([session?.name, session?.location, session?.notes], ['Radio Fourvière session', '14 quai Perrache', 'Ines only'], JSON.stringify(session));
});

test("bare minutes in brackets after an act's name are its set's length, no part of the name", async () => {
  const x = await extracted(NOTES);
  const set = x.activities.find((a) => a.startTime === '21:00');
  assert.deepEqual([set?.name, set?.kind], ['Ines', 'set'], JSON.stringify(x.activities));
});

test('a table booked "@ Place, street - table for 6" names the place, its street and the party', async () => {
  const x = await extracted(NOTES);
  assert.deepEqual(x.food.map((f) => [f.name, f.kind, f.address, f.city, f.time, f.guestCount]), [
    ['Chez Lune', 'restaurant', '12 rue des Lilas', null, '19:00', 6],
  ]);
});

test('people lines part name, role and number or e-mail with spaced hyphens', async () => {
  const x = await extracted(NOTES);
  const ana = x.contacts.find((c) => c.name === 'Ana Ruiz');
  assert.deepEqual([ana?.role, ana?.phone, ana?.email], ['promoter', '+33612345678', null], JSON.stringify(x.contacts));
});

test("a contract's meal-or-buyout clause books no meal, its pointer to the rider is no technical remark", async () => {
  const x = await extracted([
    'Performance Agreement',
    'Artist\tThe Pale Hours',
    'Engagement date\tFriday, 12 November 2027',
    '',
    '3. Hospitality',
    '3.1 Hot dinner for six (6) persons or a buyout of EUR 20 per person.',
    '',
    '4. Technical',
    "4.1 Per Artist's technical rider (v2, May 2027), sent separately.",
    '',
    '5. Cancellation',
    '5.1 Force majeure applies.',
  ].join('\n'));
  assert.deepEqual(x.food, []);
  assert.equal(x.technical.other, null, JSON.stringify(x.technical));
});

test("a hotel's guests one a line with their room in brackets, a remark wrapped below, its address from the sign-off", async () => {
  const x = await extracted([
    'Dear Ms. Ferre,',
    'We are pleased to confirm your reservation at Auberge Pivoine:',
    '  Confirmation number:\tAPV-22871',
    '  Arrival:\tThursday, November 11, 2027',
    '  Departure:\tSaturday, November 13, 2027',
    '  Rooms:\t2',
    '  Guests:\tLina Ferre (Queen Deluxe)',
    '                        Oskar Brandt (King Classic)',
    '  Special requests:\tLate arrival, rooms away from the',
    '                        ice machine.',
    '',
    'Kind regards,',
    '',
    'Auberge Pivoine',
    '3415 rue Sherbrooke Est',
    'Montréal (Québec) H1W 1C9',
    'T +1 514 555 0190',
  ].join('\n'));
  const stay = x.hotels[0];
  assert.deepEqual(stay?.guests, ['Lina Ferre', 'Oskar Brandt'], JSON.stringify(x.hotels));
  assert.equal(stay?.address, '3415 rue Sherbrooke Est, Montréal (Québec) H1W 1C9');
  assert.equal(stay?.notes, 'Late arrival, rooms away from the ice machine.');
});
