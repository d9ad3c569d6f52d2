/**
 * A travel agent's rooming workbook over a whole run — an overview sheet with a row per stop, then one
 * sheet per stop with its hotel block and room table — imported with a note naming one show: only that
 * show's stay is read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted, workbook } from './helpers.js';

const HEAD = [['WAYMARK TRAVEL'], ['COPPER LANTERN — AUTUMN RUN 2027 — ROOMING']];

/** One stop's sheet: the hotel's labels, then its rooms. */
function stop(hotel: string, address: string, checkIn: string, checkOut: string): string[][] {
  return [
    ...HEAD,
    ['Hotel', hotel], ['Address', address], ['Check-in', checkIn], ['Check-out', checkOut], ['Board', 'B&B'],
    ['Rm', 'Type', 'Surname', 'First name', 'Arrive', 'Depart'],
    ['1', 'Single', 'Okafor', 'Dele', checkIn, checkOut],
    ['2', 'Single', 'Lindgren', 'Mia', checkIn, checkOut],
  ];
}

const BOOK = () => workbook('Copper Lantern autumn rooming.xlsx', [
  ['OVERVIEW', [
    ...HEAD,
    ['City', 'Show', 'Hotel', 'Check-in', 'Check-out', 'Rooms'],
    ['Cardiff', 'Wed 13/10', 'Taff Wharf Hotel', '2027-10-13', '2027-10-14', '2'],
    ['Norwich', 'Sat 16/10 (Fri 15/10 day off)', 'Wensum Yard Hotel', '2027-10-15', '2027-10-17', '2'],
    ['Hull', 'Mon 18/10', 'Humber Pier Hotel', '2027-10-18', '2027-10-19', '2'],
  ]],
  ['CARDIFF 13.10', stop('Taff Wharf Hotel', '4 Bute Place, Cardiff CF10 5AL', '2027-10-13', '2027-10-14')],
  ['NORWICH 16.10', stop('Wensum Yard Hotel', '12 Quayside, Norwich NR3 1RY', '2027-10-15', '2027-10-17')],
  ['HULL 18.10', stop('Humber Pier Hotel', '7 Nelson Street, Hull HU1 1XE', '2027-10-18', '2027-10-19')],
]);

const NOTE = pasted('Please set up Norwich, rooming attached\n\nNORWICH – Sat 16th Oct\nThe Loom Hall, 40 Magdalen Street, Norwich NR3 1JE\ndoors 7pm');

test("a rooming workbook's other stops' sheets and overview rows give no hotel; the named show's stay does", async () => {
  const { extracted } = await understand([await BOOK(), NOTE]);
  assert.deepEqual(extracted.hotels.map((h) => h.name), ['Wensum Yard Hotel']);
  assert.equal(extracted.hotels[0]!.checkInDate, '2027-10-15');
});

test("a hotel sheet dated by its check-in day stays when its nights cover the named show", async () => {
  const day = (venue: string, doors: string) => [['Venue', venue], ['Doors', doors], ['Soundcheck', '17:00']];
  const book = await workbook('advance pack.xlsx', [
    ['SAT 16.10', day('The Loom Hall', '19:00')],
    ['MON 18.10', day('Pier Rooms', '19:30')],
    ['HOTEL 15.10', [['Hotel', 'Wensum Yard Hotel'], ['Check-in', '2027-10-15'], ['Check-out', '2027-10-17']]],
  ]);
  const { extracted } = await understand([book, pasted('All set for Sat 16th Oct at The Loom Hall?')]);
  assert.deepEqual(extracted.hotels.map((h) => h.name), ['Wensum Yard Hotel']);
});
