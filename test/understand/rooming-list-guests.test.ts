/**
 * A hotel block over its rooming list, under a title that calls the paper a rooming list: the list's
 * guests are the labelled hotel's, family names in capitals written as names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { lodgingNames } from '../../src/understand/sections/travel/phrases.js';
import { joinedNameCell } from '../../src/understand/text/split-name-columns.js';
import { workbook } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

test('"HOTEL ROOMING LIST" or "Hotel booking details" titles a paper and "Hotel Contact:" labels a row: neither names a lodging', () => {
  assert.deepEqual(lodgingNames('BRASSWORK — SPRING RUN — HOTEL ROOMING LIST').map((n) => n.value), []);
  assert.deepEqual(lodgingNames('Hotel booking details').map((n) => n.value), []);
  assert.deepEqual(lodgingNames('Hotel Contact:\t\tIda Lund, Group Sales').map((n) => n.value), []);
  assert.deepEqual(lodgingNames('Hotel Rosenlund').map((n) => n.value), ['Hotel Rosenlund']);
});

test('a family name in capitals beside a given name is written as a name', () => {
  const cell = (value: string, header: string) => ({ value, header, span: null });
  assert.equal(joinedNameCell(cell('MACALLISTER', 'Surname'), cell('Ines', 'First name'))?.value, 'Ines Macallister');
  assert.equal(joinedNameCell(cell('Ek', 'Surname'), cell('Bo', 'First name'))?.value, 'Bo Ek');
});

test("a rooming list's guests belong to the hotel labelled above it, not to the paper's title", async () => {
  const book = await workbook('rooming.xlsx', [['TRONDHEIM', [
    ['BRASSWORK — SPRING RUN 2027 — HOTEL ROOMING LIST'],
    ['Version 1 issued 02/03/2027'],
    ['Hotel', 'Nidelva Brygge Hotel'],
    ['Check-in', '2027-04-09'],
    ['Check-out', '2027-04-10'],
    ['Rm', 'Type', 'Surname', 'First name', 'Arrive', 'Depart'],
    ['1', 'Single', 'MACALLISTER', 'Ines', '2027-04-09', '2027-04-10'],
    ['2', 'Single', 'BERGE', 'Tor', '2027-04-09', '2027-04-10'],
  ]]]);
  const stays = run(hotels, book).map(values);
  assert.deepEqual(stays.map((s) => s['name']), ['Nidelva Brygge Hotel']);
  assert.deepEqual(stays[0]!['guests'], ['Ines Macallister', 'Tor Berge']);
});
