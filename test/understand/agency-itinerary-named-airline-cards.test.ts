/**
 * An agency itinerary's flight cards headed by a flight word and the airline's name with the number
 * ("✈ FLIGHT · Delta Air Lines 2207 ⇥ Status: …"), a "DEPART ⇥ ARRIVE" heading over the row of both
 * times, cities written with their state's code ("Seattle, WA (SEA)"), "2 hr(s) 5 min(s)" durations, a
 * traveller table per card re-listing the tickets of a summary and an invoice, an agency fee's document
 * number, a CO2 figure after a sentence about flights, Gaelic "Mc" surnames in capitals, and a fee
 * sentence wrapped onto a lower-case line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { normalisePersonName } from '../../src/understand/normalise/index.js';

const ITINERARY = [
  'HARBORVIEW BUSINESS TRAVEL',
  'Trip Locator: PLMKQA',
  '',
  'TRAVELERS (2)\tE-TICKET\tCOMPANY',
  'Rowan McAllister\t0069912345601\tMapleleaf Audio Inc',
  'Priya Vance\t0069912345602\tMapleleaf Audio Inc',
  '',
  'TUESDAY, MAY 9, 2028',
  '',
  '✈ FLIGHT · Delta Air Lines 2207\tStatus: Confirmed · Airline Record Locator: XK4PQZ',
  '',
  'DEPART\tARRIVE',
  '7:10 AM Tue, May 9, 2028 Seattle, WA (SEA) Terminal A\t3:41 PM Tue, May 9, 2028 Atlanta, GA (ATL) Terminal S',
  '',
  'Duration\t5 hr(s) 31 min(s)',
  'Stops Equipment Cabin\tNonstop Airbus A321 Economy',
  '',
  'TRAVELER\tSEAT\tE-TICKET',
  'MCALLISTER/ROWAN MR\t31C\t006 9912345601',
  'VANCE/PRIYA MS\t31D\t006 9912345602',
  '',
  'Online check-in opens a day before all flights. CO2 estimate: 310 kg per traveler.',
  '',
  'FRIDAY, MAY 12, 2028',
  '',
  '✈ FLIGHT · Delta Air Lines 918\tStatus: Confirmed · Airline Record Locator: XK4PQZ',
  '',
  'DEPART\tARRIVE',
  '5:55 PM Fri, May 12, 2028 Atlanta, GA (ATL) Terminal S\t8:02 PM Fri, May 12, 2028 Seattle, WA (SEA) Terminal A',
  '',
  'Duration\t5 hr(s) 7 min(s)',
  'Stops Equipment Cabin\tNonstop Boeing 757-200 Economy',
  '',
  'TRAVELER\tSEAT\tE-TICKET',
  'MCALLISTER/ROWAN MR\t12A\t006 9912345601',
  'VANCE/PRIYA MS\t12B\t006 9912345602',
  '',
  'Invoice',
  'TRAVELER\tTICKET NUMBER\tTOTAL',
  'MCALLISTER/ROWAN MR\t006-9912345601\tUSD 388.40',
  'VANCE/PRIYA MS\t006-9912345602\tUSD 388.40',
  'Agency service fee (per',
  'ticket)\t7710048822913\tUSD 60.00',
  '',
  'Hotel: the Lakeshore Inn charges a resort',
  'fee USD 30.00 per night, payable at the property.',
].join('\n');

test('a flight card headed by a flight word and the airline\'s name with the number owns the route, times and details below it', async () => {
  const { extracted } = await understand([extractPastedText(ITINERARY)]);
  const flights = extracted.flights.map((f) => [f.flightNumber, f.fromAirport, f.fromCity, f.toAirport, f.toCity, f.departureTime, f.arrivalTime, f.durationMinutes, f.aircraft, f.bookingReference]);
  assert.deepEqual(flights, [
    ['DL2207', 'SEA', 'Seattle', 'ATL', 'Atlanta', '2028-05-09T07:10', '2028-05-09T15:41', 331, 'Airbus A321', 'XK4PQZ'],
    ['DL918', 'ATL', 'Atlanta', 'SEA', 'Seattle', '2028-05-12T17:55', '2028-05-12T20:02', 307, 'Boeing 757-200', 'XK4PQZ'],
  ]);
});

test('each card\'s traveller table gives its flight the seats, though a summary and an invoice list the tickets again', async () => {
  const { extracted } = await understand([extractPastedText(ITINERARY)]);
  const seats = extracted.flights.map((f) => f.passengers.map((p) => [p.name, p.seat, p.ticketNumber]));
  assert.deepEqual(seats, [
    [['Rowan McAllister', '31C', '0069912345601'], ['Priya Vance', '31D', '0069912345602']],
    [['Rowan McAllister', '12A', '0069912345601'], ['Priya Vance', '12B', '0069912345602']],
  ]);
});

test('an agency fee row\'s document number is no ticket, and a CO2 figure after a sentence on flights is no flight', async () => {
  const { extracted } = await understand([extractPastedText(ITINERARY)]);
  const tickets = extracted.flights.flatMap((f) => f.passengers.map((p) => p.ticketNumber));
  assert.ok(!tickets.includes('7710048822913'));
  assert.ok(!extracted.flights.some((f) => f.flightNumber?.startsWith('CO')));
  assert.equal(extracted.activities.length, 0);
});

test('a fee sentence wrapped onto a lower-case line is not a fee row of the deal', async () => {
  const { extracted } = await understand([extractPastedText(ITINERARY)]);
  assert.equal(extracted.deal.fee, null);
});

test('a surname in capitals keeps the capital after its Gaelic "Mc"', () => {
  assert.equal(normalisePersonName('MCALLISTER/ROWAN MR'), 'Rowan McAllister');
  assert.equal(normalisePersonName('MACE/ANNA'), 'Anna Mace');
});
