/**
 * A day sheet's meal row whose place cell is a room of the venue with its floor in brackets
 * ("Green room (2nd floor)") and whose notes cell names the kitchen, then the party and diets after a
 * dash and a semicolon: the kitchen's catering, served in that room, the diets its note.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { workbook } from './helpers.js';

const SHEET: string[][] = [
  ['Day Sheet', '2027-09-14'],
  ['Venue', 'Harbour Ballroom'],
  ['SCHEDULE'],
  ['Time', 'Item', 'Location', 'Notes'],
  ['12:00', 'Load-in', 'Back dock', '4 local hands'],
  ['17:30', 'Dinner', 'Green room (2nd floor)', 'Saltmarsh Kitchen – 9 pax; 1 GF, 2 vegan'],
  ['19:00', 'Doors', '', ''],
];

test('a meal row served in a room on a floor is the named kitchen\'s catering there, its diets the note', async () => {
  const { food } = (await understand([await workbook('daysheet.xlsx', [['Show', SHEET]])])).extracted;
  assert.equal(food.length, 1);
  assert.deepEqual(
    [food[0]!.name, food[0]!.kind, food[0]!.address, food[0]!.guestCount, food[0]!.notes, food[0]!.date],
    ['Saltmarsh Kitchen', 'catering', 'Green room (2nd floor)', 9, '1 GF, 2 vegan', '2027-09-14'],
  );
});
