/**
 * Travel-agency itinerary tables mixing codeshare flights and a rail leg (a long service cell before
 * the route's cells, the operating carrier's number, per-traveller locators, an EMD), holiday-rental
 * confirmations named by their listing, and hotel group confirmations (a label box of two pairs a
 * line, group arrival/departure and reference, a letterhead column, room nights, a promotion).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { addresses, roomCounts } from '../../src/understand/sections/travel/phrases.js';
import { looksLikePersonName } from '../../src/understand/sections/people.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string, extra: Partial<ExtractedSource> = {}): ExtractedSource =>
  ({ ...pasted(text), name, origin: 'file', ...extra });

const ITINERARY = [
  'NORTHLINE TRAVEL',
  'Travel itinerary',
  '',
  'Issued\t03/03/2028\tE-mail\tdesk@northline.example',
  'Group\tVELVET MOTH - Norway trip (band & crew)\tInvoice to\tSome Management',
  '',
  '#\tPassenger\tE-ticket no.\tAirline ref',
  '1\tBERG/ANNA MS\t117-2200000001\tSK/Q7W2EX',
  '2\tDALE/TOM MR\t117-2200000002\tSK/Q7W2EX',
  '3\tFROST/IDA MS\t117-2200000003\tSK/Z4K9PD',
  '',
  'Date\tService\tFrom\tTo\tDep\tArr\tClass / fare',
  'Mon 10 Apr SK 4601\tOperated by Lufthansa as LH 2450 - equipment A320 - flight time 2h05 - non-stop Passengers 1-2 | Seats 12A BERG, 12B DALE | Airline ref SK/Q7W2EX Check in at the Lufthansa desks, Terminal 2. Quote SK 4601 / Q7W2EX.\tMunich (MUC) T2\tOslo (OSL)\t08:10\t10:15\tSAS Go',
  'Mon 10 Apr SK 1470\tOperated by SAS - equipment A321 - flight time 1h55 - non-stop Passenger 3 only | Seat 7C FROST | Airline ref SK/Z4K9PD She meets the others at Hotel Fjordlys (booked by the promoter).\tCopenhagen (CPH)\tOslo (OSL)\t09:00\t10:10\tSAS Go',
  'Tue 11 Apr Vy Regional 63\tRail - all 3 passengers | Car 4, seats 21, 22, 23 | Vy booking code 5512 0043\tOslo S\tBergen\t08:25\t15:02\tStandard',
  '',
  'Pax 3: extra bag pre-paid, EMD 117-4400000009 (EUR 60.00).',
  'Online check-in opens 30 h before departure - for SK 4601 use lufthansa.com.',
  'Date/flight changes: airline fee EUR 80 per ticket + fare difference.',
].join('\n');

test('an itinerary table row: its route and times in the cells after a long service cell; the codeshare\'s operating number is no flight', () => {
  const found = run(flights, asFile(ITINERARY, 'itinerary.pdf', { format: 'pdf' })).map(values);
  assert.deepEqual(found.map((f) => [f['flightNumber'], f['date'], f['fromAirport'], f['fromCity'], f['toAirport'], f['departureTime'], f['arrivalTime']]), [
    ['SK4601', '2028-04-10', 'MUC', 'Munich', 'OSL', '2028-04-10T08:10', '2028-04-10T10:15'],
    ['SK1470', '2028-04-10', 'CPH', 'Copenhagen', 'OSL', '2028-04-10T09:00', '2028-04-10T10:10'],
  ]);
  assert.deepEqual(found.map((f) => [f['durationMinutes'], f['aircraft'], f['bookingReference']]), [[125, 'A320', 'Q7W2EX'], [115, 'A321', 'Z4K9PD']]);
});

test('each flight carries the travellers of its own locator, seats written before their names; an EMD is no passenger', () => {
  const [first, second] = run(flights, asFile(ITINERARY, 'itinerary.pdf', { format: 'pdf' })).map(values);
  assert.deepEqual(first!['passengers'], [
    { name: 'Anna Berg', ticketNumber: '1172200000001', seat: '12A' },
    { name: 'Tom Dale', ticketNumber: '1172200000002', seat: '12B' },
  ]);
  assert.deepEqual(second!['passengers'], [{ name: 'Ida Frost', ticketNumber: '1172200000003', seat: '7C' }]);
});

test('the rail row of the table is a transfer named after its date, with the coach item as notes; flight rows are not transfers', () => {
  const legs = run(activities, asFile(ITINERARY, 'itinerary.pdf', { format: 'pdf' })).map(values);
  assert.deepEqual(legs, [{
    name: 'Vy Regional 63', kind: 'transfer', date: '2028-04-11', startTime: '08:25', endTime: '15:02',
    location: 'Oslo S', destination: 'Bergen', notes: 'Car 4, seats 21, 22, 23',
  }]);
});

test('an itinerary names its group (the act) under a group label; a hotel named in a flight row (a meeting point) is no stay; an airline fee is no deal', () => {
  const source = asFile(ITINERARY, 'itinerary.pdf', { format: 'pdf' });
  assert.deepEqual(run(general, source).map(values), [{ artist: 'VELVET MOTH' }]);
  assert.deepEqual(run(hotels, source), []);
  assert.deepEqual(run(deal, source), []);
});

const GROUP = [
  '12 Quay Lane, Stratford upon Avon CV37 6BB, United Kingdom',
  'Riverside Mill Hotel\tReservations +44 (0)1789 000 111',
  'groups@riversidemill.example.co.uk',
  '',
  'GROUP BOOKING CONFIRMATION\tIssued 01/02/2028',
  '',
  'Group name\tAsh Lanterns - Spring Tour 2028\tCheck-in\tfrom 14:00',
  'Group reference\tRMH-GRP-28-0042\tCheck-out\tby 11:00',
  'Organiser\tSome Tour Management Ltd\tBoard\tBreakfast included',
  'Group arrival\tFriday 3 March 2028\tRate code\tGRPX (net)',
  'Group departure\tSunday 5 March 2028\tBilling\tMaster account',
  'Rooms / room nights\t3 rooms / 5 room nights\tExtras\tPaid by each guest',
  '',
  'Rooming list',
  'Conf. no.\tGuest name(s)\tRoom type\tArrival\tDeparture',
  '9001-01\tMs Ada Kerr\tDouble\tFri 03/03/28\tSun 05/03/28',
  '9001-02\tMr Ben Orr / Mr Cal Dunn\tTwin\tFri 03/03/28\tSat 04/03/28',
  '9001-03\tMs Dee Lowe\tSingle\tSat 04/03/28\tSun 05/03/28',
  '',
  'Group members enjoy 20% off food in the Mill Grill (open daily 18:00-22:00).',
].join('\n');

test('a group confirmation: group arrival, departure and reference, the board beside the organiser, the letterhead\'s column', () => {
  const [stay] = run(hotels, asFile(GROUP, 'group.pdf', { format: 'pdf' })).map(values);
  assert.deepEqual(
    [stay!['name'], stay!['checkInDate'], stay!['checkOutDate'], stay!['checkInTime'], stay!['checkOutTime'], stay!['rooms'], stay!['bookingReference'], stay!['notes']],
    ['Riverside Mill Hotel', '2028-03-03', '2028-03-05', '14:00', '11:00', 3, 'RMH-GRP-28-0042', 'Breakfast included'],
  );
  assert.deepEqual([stay!['address'], stay!['city'], stay!['country'], stay!['phone'], stay!['email']], [
    '12 Quay Lane, Stratford upon Avon CV37 6BB, United Kingdom', 'Stratford upon Avon', 'GB', '+441789000111', 'groups@riversidemill.example.co.uk',
  ]);
  assert.deepEqual(stay!['guests'], ['Ada Kerr', 'Ben Orr', 'Cal Dunn', 'Dee Lowe']);
});

test('a group name with its tour is the act; a hotel\'s promotion of its grill books no meal', () => {
  const source = asFile(GROUP, 'group.pdf', { format: 'pdf' });
  assert.deepEqual(run(general, source).map(values), [{ artist: 'Ash Lanterns' }]);
  assert.deepEqual(run(food, source), []);
  // A bare group name, on no tour or trip, may be any guests': no act.
  const bare = asFile(GROUP.replace('Ash Lanterns - Spring Tour 2028', 'Ash Lanterns'), 'group.pdf', { format: 'pdf' });
  assert.deepEqual(run(general, bare), []);
});

test('room nights are no rooms; a city joined by a particle stays whole in an address', () => {
  assert.deepEqual(roomCounts('3 rooms / 5 room nights').map((c) => c.value), [3]);
  assert.equal(addresses('Hafenstraße 7, 60311 Frankfurt am Main')[0]?.value, 'Hafenstraße 7, 60311 Frankfurt am Main');
});

const RENTAL = [
  'From: Stayly <noreply@stayly.example>',
  'Subject: Reservation confirmed – Canal loft, 4–6 May',
  '',
  'Your reservation is confirmed.',
  '',
  'Entire apartment · Lyon',
  'Canal loft – balcony & bikes',
  '2 bedrooms · 3 beds · ★ 4.8',
  '',
  'Check-in Thu, 4 May 2028 from 16:00\tCheckout Sat, 6 May 2028 by 10:00',
  'Guests 3 adults Guest list: Eva Stone, Max Rowe, Lia Park',
  'Confirmation code HX7PQ2LM9W',
  '',
  'Address',
  '14 rue des Tanneurs, 69002 Lyon, France',
  'Apartment 2C, 3rd floor.',
  '',
  'Your host',
  'Claire Dumas',
  'Phone: 06 12 34 56 78',
  '',
  'Need help? Visit the Help Centre or call our guest support: +31 20 000 0000.',
].join('\n');

test('a holiday rental: the listing title under the kind of place is the stay, with its address, reference and the host\'s phone', () => {
  const [stay] = run(hotels, { ...pasted(RENTAL), name: 'confirmed.eml', origin: 'file', format: 'eml' }).map(values);
  assert.deepEqual(
    [stay!['name'], stay!['checkInDate'], stay!['checkInTime'], stay!['checkOutDate'], stay!['checkOutTime'], stay!['bookingReference']],
    ['Canal loft – balcony & bikes', '2028-05-04', '16:00', '2028-05-06', '10:00', 'HX7PQ2LM9W'],
  );
  assert.deepEqual([stay!['address'], stay!['city'], stay!['country'], stay!['phone'], stay!['email']], [
    '14 rue des Tanneurs, 69002 Lyon, France', 'Lyon', 'FR', '+33612345678', undefined,
  ]);
});

test('a help centre is no person', () => {
  assert.equal(looksLikePersonName('Help Centre'), false);
  assert.equal(looksLikePersonName('Claire Dumas'), true);
});
