/**
 * Airports' IANA zones in the reference data; a calendar invite's flight takes
 * its take-off and landing from the event's start and end (a UTC time in each airport's own zone); a
 * markup UTC time in the airport's zone; "24 h before take-off" is no time of day.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findTimes } from '../../src/understand/normalise/index.js';
import { airportByCode, airportTimeZone } from '../../src/reference/index.js';

const ics = async (name: string, events: string[][], head: string[] = []) => extractFile({
  bytes: Buffer.from(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Invented Agency//EN', ...head,
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n')),
  name,
});
const pick = (f: Record<string, unknown>) => [f['flightNumber'], f['date'], f['departureTime'], f['arrivalTime']];

test('an airport has its IANA time zone; a metro code its city\'s; an unknown code none', () => {
  assert.equal(airportByCode('yvr')?.timeZone, 'America/Vancouver');
  assert.equal(airportTimeZone('DEN'), 'America/Denver');
  assert.equal(airportTimeZone('TYO'), 'Asia/Tokyo');
  // A code the OpenFlights snapshot lacks takes the zone its city's other airports share.
  assert.equal(airportTimeZone('BER'), 'Europe/Berlin');
  assert.equal(airportTimeZone('QQQ'), null);
});

test('a UTC invite between two zones: take-off in the departure airport\'s wall clock, landing in the arrival airport\'s', async () => {
  const body = extractPastedText([
    'Hi Mira, the crew is booked:', '',
    'Fri 4 Jun 2027\tDY 1304\tOslo Gardermoen (OSL) -> Lisbon (LIS)\tdep 09:15', '',
    'Ping me if the plan changes.',
  ].join('\n'));
  const invite = await ics('DY1304.ics', [[
    'DTSTART:20270604T071500Z', 'DTEND:20270604T113000Z', 'SUMMARY:Flight DY 1304 Oslo - Lisbon',
    'LOCATION:Oslo Gardermoen (OSL)', 'DESCRIPTION:Norwegian DY 1304\\nBooking ref: QW7LKM',
  ]]);
  const { flights } = (await understand([body, invite])).extracted;
  assert.deepEqual(flights.map(pick), [['DY1304', '2027-06-04', '2027-06-04T09:15', '2027-06-04T12:30']]);
});

test('an invite with a TZID for its start and another for its end keeps both times as written', async () => {
  const invite = await ics('UA1187.ics', [[
    'DTSTART;TZID=America/Chicago:20270915T173000', 'DTEND;TZID=America/Denver:20270915T190500',
    'SUMMARY:Flight UA 1187 Chicago O\'Hare (ORD) - Denver (DEN)', 'LOCATION:Chicago O\'Hare (ORD)',
    'DESCRIPTION:United UA 1187\\nConfirmation: HX4P2Q',
  ]], ['BEGIN:VTIMEZONE', 'TZID:America/Chicago', 'END:VTIMEZONE', 'BEGIN:VTIMEZONE', 'TZID:America/Denver', 'END:VTIMEZONE']);
  const { flights } = (await understand([invite])).extracted;
  assert.deepEqual(flights.map(pick), [['UA1187', '2027-09-15', '2027-09-15T17:30', '2027-09-15T19:05']]);
});

test('a UTC invite whose airports are unknown keeps no time; one whose summary names the cities is read; a pick-up is no flight', async () => {
  const invite = await ics('trip.ics', [
    ['DTSTART:20271103T061000Z', 'DTEND:20271103T084500Z', 'SUMMARY:Flight AY 1571 Helsinki - Riga', 'DESCRIPTION:Finnair AY 1571'],
    ['DTSTART:20271106T150000Z', 'DTEND:20271106T171500Z', 'SUMMARY:Flight AY 1580', 'DESCRIPTION:Finnair AY 1580'],
    // The ride that meets a flight is no reading of the flight's times.
    ['DTSTART:20271103T090000Z', 'DTEND:20271103T093000Z', 'SUMMARY:Driver pick-up at RIX (AY 1571)', 'LOCATION:Riga Airport (RIX)'],
  ]);
  const { flights } = (await understand([invite])).extracted;
  const byNumber = Object.fromEntries(flights.map((f) => [f.flightNumber, f]));
  assert.equal(byNumber['AY1571']?.departureTime, '2027-11-03T08:10');
  assert.equal(byNumber['AY1571']?.arrivalTime, '2027-11-03T10:45');
  assert.equal(byNumber['AY1580']?.departureTime ?? null, null);
  assert.equal(byNumber['AY1580']?.arrivalTime ?? null, null);
});

test('a markup UTC time turns into the airport\'s own zone in a country of several', async () => {
  const jsonld = JSON.stringify({
    '@context': 'http://schema.org', '@type': 'FlightReservation', reservationNumber: 'ZK8R2T',
    underName: { '@type': 'Person', name: 'Tomasz Wrona' },
    reservationFor: {
      '@type': 'Flight', flightNumber: '2231', airline: { '@type': 'Airline', iataCode: 'WN' },
      departureAirport: { '@type': 'Airport', iataCode: 'DEN' }, departureTime: '2027-08-20T16:00:00Z',
      arrivalAirport: { '@type': 'Airport', iataCode: 'PHX' }, arrivalTime: '2027-08-20T17:50:00Z',
    },
  });
  const source = await extractFile({
    bytes: Buffer.from(`<html><head><script type="application/ld+json">${jsonld}</script></head><body><p>Your trip is confirmed.</p></body></html>`),
    name: 'trip.html',
  });
  const [flight] = (await understand([source])).extracted.flights;
  assert.equal(flight?.departureTime, '2027-08-20T10:00');
  assert.equal(flight?.arrivalTime, '2027-08-20T10:50');
});

test('"24 h before take-off" is a lead time, not a flight\'s landing at midnight', async () => {
  assert.deepEqual(findTimes('web check-in 20 h before take-off'), []);
  assert.deepEqual(findTimes('arrive 3 hrs prior to doors'), []);
  assert.equal(findTimes('soundcheck 17 h')[0]?.value, '17:00');
  const { flights } = (await understand([extractPastedText([
    'FLIGHTS',
    'Mon 8 Nov 2027\tEI 652\tDublin (DUB) -> Amsterdam (AMS)\tdep 13:20', '',
    'TICKETS', 'FARRELL/ORLA MS\t053-2419900114', '',
    'Seat selection opens 24 h before take-off.',
  ].join('\n'))])).extracted;
  assert.equal(flights[0]?.arrivalTime ?? null, null);
});
