/**
 * A US airline's e-ticket receipt listing its travellers in one table, a seat column per flight headed by
 * the flight's number with its route on a second header line: each row's cells under the flights are that
 * traveller's seats; the name is the SURNAME/GIVEN cell, not the note after it; a short hop's minutes in
 * its row's cell ("⇥48m") are its duration.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as flights } from '../../src/understand/sections/flights.js';
import { pasted } from './helpers.js';
import { run } from './sections/travel-fixtures.js';

const RECEIPT = [
  'Electronic Ticket Receipt',
  'Record locator KWT7RB',
  '',
  'FLIGHT\tDEPART\tARRIVE\tCABIN / AIRCRAFT\tDURATION',
  'BX 562 Operated by Bayline Air\t7:20 AM Tue, Mar 9, 2027 Boston, MA (BOS)\t9:31 AM Tue, Mar 9, 2027 Chicago, IL (ORD)\tEconomy (K) Airbus A320\t3h 11m',
  '',
  'Connection: 1h 05m in Chicago, IL (ORD)',
  '',
  'BX 3304\t10:36 AM\t11:24 AM\tEconomy (K)\t48m',
  'Operated by Bayline Regional\tTue, Mar 9, 2027 Chicago, IL (ORD)\tTue, Mar 9, 2027 Milwaukee, WI (MKE)\tEmbraer E175\t67 mi',
  '',
  'Travelers and seats',
  'TRAVELER\tTICKET NUMBER\tREWARDS #\tBX 562\tBX 3304',
  '\t\t\tBOS–ORD\tORD–MKE',
  'HOLLOWAY/GRETA Adult · TSA PreCheck on file\t511 7003918821\tBX 4410 2291\t21A\t05C',
  'ADEYEMI/TUNDE Adult · Redress # on file\t511 7003918822\t—\t21B\tAssigned at gate',
].join('\n');

const asFile = (text: string): ExtractedSource => ({ ...pasted(text), name: 'receipt.pdf', origin: 'file', format: 'txt' });

test("each traveller's seat is the cell under the flight's column, a header's route line under the numbers", () => {
  const legs = run(flights, asFile(RECEIPT)).map((f) => [f.flightNumber?.value, f.passengers?.map((p) => [p.name?.value, p.seat?.value ?? null])]);
  assert.deepEqual(legs, [
    ['BX562', [['Greta Holloway', '21A'], ['Tunde Adeyemi', '21B']]],
    ['BX3304', [['Greta Holloway', '5C'], ['Tunde Adeyemi', null]]],
  ]);
});

test("a short hop's minutes in its row's cell beside the cabin are its duration", () => {
  assert.equal(run(flights, asFile(RECEIPT))[1]!.durationMinutes?.value, 48);
});
