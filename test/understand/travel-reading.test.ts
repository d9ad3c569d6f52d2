/**
 * Travel reading of airline and hotel confirmations as people forward them: routes on the line
 * below the flight number, fare brands, grouped ticket numbers, per-leg seat columns, guest lists
 * that wrap, hard-wrapped prose about a stay, a scan whose letterhead lost the hotel's name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string, extra: Partial<ExtractedSource> = {}): ExtractedSource =>
  ({ ...pasted(text), name, origin: 'file', ...extra });

test('a flight number opening its line takes the route written on the next line, and a labelled fare brand', () => {
  const mail = [
    'Your trip is booked.',
    '',
    'BOOKING REFERENCE: QW7TZR',
    '',
    'OUTBOUND',
    'LH 1234  Thursday 4 March 2027',
    'Munich (MUC) 09:15  ->  Lisbon (LIS) 11:40',
    'Airbus A321 - Fare: Classic',
    '',
    'PASSENGERS        E-TICKET NUMBER',
    'MS ALMA HEGEDUS   220 2412 345 678',
    'MR OTTO BRANDL    220 2412 345 679',
  ].join('\n');
  const [flight, ...rest] = run(flights, asFile(mail, 'booking.eml', { format: 'eml' })).map(values);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [flight!['flightNumber'], flight!['date'], flight!['fromAirport'], flight!['toAirport'], flight!['departureTime'], flight!['arrivalTime'], flight!['travelClass'], flight!['bookingReference']],
    ['LH1234', '2027-03-04', 'MUC', 'LIS', '2027-03-04T09:15', '2027-03-04T11:40', 'Classic', 'QW7TZR'],
  );
  assert.deepEqual(flight!['passengers'], [
    { name: 'Alma Hegedus', ticketNumber: '2202412345678' },
    { name: 'Otto Brandl', ticketNumber: '2202412345679' },
  ]);
});

test('a flight number in running text with no route nearby is not a flight', () => {
  const note = 'Merch table LH 1234 is by the door.\nThe bar closes at 23:00.';
  assert.deepEqual(run(flights, pasted(note)), []);
});

test('a flight table with a Dutch duration, and a passenger table whose seat columns are per leg', () => {
  const mail = [
    'Boekingscode: ZX81QA',
    '',
    'Vlucht\tDatum\tVertrek\tAankomst\tReisduur',
    'Heenvlucht KL 1001\tdi 2 maart 2027\t07:10 Amsterdam (AMS)\t07:55 London (LHR)\t1 u 45 min',
    'Terugvlucht KL 1008\tdo 4 maart 2027\t18:20 London (LHR)\t20:35 Amsterdam (AMS)\t1 u 15 min',
    '',
    'Passagier\tStoel heenvlucht\tStoel terugvlucht\tBagage',
    'Dhr. Pim de Wit\t3A\t9C\t1 x 23 kg',
    'Mevr. Joke Veld\t3B\t9D\t1 x 23 kg',
  ].join('\n');
  const out = run(flights, asFile(mail, 'boeking.eml', { format: 'eml' })).map(values);
  assert.deepEqual(out.map((f) => [f['flightNumber'], f['durationMinutes'], f['bookingReference']]), [['KL1001', 105, 'ZX81QA'], ['KL1008', 75, 'ZX81QA']]);
  assert.deepEqual(out.map((f) => f['passengers']), [
    [{ name: 'Pim de Wit', seat: '3A' }, { name: 'Joke Veld', seat: '3B' }],
    [{ name: 'Pim de Wit', seat: '9C' }, { name: 'Joke Veld', seat: '9D' }],
  ]);
});

test('a hotel confirmation: a guest list wrapping onto indented lines, and the board as the notes', () => {
  const mail = [
    'Hotel Brisa Azul',
    '',
    'Booking ref.:    BA-55102',
    'Arrival:         03/05/2027 - from 15:00',
    'Departure:       04/05/2027 - until 11:00',
    'Rooms:           2',
    'Guests:          Inez Calvo, Tomas Ruiz,',
    '                 Lea Sorn',
    'Board:           Breakfast included',
  ].join('\n');
  const [hotel] = run(hotels, asFile(mail, 'confirmation.eml', { format: 'eml' })).map(values);
  assert.deepEqual(hotel!['guests'], ['Inez Calvo', 'Tomas Ruiz', 'Lea Sorn']);
  assert.equal(hotel!['notes'], 'Breakfast included');
});

test('a numbered guest list under an empty label is the guests', () => {
  const page = [
    'Booking confirmation',
    'Hotel Lindenhof',
    'Check-in: 10.06.2027',
    'Check-out: 11.06.2027',
    'Guests:',
    '1. Mara Falk',
    '2. Ben Roth',
  ].join('\n');
  const [hotel] = run(hotels, asFile(page, 'scan.txt')).map(values);
  assert.deepEqual(hotel!['guests'], ['Mara Falk', 'Ben Roth']);
});

test('hard-wrapped prose about a stay: one statement over several lines, "on" a street is the address', () => {
  const mail = [
    'Hi both,',
    '',
    'Rooms sorted: I have booked 3 rooms at the Hotel Vila Ruj on Trnovska',
    'cesta 4, close to the venue. Check-in from 2pm on the 9th, you are in for',
    'one night, ref VR-2210. Breakfast is included, parking is free in their',
    'yard (ask at reception).',
    '',
    'See you soon!',
  ].join('\n');
  const source = asFile(mail, 'reply.eml', { format: 'eml', metadata: { date: '2027-09-01T10:00:00Z' } });
  const [hotel, ...rest] = run(hotels, source).map(values);
  assert.equal(rest.length, 0);
  assert.equal(hotel!['name'], 'Hotel Vila Ruj');
  assert.equal(hotel!['address'], 'Trnovska cesta 4');
  assert.equal(hotel!['rooms'], 3);
  assert.equal(hotel!['checkInDate'], '2027-09-09');
  assert.equal(hotel!['checkOutDate'], '2027-09-10');
  assert.equal(hotel!['checkInTime'], '14:00');
  assert.equal(hotel!['bookingReference'], 'VR-2210');
  assert.equal(hotel!['notes'], 'Breakfast is included, parking is free in their yard');
});

test('a printed page does not run a long line into the next one', () => {
  const page = [
    'MORE HOTELS YOU MIGHT LIKE: Hotel Nord Vista and Hotel Sud Vista from EUR 80',
    'Summer offer 12.-14.07.2027: stay 2 nights, pay 1',
  ].join('\n');
  assert.deepEqual(run(hotels, asFile(page, 'flyer.txt')), []);
});

test('a hotel introduced as "the hotel is the X" in a message is a hotel', () => {
  const [hotel] = run(hotels, pasted('Hotel is the Casa Lume near the station, 2 rooms, check-in from 15:00.')).map(values);
  assert.equal(hotel!['name'], 'Casa Lume');
  assert.equal(hotel!['rooms'], 2);
});

test('a confirmation scan that lost its hotel name keeps the letterhead above its title', () => {
  const scan = [
    'Rua Alta 12, 4050-123 Porto, Portugal',
    'tel. +351 222 000 111 | desk@casalume.example:p|',
    'BOOKING CONFIRMATION',
    'Booking no.: CL-7781',
    'Arrival: 17.09.2027',
    'Departure: 18.09.2027',
    'Rooms: 1',
    'Hotel Casa Lume',
  ].join('\n');
  const [hotel] = run(hotels, asFile(scan, 'scan.txt')).map(values);
  assert.equal(hotel!['address'], 'Rua Alta 12, 4050-123 Porto, Portugal');
  assert.equal(hotel!['phone'], '+351222000111');
  // An address the scan ran into other characters is not taken.
  assert.equal(hotel!['email'], undefined);
});

test('lodging words of more languages name a hotel, and a chat message is not run into the next one', () => {
  const chat = [
    '[04/05/27, 09:10:11] Lia Moro: Locanda Sette Ponti, 2 camere, check-in dalle 15:00, partenza entro le 10 con colazione',
    '[04/05/27, 09:12:40] Lia Moro: la cena il 20/05 alle 19:30',
  ].join('\n');
  const [hotel, ...rest] = run(hotels, pasted(chat)).map(values);
  assert.equal(rest.length, 0);
  assert.equal(hotel!['name'], 'Locanda Sette Ponti');
  assert.equal(hotel!['rooms'], 2);
  assert.equal(hotel!['checkInTime'], '15:00');
  assert.equal(hotel!['checkInDate'], undefined);
});

test('a dotted day and month in a stay label is a date, not a time', () => {
  const sheet = [
    'MAJOITUS / ACCOMMODATION',
    'Hotelli Revontuli, Satamakatu 3, 90100 Oulu',
    'Saapuminen / Arrival:    pe 12.03. alkaen klo 14.00',
    'Lähtö / Departure:       la 13.03. klo 11.00 mennessä',
    'Huoneet / Rooms:         2',
  ].join('\n');
  const [hotel] = run(hotels, asFile(sheet, 'advance.txt', { metadata: { date: '2027-02-20T09:00:00Z' } })).map(values);
  assert.equal(hotel!['name'], 'Hotelli Revontuli');
  assert.equal(hotel!['checkInTime'], '14:00');
  assert.equal(hotel!['checkOutTime'], '11:00');
});

test('a stay written as a day range takes both days, and an arrivals hall on a transfer is no check-in', () => {
  const [hotel] = run(hotels, asFile('Ospitalità: 2 camere presso Hotel Riva Chiara, dal 8 al 10 maggio 2027, prenotazione n. RC-3310.', 'contratto.txt')).map(values);
  assert.deepEqual([hotel!['checkInDate'], hotel!['checkOutDate'], hotel!['bookingReference']], ['2027-05-08', '2027-05-10', 'RC-3310']);
  const transfers = [
    'Datum\tVon\tNach',
    'Fr 27.08.2027\tFlughafen, Ankunftshalle\tHotel Nordlicht Mitte',
  ].join('\n');
  assert.deepEqual(run(hotels, asFile(transfers, 'transfers.txt')), []);
});
