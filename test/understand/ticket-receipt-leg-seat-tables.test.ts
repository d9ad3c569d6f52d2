/**
 * An airline's bilingual ticket receipt printing under each flight its own table of the party
 * ("Reisende/Passengers | Sitz/Seat | Baggage"): each row's seat is that passenger's on that flight, an
 * open seat ("-- (open)") none; a regional jet written by its maker's full name is the aircraft.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { pasted } from './helpers.js';
import { run } from './sections/travel-fixtures.js';

const RECEIPT = [
  'Flugschein / Passenger Receipt',
  'Buchungscode / Booking code:\tZR4M7Q',
  '',
  'Reisende / Passengers',
  'Name\tTicketnummer / Ticket number',
  'HALVORSEN/INGRID MS\t220-1111222233',
  'PETRAKIS/NIKOS MR\t220-1111222234',
  '',
  'Hinflug / Outbound\tMo./Mon 07.06.2027',
  'Flug / Flight\tLH 1482',
  'Ab / Departure\t07:05 Hamburg (HAM)',
  'An / Arrival\t08:15 Frankfurt (FRA)',
  'Flugzeug / Aircraft: Canadair Regional Jet 900',
  '',
  'Reisende/Passengers\tSitz/Seat\tFreigepäck/Baggage',
  'HALVORSEN/INGRID MS\t9C\t1 PC',
  'PETRAKIS/NIKOS MR\t9D\t1 PC',
  '',
  'Rückflug / Return\tDo./Thu 10.06.2027',
  'Flug / Flight\tLH 1483',
  'Ab / Departure\t18:40 Frankfurt (FRA)',
  'An / Arrival\t19:45 Hamburg (HAM)',
  '',
  'Reisende/Passengers\tSitz/Seat\tFreigepäck/Baggage',
  'HALVORSEN/INGRID MS\t-- (offen/open)\t1 PC',
  'PETRAKIS/NIKOS MR\t14F\t1 PC',
].join('\n');

const asFile = (text: string): ExtractedSource => ({ ...pasted(text), name: 'eticket-receipt.pdf', origin: 'file', format: 'txt' });

test("each flight's passenger table gives that flight's seats; an open seat is none", () => {
  const legs = run(flights, asFile(RECEIPT)).map((f) => [f.flightNumber?.value, f.passengers?.map((p) => [p.name?.value, p.seat?.value ?? null])]);
  assert.deepEqual(legs, [
    ['LH1482', [['Ingrid Halvorsen', '9C'], ['Nikos Petrakis', '9D']]],
    ['LH1483', [['Ingrid Halvorsen', null], ['Nikos Petrakis', '14F']]],
  ]);
});

test("a regional jet written by its maker's full name is the aircraft", () => {
  assert.equal(run(flights, asFile(RECEIPT))[0]!.aircraft?.value, 'Canadair Regional Jet 900');
});
