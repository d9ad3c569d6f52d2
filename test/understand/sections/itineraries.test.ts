import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../../src/extract/index.js';
import { extract as flights } from '../../../src/understand/sections/flights.js';
import { extract as hotels } from '../../../src/understand/sections/hotels.js';
import { run, values } from './travel-fixtures.js';

test('a GDS itinerary: four-digit times, a labelled duration, tickets in groups, seats listed in passenger order', () => {
  const text = [
    'BOOKING REF: QW7TZX          ISSUE DATE: 20AUG27',
    'PASSENGER                      TICKET NUMBER',
    'ORTEGA/LUCIA MS                220 5511 300411',
    'BRANDT/OLE MR                  220 5511 300412',
    '',
    'DATE    FLIGHT   FROM                 TO                   DEP    ARR',
    '03SEP   LH 1172  FRANKFURT FRA        LISBON LIS           1140   1335',
    '        CLASS: ECONOMY (K)   STATUS: OK',
    '        EQUIPMENT: AIRBUS A321NEO    DURATION: 02:55',
    '        SEATS: 31A 31B   BAGGAGE: 1PC',
  ].join('\n');
  const [flight] = run(flights, extractPastedText(text));
  assert.deepEqual(values(flight!), {
    airline: 'LH', flightNumber: 'LH1172', date: '2027-09-03', fromAirport: 'FRA', fromCity: 'FRANKFURT', toAirport: 'LIS',
    toCity: 'LISBON', departureTime: '2027-09-03T11:40', arrivalTime: '2027-09-03T13:35', durationMinutes: 175,
    aircraft: 'AIRBUS A321NEO', travelClass: 'ECONOMY', bookingReference: 'QW7TZX',
    passengers: [
      { name: 'Lucia Ortega', ticketNumber: '2205511300411', seat: '31A' },
      { name: 'Ole Brandt', ticketNumber: '2205511300412', seat: '31B' },
    ],
  });
});

test('an agency itinerary: the airline PNR before the agency number, seats tagged by surname, "3t 10m"', () => {
  const text = [
    'Bookingnr. (Rejsebureau):   RB-88-1200',
    'Flyselskabets PNR (SAS):    M4KQ2Z',
    'Navn                        E-billetnr.',
    'VANG/EMIL MR                117-2401998877',
    'LUND/SOFIE MS               117-2401998878',
    '',
    'MANDAG 14.06.2027 - FLY',
    'SK 1469   København (CPH) 07:05          Oslo (OSL) 08:15      Varighed 1t 10m',
    '          Klasse: Economy (Plus) - Pladser: 4C (Lund), 4D (Vang) - Bagage: 1 x 23 kg',
  ].join('\n');
  const [flight] = run(flights, extractPastedText(text));
  assert.equal(flight!.bookingReference!.value, 'M4KQ2Z');
  assert.equal(flight!.durationMinutes!.value, 70);
  assert.equal(flight!.travelClass!.value, 'Economy (Plus)');
  assert.deepEqual(flight!.passengers!.map((p) => [p.name?.value, p.seat?.value]), [['Emil Vang', '4D'], ['Sofie Lund', '4C']]);
});

test('a numbered passenger list with a seat per leg in brackets, and a French reference label', () => {
  const text = [
    'Référence de réservation : PL5XQN',
    'ALLER - lundi 6 septembre 2027',
    'Vol AF 1234',
    'Départ   09:15  Paris (CDG)',
    'Arrivée  10:40  Genève (GVA)',
    'Durée 1h25 - Airbus A319',
    'RETOUR - mardi 7 septembre 2027',
    'Vol AF 1235',
    'Départ   19:05  Genève (GVA)',
    'Arrivée  20:20  Paris (CDG)',
    '',
    'PASSAGERS',
    '1. M. Hugo Marchal   billet 057-2401234567   sièges 12A (aller) / 20C (retour)',
  ].join('\n');
  const out = run(flights, extractPastedText(text));
  assert.deepEqual(out.map((f) => [f.flightNumber?.value, f.bookingReference?.value, f.durationMinutes?.value]), [
    ['AF1234', 'PL5XQN', 85], ['AF1235', 'PL5XQN', undefined],
  ]);
  assert.deepEqual(out.map((f) => f.passengers!.map((p) => [p.name?.value, p.seat?.value])), [
    [['Hugo Marchal', '12A']], [['Hugo Marchal', '20C']],
  ]);
});

test('a bilingual hotel confirmation signed by the hotel: labels in two languages, address and phone under the signature', () => {
  const text = [
    'Reserva n.o / Booking no.:\t88213',
    'Chegada / Arrival:\t12/05/2027, a partir das 14:00 / from 14:00',
    'Partida / Departure:\t13/05/2027, até às 11:00 / until 11:00',
    'Quartos / Rooms:\t2 x Duplo / Double',
    '',
    'Hotel Cais Verde',
    'Rua das Flores 12, 4050-262 Porto, Portugal',
    'Tel. +351 222 000 111 | reservas@caisverde.example.pt',
  ].join('\n');
  const [hotel] = run(hotels, extractPastedText(text));
  assert.deepEqual(
    [hotel!.name?.value, hotel!.bookingReference?.value, hotel!.checkInDate?.value, hotel!.checkOutDate?.value, hotel!.rooms?.value],
    ['Hotel Cais Verde', '88213', '2027-05-12', '2027-05-13', 2],
  );
  assert.deepEqual(
    [hotel!.address?.value, hotel!.city?.value, hotel!.country?.value, hotel!.phone?.value, hotel!.email?.value],
    ['Rua das Flores 12, 4050-262 Porto, Portugal', 'Porto', 'PT', '+351222000111', 'reservas@caisverde.example.pt'],
  );
});

test('a rooming list with a room-type column counts one room per row; a total row is no hotel; a lower-case remark is no name', () => {
  const text = [
    'Hotell\tAdress\tIncheckning\tUtcheckning\tRumstyp\tGäst(er)\tBokningsnr',
    'Hotel Norrsken\tStorgatan 4, 972 31 Luleå\t2027-02-01\t2027-02-02\tEnkelrum\tAnna Falk\tNS-101',
    'Hotel Norrsken\tStorgatan 4, 972 31 Luleå\t2027-02-01\t2027-02-02\tDubbelrum\tPer Ek / Li Wu\tNS-101',
    'Summa rum: 2',
  ].join('\n');
  const out = run(hotels, extractPastedText(text));
  assert.deepEqual(out.map((h) => [h.name?.value, h.rooms?.value, h.bookingReference?.value]), [['Hotel Norrsken', 2, 'NS-101']]);
  assert.deepEqual(run(hotels, extractPastedText('Alojamiento:   a cargo del Artista\nFecha: 3 de junio de 2027')), []);
});
