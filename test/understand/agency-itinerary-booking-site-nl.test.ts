/**
 * An agency itinerary whose flights are headed "Airline XX 123 Economy" over "Depart …" / "Arrive …"
 * lines under day banners; a booking-site confirmation's summary row of colon labels over their values,
 * per-room guest labels under numbered room headings, a rating line between the property's name and
 * its address, and Dutch booking-site words; a consultant's job title after their name; a document
 * prepared for a management firm names no act.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { categorise } from '../../src/understand/sections/documents.js';

const ITINERARY = [
  'NORTHWIND TRAVEL',
  'TRAVEL ITINERARY',
  'Prepared for: Harbourlight Artist Management Issued: 2 May 2028',
  'Airline booking ref (PNR): QZ7M4P',
  'PASSENGERS E-TICKET NO.',
  'MR OLE BERGMAN 220-4418830001',
  'MS IDA WINTER 220-4418830002',
  'FRIDAY 12 MAY 2028',
  'Lufthansa LH 2417 Economy Confirmed',
  'Depart 09:40 Munich (MUC) - Terminal 2',
  'Arrive 11:05 Vienna (VIE)',
  'Duration 1h25 - Airbus A320 - Seats 14A/14B',
  'Lufthansa LH 6312 Economy Confirmed',
  'Depart 13:30 Vienna (VIE)',
  'Arrive 15:10 Zurich (ZRH)',
  'Duration 1h40 - Airbus A321 - Seats 9C/9D',
  'SUNDAY 14 MAY 2028',
  'Swiss LX 1110 Economy Confirmed',
  'Depart 18:20 Zurich (ZRH)',
  'Arrive 19:25 Munich (MUC)',
  'Duration 1h05 - Airbus A220 - Seats 3A/3C',
  'Your consultant: Lena Haas, Travel Consultant',
  'T +49 89 5550 1234 | lena.haas@northwind.example',
].join('\n');

test('an agency itinerary\'s flight heading over labelled departure and arrival lines is one flight per heading, dated by its day banner', async () => {
  const { extracted } = await understand([extractPastedText(ITINERARY)]);
  const flights = extracted.flights.map((f) => [f.flightNumber, f.fromAirport, f.toAirport, f.departureTime, f.arrivalTime]);
  assert.deepEqual(flights, [
    ['LH2417', 'MUC', 'VIE', '2028-05-12T09:40', '2028-05-12T11:05'],
    ['LH6312', 'VIE', 'ZRH', '2028-05-12T13:30', '2028-05-12T15:10'],
    ['LX1110', 'ZRH', 'MUC', '2028-05-14T18:20', '2028-05-14T19:25'],
  ]);
  assert.deepEqual(extracted.flights[1]!.passengers.map((p) => p.seat), ['9C', '9D']);
});

test('a consultant\'s job title after their name is their role; a document prepared for a management firm names no act', async () => {
  const { extracted } = await understand([extractPastedText(ITINERARY)]);
  const lena = extracted.contacts.find((c) => c.name === 'Lena Haas');
  assert.equal(lena?.role, 'Travel Consultant');
  assert.equal(extracted.general.artist, null);
});

const BOOKING_SITE = [
  'Kamerwijzer.example — Mijn reizen',
  'Reserveringsbevestiging voor je verblijf in Friesland',
  'Bevestigingsnummer:\tPincode:\tBetaling:',
  '8120 334 569\t5521\tBij aankomst',
  '',
  'Hotel De Wadden',
  '★★★ Hotel',
  'Dijkweg 12, 8861 AB Harlingen',
  '',
  'Inchecken: zo 5 maart 2028, 14:00 – 22:00',
  'Uitchecken: ma 6 maart 2028, 07:30 – 10:30',
  'Prijs voor 2 kamers: € 176,50 (incl. btw)',
  '',
  'Kamer 1: Familiekamer met uitzicht op zee',
  'Naam gast: Pim Jonker, Fenna Hoek',
  '',
  'Kamer 2: Eenpersoonskamer',
  'Naam gast: Daan Smit',
].join('\n');

test('a booking site\'s colon labels over their values, guests under each room heading and a rating line before the address', async () => {
  const { extracted } = await understand([extractPastedText(BOOKING_SITE)]);
  const [hotel] = extracted.hotels;
  assert.equal(hotel?.name, 'Hotel De Wadden');
  assert.equal(hotel?.bookingReference, '8120334569');
  assert.deepEqual(hotel?.guests, ['Pim Jonker', 'Fenna Hoek', 'Daan Smit']);
  assert.match(String(hotel?.address), /^Dijkweg 12, 8861 AB Harlingen/);
});

test('a Dutch booking site\'s confirmation is a hotel confirmation', () => {
  assert.equal(categorise({ ...extractPastedText(BOOKING_SITE), origin: 'file', name: 'bevestiging.pdf' }), 'hotel_confirmation');
});
