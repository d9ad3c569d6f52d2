/**
 * An advance sheet laid out as two `Label | value` blocks side by side (the show on the left, the
 * hotel on the right, a narrow empty column between them) is read block by block, so each pair
 * belongs to its own block; a day's "From | To" columns of clock times are its start and end times;
 * a fee's currency may stand in its label's brackets; "Check-in from" gives the check-in time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { extractFile } from '../../src/extract/index.js';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import { read } from '../../src/understand/text/index.js';
import { pasted } from './helpers.js';
import { run, show } from './sections/travel-fixtures.js';

/** Show facts in A:C, a spacer D, stay facts in E:G (values merged over two columns), then a day table. */
async function advanceSheet(): Promise<ExtractedSource> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Advance');
  const pairs: [string, string | null, string | null, string | null][] = [
    ['GIG', null, 'STAY', null],
    ['Artist', 'The Paper Kites of Elm', 'Hotel', 'Hotel Lantern Yard'],
    ['Venue', 'Old Mill Hall', 'Address', '9 Weir Street, Leeds LS1 4AB'],
    ['Address', '2 Canal Row, Leeds LS2 7XY', 'Check-in', '2027-05-14'],
    ['Fee (GBP)', '1800', 'Check-in from', '14:00'],
    ['Promo', null, 'Rooms', '3'],
  ];
  for (const [a, b, e, f] of pairs) {
    const row = sheet.addRow([a, b, null, null, e, f, null]);
    if (b) sheet.mergeCells(row.number, 2, row.number, 3);
    if (f) sheet.mergeCells(row.number, 6, row.number, 7);
  }
  sheet.addRow(['DAY']);
  sheet.addRow(['From', 'To', 'What', null, 'Where']);
  for (const [from, to, what, where] of [['15:00', '15:45', 'Soundcheck', 'Main room'], ['19:00', null, 'Doors', null], ['20:30', '21:40', 'Headline set', 'Main room']]) {
    const row = sheet.addRow([from, to, what, null, where]);
    sheet.mergeCells(row.number, 3, row.number, 4);
  }
  return extractFile({ bytes: Buffer.from(await workbook.xlsx.writeBuffer()), name: 'Advance.xlsx' });
}

test('two label blocks side by side in a sheet are written one after the other', async () => {
  const lines = (await advanceSheet()).text.split('\n');
  const at = (line: string) => lines.indexOf(line);
  assert.ok(at('Artist\tThe Paper Kites of Elm') > 0);
  assert.ok(at('Promo') > at('Fee (GBP)\t1800'));
  assert.ok(at('STAY') > at('Promo'));
  assert.ok(at('Hotel\tHotel Lantern Yard') > at('STAY'));
  // The day's table, its cells merged over the spacer column, keeps its rows.
  assert.ok(lines.includes('15:00\t15:45\tSoundcheck\t\tMain room'));
});

test("the hotel block's address is the hotel's, not the show's beside it", async () => {
  const [stay] = run(hotels, await advanceSheet(), show('2027-05-14'));
  assert.equal(stay?.name?.value, 'Hotel Lantern Yard');
  assert.equal(stay?.address?.value, '9 Weir Street, Leeds LS1 4AB');
  assert.equal(stay?.checkInTime?.value, '14:00');
  assert.equal(stay?.rooms?.value, 3);
});

test("a fee's currency in its label's brackets is the deal's currency", async () => {
  const [terms] = run(deal, await advanceSheet());
  assert.equal(terms?.fee?.value, 1800);
  assert.equal(terms?.currency?.value, 'GBP');
});

test('"From | To" columns of clock times are each row\'s start and end', async () => {
  const items = scheduleOf(await advanceSheet()).map((i) => [i.name.value, i.start.value, i.end?.value ?? null, i.location?.value ?? null]);
  assert.deepEqual(items.find((i) => i[0] === 'Soundcheck'), ['Soundcheck', '15:00', '15:45', 'Main room']);
  assert.deepEqual(items.find((i) => i[0] === 'Doors'), ['Doors', '19:00', null, null]);
});

test('a text row of two label/value pairs over another such row is no table header', () => {
  const reading = read(pasted('Artist\tThe Paper Kites of Elm\t\tHotel\tHotel Lantern Yard\nVenue\tOld Mill Hall\t\tCheck-in\t14 May 2027\n'));
  assert.equal(reading.tables.length, 0);
  assert.deepEqual(reading.labelled.map((l) => [l.key, l.value]), [
    ['artist', 'The Paper Kites of Elm'], ['hotel', 'Hotel Lantern Yard'], ['venue', 'Old Mill Hall'], ['check_in', '14 May 2027'],
  ]);
});
