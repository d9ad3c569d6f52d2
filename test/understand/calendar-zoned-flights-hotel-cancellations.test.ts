/**
 * A calendar's zoned times keep their zone, so a flight's landing is read in
 * the arrival airport's clock; a chat's cancellation drops a hotel only by its own name's words and
 * where it speaks of lodging or of nothing else; a number given at the hotel's desk is the desk's only
 * right after the desk word, and never the writer's own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { hotelOwnWords } from '../../src/understand/sections/hotel-own-words.js';

const ics = async (name: string, events: string[][], head: string[] = []) => extractFile({
  bytes: Buffer.from(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Invented Agency//EN', ...head,
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n')),
  name,
});
const times = (f: Record<string, unknown>) => [f['flightNumber'], f['departureTime'], f['arrivalTime']];
const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('the extraction keeps a zoned time\'s offset: a UTC time in the calendar\'s one zone, a TZID time as written', async () => {
  const named = await ics('a.ics', [['SUMMARY:Load-in', 'DTSTART:20270714T100000Z', 'DTEND:20270714T120000Z']], ['X-WR-TIMEZONE:Europe/Lisbon']);
  assert.equal(named.text, 'Summary: Load-in\nStart: 20270714T110000+0100\nEnd: 20270714T130000+0100');
  const tzid = await ics('b.ics', [['SUMMARY:Load-in', 'DTSTART;TZID=America/Toronto:20270114T093000']]);
  assert.equal(tzid.text, 'Summary: Load-in\nStart: 20270114T093000-0500');
  const floating = await ics('c.ics', [['SUMMARY:Load-in', 'DTSTART:20270114T093000', 'DTEND:20270114T100000Z']]);
  assert.equal(floating.text, 'Summary: Load-in\nStart: 20270114T093000\nEnd: 20270114T100000Z');
});

test('a UTC flight in a calendar of one named zone lands in the arrival airport\'s clock', async () => {
  const invite = await ics('KL1123.ics', [[
    'DTSTART:20271014T090000Z', 'DTEND:20271014T170000Z', 'SUMMARY:Flight KL 1123 Amsterdam - Toronto',
    'LOCATION:Amsterdam Schiphol (AMS)', 'DESCRIPTION:KLM KL 1123 AMS-YYZ\\nBooking ref PLK4QZ',
  ]], ['X-WR-TIMEZONE:Europe/Amsterdam']);
  const { flights } = (await understand([invite])).extracted;
  assert.deepEqual(flights.map(times), [['KL1123', '2027-10-14T11:00', '2027-10-14T13:00']]);
});

test('a TZID flight time whose zone is not its airport\'s is turned into the airport\'s clock', async () => {
  // Both times written in the organiser's zone (Berlin), the flight from Lisbon to Reykjavik.
  const invite = await ics('TP1502.ics', [[
    'DTSTART;TZID=Europe/Berlin:20270320T110000', 'DTEND;TZID=Europe/Berlin:20270320T150000',
    'SUMMARY:Flight TP 1502 Lisbon - Reykjavik', 'LOCATION:Lisbon (LIS)', 'DESCRIPTION:Lisbon (LIS) to Reykjavik (KEF)',
  ]], ['BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'END:VTIMEZONE']);
  const { flights } = (await understand([invite])).extracted;
  assert.deepEqual(flights.map(times), [['TP1502', '2027-03-20T10:00', '2027-03-20T14:00']]);
});

test('the calendar fills only the flight times no other reading gave', async () => {
  // The description's row lands at 16:50; the event's end gives 16:40: the written time stays.
  const invite = await ics('EI3302.ics', [[
    'DTSTART:20270602T120000Z', 'DTEND:20270602T144000Z', 'SUMMARY:Flight EI 3302 Dublin - Rome',
    'DESCRIPTION:EI 3302 Wed 2 Jun 2027 DUB 13:00 FCO 16:50',
  ]], ['X-WR-TIMEZONE:Europe/Dublin']);
  const { flights } = (await understand([invite])).extracted;
  assert.deepEqual(flights.map(times), [['EI3302', '2027-06-02T13:00', '2027-06-02T16:50']]);
});

test('an invite\'s airport codes give the zones where its cities do not', async () => {
  // "New York" is also a small town's name elsewhere; the description's "LHR-JFK" tells the airports.
  const invite = await ics('VS045.ics', [[
    'DTSTART:20271014T100000Z', 'DTEND:20271014T180000Z', 'SUMMARY:Flight VS 45 London - New York',
    'DESCRIPTION:VS 45 LHR-JFK\\nSeat 31A',
  ]], ['X-WR-TIMEZONE:Europe/London']);
  const { flights } = (await understand([invite])).extracted;
  assert.deepEqual(flights.map(times), [['VS45', '2027-10-14T11:00', '2027-10-14T14:00']]);
});

test('a hotel name\'s own words leave out its lodging word, its city and its country', () => {
  assert.deepEqual(hotelOwnWords('Hotel Brambleton Leeds', ['Leeds']), ['Brambleton']);
  assert.deepEqual(hotelOwnWords('The Quayside Rooms'), ['Quayside', 'Rooms']);
});

test('a later chat message cancelling something else that shares the hotel\'s city keeps the hotel', async () => {
  const { hotels } = await extracted([
    '[03/02/2027, 10:14] Ines Varga: Hotels are booked. Thu 11 Feb: Hotel Larchmont Tallinn, Pikk 12, Tallinn, check-in 15:00',
    '[03/02/2027, 10:15] Ines Varga: Fri 12 Feb: Gullwing Inn, Rannamae 3, Tartu, check-in 14:00',
    '[03/02/2027, 10:20] Piet Sandor: the Tallinn podcast taping is cancelled btw',
    '[03/02/2027, 10:21] Ines Varga: ok noted',
  ].join('\n'));
  assert.deepEqual(hotels.map((h) => h.name), ['Hotel Larchmont Tallinn', 'Gullwing Inn']);
});

test('a later chat message cancelling a hotel by its own word still drops it', async () => {
  const { hotels } = await extracted([
    '[03/02/2027, 10:14] Ines Varga: Hotel: Hotel Larchmont, Pikk 12, Tallinn, check-in 15:00',
    '[03/02/2027, 11:02] Ines Varga: moved you: Gullwing Inn, Rannamae 3, Tallinn, check-in 14:00',
    '[03/02/2027, 11:05] Piet Sandor: and the Larchmont booking is cancelled?',
    '[03/02/2027, 11:06] Ines Varga: yes Larchmont cancelled',
  ].join('\n'));
  assert.deepEqual(hotels.map((h) => h.name), ['Gullwing Inn']);
});

test('a crew member at the hotel\'s reception giving their own number gives no hotel phone', async () => {
  const { hotels } = await extracted([
    'Ines Varga  9:14 AM', 'Hotel for the band: The Larchmont Rooms, 8 Quay St, Wellington', 'check-in 3pm',
    'Piet Sandor  3:20 PM', 'at the hotel reception now, keys not ready. call me on 027 555 0144 if you need me',
    'Ines Varga  3:21 PM', 'ok',
  ].join('\n'));
  assert.equal(hotels[0]?.phone ?? null, null);
});

test('a number right after the hotel\'s desk word is the hotel\'s phone', async () => {
  const { hotels } = await extracted([
    'Ines Varga  9:14 AM', 'Hotel for the band: The Larchmont Rooms, 8 Quay St, Wellington', 'check-in 3pm',
    'Piet Sandor  3:20 PM', 'thanks!',
    'Ines Varga  3:22 PM', 'Larchmont reception, just in case: (03) 555 0188',
  ].join('\n'));
  assert.match(hotels[0]?.phone ?? '', /5550188$/);
});
