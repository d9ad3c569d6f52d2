/**
 * Low-cost airline confirmations (heading lines over their times and airports, merged seat-column
 * headings, unreserved seats), flights in prose routed by city names with arrows and landing on
 * another day, references per airline, and booking-site stay layouts (column boxes, a reference
 * below its label, per-room guest lines, a signature block under the hotel's name).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { bookingReferences } from '../../src/understand/sections/travel/phrases.js';
import { arrowEndpoints } from '../../src/understand/sections/travel/route-cities.js';
import { roomGuests } from '../../src/understand/sections/travel/stay-room-guests.js';
import { columnBoxes } from '../../src/understand/sections/travel/stay-columns.js';
import { read } from '../../src/understand/text/index.js';
import { normaliseBookingReference } from '../../src/understand/normalise/index.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string, extra: Partial<ExtractedSource> = {}): ExtractedSource =>
  ({ ...pasted(text), name, origin: 'file', ...extra });

const LOWCOST = [
  'Get your boarding passes in our app',
  '',
  'Booking reference ZX81QP\tStatus CONFIRMED',
  '',
  'GOING OUT\tFri, 5 Mar 2027\tFlight U2 1234\tFare: Standard',
  '07:10\t—— 2h 20m ——\t10:30',
  'Bristol (BRS)\tDirect\tPorto (OPO)',
  '',
  'COMING BACK\tMon, 8 Mar 2027\tFlight U2 1235\tFare: Standard',
  '11:05\t—— 2h 35m ——\t12:40',
  'Porto (OPO)\tDirect\tBristol (BRS)',
  '',
  'Passenger\tSeat BRS–OPO Seat OPO–BRS\tBags',
  '',
  'Ms Wren Okoye\t12C\t3F\t1 cabin bag',
  '\t\t\t1 x 23kg hold bag',
  'Mr Ilja Varga\t12D\tNone*\t1 cabin bag',
  '',
  'This is not a boarding pass.',
].join('\n');

test('a flight heading keeps the times and airports on the lines under it; merged seat headings give a seat per leg', () => {
  const source = asFile(LOWCOST, 'confirmation.pdf', { format: 'pdf' });
  const [out, back, ...rest] = run(flights, source).map(values);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [out!['fromAirport'], out!['toAirport'], out!['departureTime'], out!['arrivalTime'], out!['durationMinutes'], out!['bookingReference']],
    ['BRS', 'OPO', '2027-03-05T07:10', '2027-03-05T10:30', 140, 'ZX81QP'],
  );
  assert.deepEqual([back!['fromCity'], back!['toCity'], back!['departureTime']], ['Porto', 'Bristol', '2027-03-08T11:05']);
  assert.deepEqual(out!['passengers'], [{ name: 'Wren Okoye', seat: '12C' }, { name: 'Ilja Varga', seat: '12D' }]);
  assert.deepEqual(back!['passengers'], [{ name: 'Wren Okoye', seat: '3F' }, { name: 'Ilja Varga' }]);
  // Pointing to the passes, or saying it is none, does not make the booking a boarding pass.
  assert.equal(categorise(source), 'flight_ticket');
});

test('a reference label is a whole word: CONFIRMED holds no "conf" label', () => {
  assert.deepEqual(bookingReferences('Status CONFIRMED').map((r) => r.value), []);
  assert.deepEqual(bookingReferences('Conf. KT55ZR').map((r) => r.value), ['KT55ZR']);
});

test('an arrow route names airports by city: one airport, or the airport named after its city', () => {
  assert.deepEqual(arrowEndpoints('Reykjavik KEF → Lisbon, then Houston Hobby 14:00 → Vienna').map((a) => [a.code, a.city.value]),
    [['LIS', 'Lisbon'], ['HOU', 'Houston'], ['VIE', 'Vienna']]);
  // A city of several airports without the airport's name is no airport.
  assert.deepEqual(arrowEndpoints('Vienna → London').map((a) => a.code), ['VIE']);
});

test('prose flights: routes by city, arrival on the day written after it, references per airline', () => {
  const mail = [
    'Hi all,',
    '',
    'Band: OS 5, Mon 6 Sep 2027, Vienna → Lisbon, dep 18:00, arr 20:30. Austrian booking ref: KQ7PLM.',
    'Crew: DL 105, Mon 6 Sep 2027, Boston (BOS) 21:00 → Lisbon 08:40 on Tue 7 Sep. Delta ref: DD4R2Z.',
    'Drummer: FR 831, Tue 7 Sep 2027, Porto (OPO) 06:00 → Lisbon (LIS) 07:05, booked herself.',
    '',
    'Home on Thu 9 Sep 2027:',
    '- Band: OS 1282, Lisbon → Vienna, dep 09:10, arr 13:20.',
  ].join('\n');
  const found = run(flights, asFile(mail, 'travel.eml', { format: 'eml' })).map(values);
  const by = (fn: string) => found.find((f) => f['flightNumber'] === fn)!;
  assert.deepEqual([by('OS5')['fromAirport'], by('OS5')['toAirport'], by('OS5')['toCity']], ['VIE', 'LIS', 'Lisbon']);
  assert.equal(by('DL105')['arrivalTime'], '2027-09-07T08:40');
  assert.equal(by('DL105')['bookingReference'], 'DD4R2Z');
  // Her own booking: no reference of the others is hers.
  assert.equal(by('FR831')['bookingReference'], undefined);
  // The return on the same airline is on that airline's booking.
  assert.deepEqual([by('OS1282')['fromAirport'], by('OS1282')['toAirport'], by('OS1282')['bookingReference']], ['LIS', 'VIE', 'KQ7PLM']);
});

test('an overnight flight without a stated arrival day lands the next day', () => {
  const text = 'Flight: TK 33, 3 May 2027, Istanbul (IST) 23:40 → Tokyo (NRT) 17:55';
  const [f] = run(flights, asFile(text, 'trip.txt')).map(values);
  assert.equal(f!['arrivalTime'], '2027-05-04T17:55');
  // A short westbound hop lands the same day, a little earlier on the clock.
  const [hop] = run(flights, asFile('Flight: AY 815, 3 May 2027, Helsinki (HEL) 13:05 → Stockholm (ARN) 13:00', 'hop.txt')).map(values);
  assert.equal(hop!['arrivalTime'], '2027-05-03T13:00');
});

test('a booking site stay: column box, reference below its label, guest and meal rows, starred name over its address', () => {
  const page = [
    'Codice di prenotazione:',
    'Albergo Luna Piena ★★',
    '7712.408.335',
    'Via dei Mille 14, 40121 Bologna, Italia',
    'Telefono: +39 051 774 2210',
    '',
    'CHECK-IN\tCHECK-OUT\tIL TUO SOGGIORNO',
    'ven 3 dic 2027\tdom 5 dic 2027\t2 notti, 3 camere',
    'dalle 15:00\tfino alle 10:30\t3 adulti',
    '',
    'Camera 1: Singola\t€ 180,00',
    'Nome dell’ospite:\tPia Forsberg\t· 1 adulto',
    'Pasti:\tColazione inclusa',
  ].join('\n');
  const [h, ...rest] = run(hotels, asFile(page, 'conferma.pdf', { format: 'pdf' })).map(values);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [h!['name'], h!['checkInDate'], h!['checkOutDate'], h!['checkInTime'], h!['checkOutTime'], h!['rooms'], h!['bookingReference'], h!['address'], h!['phone']],
    ['Albergo Luna Piena', '2027-12-03', '2027-12-05', '15:00', '10:30', 3, '7712.408.335', 'Via dei Mille 14, 40121 Bologna, Italia', '+390517742210'],
  );
  assert.deepEqual(h!['guests'], ['Pia Forsberg']);
  assert.equal(h!['notes'], 'Colazione inclusa');
});

test('a forwarded hotel confirmation: rooms before their breakdown, guests per room, the signature block', () => {
  const mail = [
    'Confirmation number: HB-4471',
    'Arrival: Monday 6 September 2027 – check-in from 14:00',
    'Departure: Tuesday 7 September 2027',
    'Rooms: 3 (1 x Double, 2 x Single)',
    '',
    'Guests',
    'Room 1 – Double: Aino Kivi / Lars Moe',
    'Room 2 – Single: Ida Brandt',
    'Room 3 – Single: Noor Haddad',
    '',
    'Kind regards,',
    '',
    'Hotel Kaiku Reservations',
    '',
    'Hotel Kaiku',
    'Satamakatu 7',
    '00160 Helsinki',
    'Finland',
    'T +358 9 4155 2300',
    'desk@kaiku.example.fi',
  ].join('\n');
  const [h] = run(hotels, asFile(mail, 'fwd.eml', { format: 'eml' })).map(values);
  assert.deepEqual([h!['name'], h!['rooms'], h!['address'], h!['phone'], h!['email']],
    ['Hotel Kaiku', 3, 'Satamakatu 7, 00160 Helsinki, Finland', '+358941552300', 'desk@kaiku.example.fi']);
  assert.deepEqual(h!['guests'], ['Aino Kivi', 'Lars Moe', 'Ida Brandt', 'Noor Haddad']);
});

test('guest lines per room need names after the colon; dots group a reference only between digits', () => {
  assert.deepEqual(roomGuests('Room 2: Sea view, balcony').map((g) => g.value), []);
  assert.equal(normaliseBookingReference('3846.221.907'), '3846.221.907');
  assert.equal(normaliseBookingReference('Ref.1234'), null);
});

test('a column box is a few stay columns; a rooming table with check-in and check-out columns is none', () => {
  const box = read(pasted(['CHECK-IN\tCHECK-OUT\tYOUR STAY', 'Fri 3 Dec 2027\tSun 5 Dec 2027\t2 nights, 1 room'].join('\n'))).lines;
  assert.deepEqual(columnBoxes(box).labelled.map((l) => [l.key, l.value]),
    [['check_in', 'Fri 3 Dec 2027'], ['check_out', 'Sun 5 Dec 2027'], [null, '2 nights, 1 room']]);
  const rooming = read(pasted(['Guest\tRoom type\tCheck-in\tCheck-out\tRemarks', 'Ann Lee\tSingle\t03/12/27\t05/12/27\t101'].join('\n'))).lines;
  assert.deepEqual(columnBoxes(rooming).labelled, []);
});
