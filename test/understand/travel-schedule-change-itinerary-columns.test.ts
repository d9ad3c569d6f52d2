/**
 * Airline schedule-change notices (old and new values on WAS/NOW lines, a passenger table with one
 * seat column per flight, a flight mentioned again in prose) and an agency's itinerary table whose
 * header names a reference and a duration column.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { findDates } from '../../src/understand/normalise/index.js';
import { pasted } from './helpers.js';
import { contactRows, run, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string, extra: Partial<ExtractedSource> = {}): ExtractedSource =>
  ({ ...pasted(text), name, origin: 'file', ...extra });

const NOTICE = [
  'Your flight times have changed',
  'Booking reference: QX7T2M',
  '',
  'FLIGHT 1 - Monday 8 November 2027   ** RETIMED **',
  'SK 1467\tOslo (OSL) -> Copenhagen (CPH)',
  '  WAS:\tdep 06:50\tarr 08:05',
  '  NOW:\tdep 08:20\tarr 09:35',
  '  Flight time 1h 15m | Economy',
  '',
  'FLIGHT 2 - Wednesday 10 November 2027   NO CHANGE',
  'SK 2864\tCopenhagen (CPH) -> Billund (BLL)',
  '  dep 12:40\tarr 13:25',
  '  Flight time 45m | Economy',
  '',
  'FLIGHT 3 - Friday 12 November 2027   ** NEW FLIGHT NUMBER **',
  'SK 1472\tBillund (BLL) -> Oslo (OSL)',
  '  WAS:\tSK 1470\tdep 18:10\tarr 19:30',
  '  NOW:\tSK 1472\tdep 16:45\tarr 18:05',
  '',
  'Passenger\tE-ticket\tSK 1467\tSK 2864\tSK 1472',
  'LUND/ASTRID MS\t117-2300918841\tsee note\t9C\tsee note',
  'BERGE/JONAS MR\t117-2300918842\tsee note\t9D\tsee note',
  '',
  'The seats you chose on the new flights. Seats on SK 1467 were released.',
  'Need help? Our Customer Care team is available on +47 21 99 40 00.',
].join('\n');

test('a counter before a written date is no day range', () => {
  assert.deepEqual(findDates('FLIGHT 2 - Wednesday 10 November 2027', new Date('2027-09-01')).map((d) => d.value), ['2027-11-10']);
  assert.deepEqual(findDates('Fri 12 - Sun 14 Nov 2027', new Date('2027-09-01')).map((d) => d.value), ['2027-11-12', '2027-11-14']);
});

test('a schedule-change notice: only the NOW values count, mentions are no flights, seats by flight column', () => {
  const found = run(flights, asFile(NOTICE, 'notice.eml', { format: 'eml' })).map(values);
  assert.deepEqual(found.map((f) => [f['flightNumber'], f['date'], f['departureTime'], f['arrivalTime'], f['durationMinutes']]), [
    ['SK1467', '2027-11-08', '2027-11-08T08:20', '2027-11-08T09:35', 75],
    ['SK2864', '2027-11-10', '2027-11-10T12:40', '2027-11-10T13:25', 45],
    ['SK1472', '2027-11-12', '2027-11-12T16:45', '2027-11-12T18:05', undefined],
  ]);
  const seats = found.map((f) => (f['passengers'] as Record<string, unknown>[]).map((p) => p['seat'] ?? null));
  assert.deepEqual(seats, [[null, null], ['9C', '9D'], [null, null]]);
});

test('a customer-care line is no contact, and an airline\'s schedule change is a flight ticket', () => {
  assert.deepEqual(contactRows(NOTICE).filter((c) => c[3]), []);
  assert.equal(categorise(asFile(NOTICE, 'Schedule change to your booking.eml', { format: 'eml' })), 'flight_ticket');
});

test('an itinerary table: each row its own locator from the reference column, duration from the Dur column', () => {
  const text = [
    'Flight itinerary',
    'Date\tFlight\tFrom\tDep\tTo\tArr\tDur\tEquip\tAirline ref',
    'Tue 09 Nov 2027 BA 846\tLondon (LHR) T5\t07:05 Warsaw (WAW) 10:30 2h25 A320\tK4TQ8Z',
    'Tue 09 Nov 2027 LO 3901 Warsaw (WAW) 12:00 Gdansk (GDN)\t12:55 0h55 ATR72 8MRW2B',
    '',
    'Agency file: AGT-4471',
  ].join('\n');
  const found = run(flights, asFile(text, 'invoice.pdf', { format: 'pdf' })).map(values);
  assert.deepEqual(found.map((f) => [f['flightNumber'], f['bookingReference'], f['durationMinutes'], f['aircraft']]), [
    ['BA846', 'K4TQ8Z', 145, 'A320'],
    ['LO3901', '8MRW2B', 55, 'ATR72'],
  ]);
});

const CARDS = [
  'Flights',
  'Airline confirmation code: TQ4K8W',
  '',
  'Depart · Fri, Nov 5, 2027',
  '10:15pm',
  'Toronto (YYZ)',
  '→',
  '11:05am +1 day',
  'Madrid (MAD)',
  'Iberia IB 6252 · Nonstop · 7h 50m · Airbus A330-200 · Economy',
  '',
  'TRAVELLER\tSEAT\tTICKET',
  'Jonas Weber\t21A\t075-2419900121',
  'Lina Costa\t21B\t075-2419900122',
  '',
  'Return · Tue, Nov 9, 2027',
  '1:40pm',
  'Madrid (MAD)',
  '→',
  '4:10pm',
  'Toronto (YYZ)',
  'Iberia IB 6251 · Nonstop · 8h 30m · Airbus A330-200 · Economy',
  '',
  'TRAVELLER\tSEAT\tTICKET',
  'Jonas Weber\t30C\t075-2419900121',
  'Lina Costa\t30D\t075-2419900122',
].join('\n');

test('an e-mail card with the route above the flight number, a traveller table under each flight', () => {
  const found = run(flights, asFile(CARDS, 'trip.eml', { format: 'eml' })).map(values);
  assert.deepEqual(found.map((f) => [f['flightNumber'], f['fromAirport'], f['toAirport'], f['departureTime'], f['arrivalTime'], f['durationMinutes']]), [
    ['IB6252', 'YYZ', 'MAD', '2027-11-05T22:15', '2027-11-06T11:05', 470],
    ['IB6251', 'MAD', 'YYZ', '2027-11-09T13:40', '2027-11-09T16:10', 510],
  ]);
  assert.deepEqual(found.map((f) => (f['passengers'] as Record<string, unknown>[]).map((p) => [p['name'], p['seat'], p['ticketNumber']])), [
    [['Jonas Weber', '21A', '0752419900121'], ['Lina Costa', '21B', '0752419900122']],
    [['Jonas Weber', '30C', '0752419900121'], ['Lina Costa', '30D', '0752419900122']],
  ]);
});

test('partial flight markup (one traveller, one flight) is completed from the text, never overridden', () => {
  const jsonld = JSON.stringify({
    '@context': 'http://schema.org', '@type': 'FlightReservation', reservationNumber: 'TQ4K8W',
    underName: { '@type': 'Person', name: 'Jonas Weber' }, airplaneSeat: '21A',
    reservationFor: {
      '@type': 'Flight', flightNumber: '6252', airline: { '@type': 'Airline', iataCode: 'IB' },
      departureAirport: { '@type': 'Airport', iataCode: 'YYZ' }, departureTime: '2027-11-05T22:15:00-04:00',
      arrivalAirport: { '@type': 'Airport', iataCode: 'MAD' }, arrivalTime: '2027-11-06T11:05:00+01:00',
    },
  });
  const html = `<html><head><script type="application/ld+json">${jsonld}</script></head><body></body></html>`;
  const found = run(flights, asFile(CARDS, 'trip.eml', { format: 'eml', html })).map(values);
  assert.deepEqual(found.map((f) => [f['flightNumber'], f['durationMinutes'], (f['passengers'] as unknown[]).length]), [
    ['IB6252', 470, 2],
    ['IB6251', 510, 2],
  ]);
  assert.equal((found[0]!['passengers'] as Record<string, unknown>[])[0]!['ticketNumber'], '0752419900121');
});
