/**
 * Travel-agency itineraries (flights after the airline's name with the arrival on the next line,
 * passengers listed SURNAME/GIVEN one per line, seats after names, tickets under one flight only,
 * train legs as transfers) and booking-site hotel mails (the "Hotel X" letterhead, time cells,
 * grouped confirmation numbers, a guest per room, offers for other hotels below the stay).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { labelKey } from '../../src/understand/text/index.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string, extra: Partial<ExtractedSource> = {}): ExtractedSource =>
  ({ ...pasted(text), name, origin: 'file', ...extra });

const ITINERARY = [
  'VIAJES LEVANTE · Agencia de viajes',
  'Expediente:\tVL-88-1020',
  'Fecha de emisión:\t03 mar 2028',
  'Pasajeros:\tSOLER/NURIA SRA',
  'BLASCO/IKER SR',
  '',
  'TREN · jue, 20 abr 2028',
  'Ouigo 06241\tValencia Joaquín Sorolla\tsalida 07:05',
  '\tMadrid Chamartín\tllegada 08:47',
  'Coche 2, plazas 11A y 11B · Tarifa Esencial · Localizador: T2PQ8Z',
  '',
  'VUELO · vie, 21 abr 2028',
  'Iberia IB 3452\tMadrid (MAD) T4\tsalida 12:10',
  '\tPalma de Mallorca (PMI)\tllegada 13:25',
  'Duración: 75 min · Clase: Turista · Localizador aerolínea: HX4RTB',
  'Asientos: SOLER/NURIA 9E · BLASCO/IKER 9F',
  '',
  'VUELO · dom, 23 abr 2028',
  'Vueling VY 3911\tPalma de Mallorca (PMI)\tsalida 18:30',
  '\tValencia (VLC)\tllegada 19:20',
  'Duración: 50 min · Tarifa: Optima · Localizador aerolínea: MZ8QWE',
  'Billetes: SOLER/NURIA 075-2419900111 · BLASCO/IKER 075-2419900112',
  '',
  'Importe total: 512,40 EUR',
].join('\n');

test('an agency itinerary: flights after the airline name, route over two lines, the airline locator', () => {
  const found = run(flights, asFile(ITINERARY, 'itinerario.pdf', { format: 'pdf' })).map(values);
  assert.deepEqual(found.map((f) => [f['flightNumber'], f['date'], f['fromAirport'], f['fromCity'], f['toAirport'], f['toCity']]), [
    ['IB3452', '2028-04-21', 'MAD', 'Madrid', 'PMI', 'Palma de Mallorca'],
    ['VY3911', '2028-04-23', 'PMI', 'Palma de Mallorca', 'VLC', 'Valencia'],
  ]);
  assert.deepEqual(found.map((f) => [f['departureTime'], f['arrivalTime'], f['durationMinutes'], f['travelClass'], f['bookingReference']]), [
    ['2028-04-21T12:10', '2028-04-21T13:25', 75, 'Turista', 'HX4RTB'],
    ['2028-04-23T18:30', '2028-04-23T19:20', 50, 'Optima', 'MZ8QWE'],
  ]);
});

test('passengers listed one per line, seats after their names, tickets only for the flight they are under', () => {
  const [first, second] = run(flights, asFile(ITINERARY, 'itinerario.pdf', { format: 'pdf' })).map(values);
  assert.deepEqual(first!['passengers'], [{ name: 'Nuria Soler', seat: '9E' }, { name: 'Iker Blasco', seat: '9F' }]);
  assert.deepEqual(second!['passengers'], [
    { name: 'Nuria Soler', ticketNumber: '0752419900111' },
    { name: 'Iker Blasco', ticketNumber: '0752419900112' },
  ]);
});

test('a train leg under a train heading is a transfer with its stations, times and coach', () => {
  const legs = run(activities, asFile(ITINERARY, 'itinerario.pdf', { format: 'pdf' })).map(values);
  assert.deepEqual(legs, [{
    name: 'Ouigo 06241', kind: 'transfer', date: '2028-04-20', startTime: '07:05', endTime: '08:47',
    location: 'Valencia Joaquín Sorolla', destination: 'Madrid Chamartín', notes: 'Coche 2, plazas 11A y 11B',
  }]);
});

test('an issue date label is its own key, not the show date', () => {
  assert.equal(labelKey('Fecha de emisión'), 'issue_date');
  assert.equal(labelKey('Date of issue'), 'issue_date');
});

test('a booking-site mail: "Hotel X" letterhead, time cells, grouped number, a guest per room, board', () => {
  const mail = [
    'Thanks, Ines! Your booking in Braga is confirmed.',
    '',
    'Confirmation number:\t5520 118 304',
    '',
    'Hotel Largo Verde',
    'Rua do Souto 41, 4700-329 Braga, Portugal',
    'Phone: +351 253 000 111',
    '',
    'Check-in\tFriday, 14 April 2028\tfrom 14:00',
    'Check-out\tSunday, 16 April 2028\tuntil 12:00',
    'Your reservation\t2 nights, 2 rooms',
    '',
    'Room 1: Twin Room',
    'Guest name: Ines Roque · 2 adults',
    'Meals: Breakfast included',
    '',
    'Room 2: Double Room',
    'Guest name: Tomas Vale · 1 adult',
    'Meals: Breakfast included',
  ].join('\n');
  const [hotel, ...rest] = run(hotels, asFile(mail, 'confirmation.eml', { format: 'eml' })).map(values);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [hotel!['name'], hotel!['address'], hotel!['checkInDate'], hotel!['checkInTime'], hotel!['checkOutDate'], hotel!['checkOutTime']],
    ['Hotel Largo Verde', 'Rua do Souto 41, 4700-329 Braga, Portugal', '2028-04-14', '14:00', '2028-04-16', '12:00'],
  );
  assert.deepEqual([hotel!['rooms'], hotel!['bookingReference'], hotel!['guests'], hotel!['notes']], [2, '5520118304', ['Ines Roque', 'Tomas Vale'], 'Breakfast included']);
});

test('a property named only by its letterhead above the address, not by the offers for other hotels below', () => {
  const mail = [
    'Reservation number: 9031 4477 20',
    '',
    'Quinta das Oliveiras',
    'Estrada do Monte 12, 8600-100 Lagos, Portugal',
    'Tel: +351 282 000 999',
    '',
    'Check-in\tMon 8 May 2028 (from 15:00)',
    'Check-out\tWed 10 May 2028 (until 11:00)',
    '',
    'Other guests also booked Hotel Mar Azul (from € 80) and Pensão Sol (from € 55).',
  ].join('\n');
  const found = run(hotels, asFile(mail, 'booking.eml', { format: 'eml' })).map(values);
  assert.deepEqual(found.map((h) => [h['name'], h['checkInTime'], h['checkOutTime'], h['bookingReference']]), [
    ['Quinta das Oliveiras', '15:00', '11:00', '9031447720'],
  ]);
});

test('a booking id in digit groups and the guest a room is reserved for', () => {
  const mail = [
    'Booking ID: 61 2093 4418',
    '',
    'Hostal Las Tejas',
    'Calle Ancha 9, 11001 Cádiz, Spain',
    '',
    'Check-in: Fri 2 Jun 2028 (from 13:00)',
    'Check-out: Sat 3 Jun 2028 (until 10:00)',
    'Reserved for: Pau Serrano',
  ].join('\n');
  const found = run(hotels, asFile(mail, 'booking.eml', { format: 'eml' })).map(values);
  assert.deepEqual(found.map((h) => [h['name'], h['bookingReference'], h['guests']]), [['Hostal Las Tejas', '6120934418', ['Pau Serrano']]]);
});

test('a one-passenger receipt: the name under its own label is the ticket holder', () => {
  const receipt = [
    'ELECTRONIC TICKET RECEIPT',
    'PASSENGER NAME:\tFERREIRA/LUIS MR',
    'E-TICKET NUMBER:\t047 2419988776',
    'ISSUED BY / DATE:\tWEB / 04JAN28',
    '',
    'FLIGHT\tDATE\tFROM\tTO\tDEP\tARR\tCABIN',
    'TP 1352\t14FEB\tLISBON (LIS)\tMILAN (MXP)\t0905\t1250\tECONOMY STD',
  ].join('\n');
  const [flight] = run(flights, asFile(receipt, 'receipt.pdf', { format: 'pdf' })).map(values);
  assert.deepEqual(flight!['passengers'], [{ name: 'Luis Ferreira', ticketNumber: '0472419988776' }]);
  assert.equal(flight!['travelClass'], 'ECONOMY STD');
  assert.equal(labelKey('ISSUED BY / DATE'), null);
});

test('a chain hotel page: rooms counted in a summary, guests from the rooms table, not "YOUR HOTEL"', () => {
  const page = [
    'Confirmation number:\tAH-2231907',
    '',
    'YOUR STAY',
    'Check-in\tMonday, 4 December 2028, from 14:00',
    'Check-out\tWednesday, 6 December 2028, until 11:00',
    'Nights / Rooms\t2 nights, 3 rooms, 4 guests',
    '',
    'Room\tRoom type\tGuest(s)\tRate / night',
    '1\tDeluxe Double\tMs Vera Lind\tEUR 150.00',
    '2\tClassic Twin\tMr Olle Berg\tEUR 120.00',
    '\t\tMr Anton Berg',
    '3\tClassic Single\tMs Kaja Holm\tEUR 99.00',
    '',
    'YOUR HOTEL',
    'Arvika Hotel Strandgatan',
    'Strandgatan 5, 671 31 Arvika, Sweden',
  ].join('\n');
  const [hotel, ...rest] = run(hotels, asFile(page, 'reservation.pdf', { format: 'pdf' })).map(values);
  assert.equal(rest.length, 0);
  assert.deepEqual([hotel!['name'], hotel!['rooms'], hotel!['guests']], ['Arvika Hotel Strandgatan', 3, ['Vera Lind', 'Olle Berg', 'Anton Berg', 'Kaja Holm']]);
});
