/**
 * Airline documents read as a traveller gets them: a schedule-change mail printing the replaced flight
 * whole under its own heading (and the old seat beside the new), a manage-booking page printed from the
 * browser (details line apart from the route, seat columns headed by routes, a passenger-type column),
 * and an agency's summary booking two groups under locators of their own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { pasted, scheduleItems } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string, format: ExtractedSource['format']): ExtractedSource =>
  ({ ...pasted(text), name, origin: 'file', format });

const passengersOf = (f: Record<string, unknown>) => (f['passengers'] as Record<string, unknown>[]).map((p) => [p['name'], p['seat'] ?? null, p['ticketNumber']]);

const CHANGE = [
  'NORDWIND AIR',
  'YOUR FLIGHT TIME HAS CHANGED',
  'Booking reference: R7KQ2M',
  '',
  '----------------------------------------',
  'PREVIOUS FLIGHT  (cancelled)',
  '----------------------------------------',
  'Flight:       SK 1201',
  'Date:         Fri 3 Dec 2027',
  'Departs:      07:10  Oslo (OSL)',
  'Arrives:      08:20  Copenhagen (CPH)',
  'Aircraft:     Airbus A320',
  '',
  '----------------------------------------',
  'YOUR NEW FLIGHT',
  '----------------------------------------',
  'Flight:       SK 1205',
  'Date:         Fri 3 Dec 2027',
  'Departs:      11:40  Oslo (OSL)',
  'Arrives:      12:55  Copenhagen (CPH)',
  'Aircraft:     Boeing 737-800',
  '',
  'PASSENGER        E-TICKET          SEAT WAS   SEAT NOW',
  'Ida Berg         117-2300911101    4A         21C',
  'Ola Lund         117-2300911102    4B         21D',
].join('\n');

test('a schedule change: the flight under the old heading is gone, and so is the old seat column', () => {
  const found = run(flights, asFile(CHANGE, 'change.eml', 'eml')).map(values);
  assert.deepEqual(found.map((f) => [f['flightNumber'], f['departureTime'], f['aircraft']]), [['SK1205', '2027-12-03T11:40', 'Boeing 737-800']]);
  assert.deepEqual(passengersOf(found[0]!), [['Ida Berg', '21C', '1172300911101'], ['Ola Lund', '21D', '1172300911102']]);
});

const PAGE = [
  'Your trip is confirmed',
  'Booking reference (PNR) W4TZ8K',
  '',
  'Outbound · Friday 8 October 2027',
  '',
  'LH 2412 Operated by Lufthansa',
  '07:05 Munich (MUC)\t08:15 Vienna (VIE)',
  'Terminal 2\tTerminal 3',
  '',
  'Direct · 1h 10m · Airbus A319 · Economy Flex',
  '',
  'Return · Sunday 10 October 2027',
  '',
  'LH 2327 Operated by Lufthansa',
  '18:30 Vienna (VIE)\t19:20 Munich (MUC)',
  'Terminal 3\tTerminal 2',
  '',
  'Flight 1 of 1 · 50m · Embraer 190 · Economy Flex',
  '',
  'Passenger\tType\tE-ticket number\tMUC – VIE\tVIE – MUC',
  'Ms Lena Vogt\tAdult\t220-2419000001\t14A\tNot selected',
  'Mr Jan Roth\tAdult\t220-2419000002\tNot selected\t9C',
].join('\n');

test('a printed manage-booking page: details set apart, seats by route column, no type word as a name', () => {
  const found = run(flights, asFile(PAGE, 'trip.pdf', 'pdf')).map(values);
  assert.deepEqual(found.map((f) => [f['flightNumber'], f['durationMinutes'], f['aircraft'], f['travelClass']]), [
    ['LH2412', 70, 'Airbus A319', 'Economy Flex'],
    ['LH2327', 50, 'Embraer 190', 'Economy Flex'],
  ]);
  assert.deepEqual(found.map(passengersOf), [
    [['Lena Vogt', '14A', '2202419000001'], ['Jan Roth', null, '2202419000002']],
    [['Lena Vogt', null, '2202419000001'], ['Jan Roth', '9C', '2202419000002']],
  ]);
});

test("a flight's route line ('07:05 Munich (MUC)') is no item of the day", () => {
  assert.equal(activityKind('Munich (MUC)'), null);
  assert.equal(activityKind('Load-in (Gate B)'), 'load_in');
});

test('"online check-in opens 24h before" is no line check', () => {
  assert.equal(activityKind('open - online check-in opens 24h before departure'), null);
  assert.equal(activityKind('Line check'), 'soundcheck');
  assert.deepEqual(scheduleItems('Seats are open - online check-in opens 24h before departure.\nSupport line check 17:30.', []), [
    { name: 'Support line check', kind: 'soundcheck', start: '17:30' },
  ]);
});

const SUMMARY = [
  'Hi Sam,',
  '',
  '==========================================',
  'CREW  -  NORDIC AIR  -  LOCATOR KX4T2P',
  '==========================================',
  ' 1  SK 1467  Y  12NOV FR  OSLO OSL  -> COPENHAGEN CPH  HK2  0650  0805',
  ' 2  SK 1472  Y  14NOV SU  COPENHAGEN CPH  -> OSLO OSL  HK2  1645  1805',
  '',
  '    1.1 LUND/ASTRID MS        TKT 117-2300918841',
  '    1.2 BERGE/JONAS MR        TKT 117-2300918842',
  '',
  '    SEATS SK 1467: 9C 9D (pax order)',
  '    SEATS SK 1472: open - check-in opens 24h before departure',
  '',
  '==========================================',
  'BAND  -  NORDIC AIR  -  LOCATOR QW7R2D',
  '==========================================',
  ' 1  SK 2864  M  13NOV SA  BERGEN BGO  -> COPENHAGEN CPH  HK1  1240  1405',
  '',
  '    1.1 HOLM/SIGNE MS         TKT 117-2300918843',
  '',
  'Hotel confirmation no. HC-55821',
].join('\n');

test("an agency's summary: each group's flights take its locator and its own tickets; a party's seat line goes in order", () => {
  const found = run(flights, { ...asFile(SUMMARY, 'summary.eml', 'eml'), metadata: { date: '2027-10-05T10:00:00Z' } }).map(values);
  assert.deepEqual(found.map((f) => [f['flightNumber'], f['bookingReference'], f['durationMinutes']]), [
    ['SK1467', 'KX4T2P', undefined], ['SK1472', 'KX4T2P', undefined], ['SK2864', 'QW7R2D', undefined],
  ]);
  assert.deepEqual(found.map(passengersOf), [
    [['Astrid Lund', '9C', '1172300918841'], ['Jonas Berge', '9D', '1172300918842']],
    [['Astrid Lund', null, '1172300918841'], ['Jonas Berge', null, '1172300918842']],
    [['Signe Holm', null, '1172300918843']],
  ]);
});
