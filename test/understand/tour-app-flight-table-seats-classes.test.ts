/**
 * A tour app's day sheet exported to a workbook: the schedule names the flights, a FLIGHTS table below
 * gives each one its "Conf #" and its "Passengers (seat)" ("Name 12A; Name 12B"), one class line names
 * each airline's cabin by its code, and a HOTEL part in capitals follows the table without a gap.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { workbook } from './helpers.js';

const SHEET: string[][] = [
  ['THE PAPER KITES OF OSLO — Winter Lines Tour 2027'],
  ['Day Sheet', '2027-02-09', '', 'Day 3 of 12'],
  ['Day type', 'Travel Day'],
  ['SCHEDULE'],
  ['Time', 'Item', 'Location', 'Notes'],
  ['07:10', 'Flight WN1402 ORD → BOS', '', 'See flights below'],
  ['09:05', 'Flight AS512 SEA → BOS (Ivo)', '', 'See flights below'],
  ['11:00', 'Runner pickup', 'BOS Terminal B, door 6 → Harborlight Inn', 'Runner in the white Sprinter, Ivo takes a cab later'],
  ['15:00', 'Hotel check-in', 'Harborlight Inn'],
  ['19:00', 'Dinner – Wharf Street Oyster Bar', '12 Wharf St, Boston', 'Table for 5, band buys'],
  ['FLIGHTS'],
  ['Airline', 'Flight', 'From', 'To', 'Depart', 'Arrive', 'Conf #', 'Passengers (seat)'],
  ['Southwest', 'WN 1402', 'Chicago (ORD)', 'Boston (BOS)', '07:10', '10:32', 'QH4TZP', 'Nora Lindt 21C; Pavel Ostrov 21D'],
  ['Alaska', 'AS 512', 'Seattle (SEA)', 'Boston (BOS)', '09:05', '17:21', 'MW8RJX', 'Ivo Brandt 7F'],
  ['Class: Main Cabin (WN) / Economy (AS). Bags: 1 checked per person.'],
  ['HOTEL'],
  ['Hotel', 'Harborlight Inn'],
  ['Address', '88 Atlantic Ave, 3rd floor, Boston, MA 02110'],
  ['Confirmation #', 'HLI-5521907'],
  ['Check-in', 'Tue 02/09/2027 3:00 PM'],
];

test('a day sheet\'s flights table: each row its own locator, passengers with their seats, each airline its cabin', async () => {
  const { extracted: x } = await understand([await workbook('daysheet.xlsx', [['Tue 02-09 Travel', SHEET]])]);
  const wn = x.flights.find((f) => f.flightNumber === 'WN1402');
  const as = x.flights.find((f) => f.flightNumber === 'AS512');
  assert.equal(wn?.bookingReference, 'QH4TZP', JSON.stringify(x.flights));
  assert.deepEqual(wn?.passengers.map((p) => [p.name, p.seat]), [['Nora Lindt', '21C'], ['Pavel Ostrov', '21D']]);
  assert.equal(wn?.travelClass, 'Main Cabin');
  // The hotel's "Confirmation #" under the HOTEL heading right after the table is not the last flight's.
  assert.equal(as?.bookingReference, 'MW8RJX', JSON.stringify(x.flights));
  assert.deepEqual(as?.passengers.map((p) => [p.name, p.seat]), [['Ivo Brandt', '7F']]);
  assert.equal(as?.travelClass, 'Economy');
  assert.equal(as?.arrivalTime, '2027-02-09T17:21');
});
