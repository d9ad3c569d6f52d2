/**
 * An airline app's trip view read by OCR (leg cards counted "FLIGHT 1 OF 2", codes joined by ">",
 * AM/PM times in two columns, a passengers card pairing seats with routes) and a chauffeur portal's
 * booking (titled, dated ride headings over label rows, "Instructions", a flight to meet on a ride's
 * row, a cost-centre code that looks like a flight number). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const asFile = (text: string, name: string): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });

const TRIP_VIEW = [
  '9:12 «ll 4G @)',
  'Trip Details',
  'Helsinki to Copenhagen',
  'Sat, Jun 5, 2027 - One Way - 2 Passengers',
  'BOOKING CODE',
  'QWX4PL Check In',
  'FLIGHT 1 OF 2 AY 1071 On Time',
  'HEL > ARN',
  '',
  '1h 05 .',
  'Helsinki\tm\tStockholm',
  '7:40 AM\t7:45 AM',
  'Sat, Jun 5\tSat, Jun 5',
  'DEPARTS\tARRIVES',
  'Boarding 7:05 AM - Airbus A320 - Economy',
  '1h 20m layover - Stockholm (ARN)',
  '',
  'FLIGHT 2 OF 2\tAY 1083\tOn Time',
  'ARN > CPH',
  'Stockholm\tm\tCopenhagen',
  '9:05 AM\t10:15 AM',
  'Sat, Jun 5\tSat, Jun 5',
  'DEPARTS\tARRIVES',
  'Boarding 8:35 AM - Airbus A319 - Economy',
  'Passengers & Seats',
  'MAIJA KORHONEN',
  'Plus # 88112233 - Ticket # 105 2400112233',
  'HEL - ARN Seat 12C ARN - CPH Seat 8A',
  'OLLI VIRTANEN',
  'Plus # 88112244 - Ticket # 105 2400112234',
  'HEL - ARN Seat 12D ARN - CPH Seat 8B',
].join('\n');

test('an app trip view: counted leg cards give each flight its route, cities, AM/PM times, length, aircraft and cabin', async () => {
  const { extracted } = await understand([asFile(TRIP_VIEW, 'trip.png')]);
  const [first, second] = extracted.flights;
  assert.equal(extracted.flights.length, 2);
  assert.deepEqual(
    [first!.flightNumber, first!.fromAirport, first!.fromCity, first!.toAirport, first!.toCity, first!.departureTime, first!.arrivalTime, first!.durationMinutes, first!.aircraft, first!.travelClass],
    ['AY1071', 'HEL', 'Helsinki', 'ARN', 'Stockholm', '2027-06-05T07:40', '2027-06-05T07:45', 65, 'Airbus A320', 'Economy'],
  );
  // The layover's "1h 20m" is no flight's length; the second card prints none.
  assert.equal(second!.durationMinutes, null);
  assert.deepEqual([second!.fromCity, second!.toCity, second!.departureTime, second!.arrivalTime], ['Stockholm', 'Copenhagen', '2027-06-05T09:05', '2027-06-05T10:15']);
  // Two AM/PM times on a line are a flight's times, not an item of the day called "AM".
  assert.deepEqual(extracted.activities, []);
});

test("an app's passengers card: capitals name over the ticket line, seats paired with each leg's route, the ticket no phone", async () => {
  const { extracted } = await understand([asFile(TRIP_VIEW, 'trip.png')]);
  const seats = extracted.flights.map((f) => f.passengers.map((p) => `${p.name} ${p.seat} ${p.ticketNumber}`));
  assert.deepEqual(seats, [
    ['Maija Korhonen 12C 1052400112233', 'Olli Virtanen 12D 1052400112234'],
    ['Maija Korhonen 8A 1052400112233', 'Olli Virtanen 8B 1052400112234'],
  ]);
  assert.deepEqual(extracted.contacts, []);
});

const CAR_BOOKING = [
  'Booking reference\tCB-550122-0311',
  'Account\tGreyline Touring Ltd',
  'Cost centre\tGT-EZ44-BRS',
  'Contact on the day\t07700 900388 (Sunniva Lake, production manager)',
  '',
  'Ride 1 of 2 · Arrival transfer\tSat 12 Jun 2027',
  '',
  'Pick-up time\t10:40',
  'Flight to meet\tEZ6012 from Geneva (GVA) · expected arrival 10:05',
  'From\tBristol Airport (BRS), arrivals',
  'To\tHarbourside Lodge, 3 Quay Road, Bristol BS1 4QA',
  'Driver\tTomasz Zielinski · 07700 900412',
  'Instructions\tHold a sign with the band name at arrivals.',
  'Price £80.00',
  '',
  'Ride 2 of 2 · Lodge to venue\tSun 13 Jun 2027',
  '',
  'Pick-up time\t16:15',
  'From\tHarbourside Lodge, 3 Quay Road, Bristol BS1 4QA',
  'To\tThe Boiler Rooms, 8 Mill Lane, Bristol BS2 9XX',
  'Instructions\tLoad via the side gate.',
  '',
  'Harbour Cars Ltd · 1 Dock Street, Bristol BS1 6AA · bookings@harbourcars.example.co.uk',
].join('\n');

test("a chauffeur booking's rides: titled and dated by their headings, the instructions their notes", async () => {
  const { extracted } = await understand([asFile(CAR_BOOKING, 'booking.pdf')]);
  const rides = extracted.activities.map((a) => [a.name, a.kind, a.date, a.startTime, a.location, a.notes]);
  assert.deepEqual(rides, [
    ['Arrival transfer', 'transfer', '2027-06-12', '10:40', 'Bristol Airport (BRS), arrivals', 'Hold a sign with the band name at arrivals.'],
    ['Lodge to venue', 'transfer', '2027-06-13', '16:15', 'Harbourside Lodge, 3 Quay Road, Bristol BS1 4QA', 'Load via the side gate.'],
  ]);
});

test('the flight to meet is read from its row, lands at the pick-up airport, has no reference; a cost-centre code is no flight', async () => {
  const { extracted } = await understand([asFile(CAR_BOOKING, 'booking.pdf')]);
  assert.equal(extracted.flights.length, 1);
  const [flight] = extracted.flights;
  assert.deepEqual(
    [flight!.flightNumber, flight!.date, flight!.fromAirport, flight!.toAirport, flight!.toCity, flight!.departureTime, flight!.arrivalTime, flight!.bookingReference],
    ['EZ6012', '2027-06-12', 'GVA', 'BRS', 'Bristol', null, '2027-06-12T10:05', null],
  );
});

test("a chauffeur booking's driver drives for the company its own e-mail address names", async () => {
  const { extracted } = await understand([asFile(CAR_BOOKING, 'booking.pdf')]);
  const driver = extracted.contacts.find((c) => c.name === 'Tomasz Zielinski');
  assert.deepEqual([driver?.role, driver?.company, driver?.phone], ['Driver', 'Harbour Cars Ltd', '+447700900412']);
});

test("a contact row's number with its owner in brackets after it is that person's", async () => {
  const { extracted } = await understand([asFile(CAR_BOOKING, 'booking.pdf')]);
  const person = extracted.contacts.find((c) => c.name === 'Sunniva Lake');
  assert.equal(person?.phone, '+447700900388');
});
