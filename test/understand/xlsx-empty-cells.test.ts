/**
 * A workbook's blank cells in the middle of a row stay empty columns all the way from extraction to
 * the readers: the text keeps one tab per cell boundary, and each row's cells line up with its header.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { extractFile } from '../../src/extract/index.js';
import { normaliseText } from '../../src/extract/normalise.js';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';
import './helpers.js';
import { run, show } from './sections/travel-fixtures.js';

/** A tour-day workbook: a running order with blank "End" and "Location" cells, rooms, then contacts. */
async function tourDay(): Promise<ExtractedSource> {
  const workbook = new ExcelJS.Workbook();
  const day = workbook.addWorksheet('Day');
  day.addRow(['Running order — Sat 12 Jun 2027']);
  day.addRow(['Start', 'End', 'Item', 'Location', 'Notes']);
  day.addRow(['13:30', null, 'Load in', 'Dock door B', 'two stagehands']);
  day.addRow(['16:00', '16:40', 'Soundcheck', 'Hall']);
  day.addRow(['18:30', null, 'Dinner', 'Green room', 'Fig & Thyme Kitchen, 6 pax']);
  day.addRow(['23:00', null, 'Curfew', null, 'strict']);
  const stay = workbook.addWorksheet('Hotel');
  stay.addRow(['Hotel', 'Quayside Hotel']);
  stay.addRow(['Address', '4 Dock Lane, Swansea SA1 1AA']);
  stay.addRow(['Check-in', 'Sat 12 Jun 2027, from 14:00']);
  stay.addRow(['Check-out', 'Sun 13 Jun 2027, by 11:00']);
  stay.addRow(['Room', 'Type', 'Guest(s)']);
  stay.addRow(['1', 'Twin', 'Mara Olsen / Tove Lind']);
  stay.addRow(['2', 'Single', 'Pim Kroes']);
  const people = workbook.addWorksheet('Contacts');
  people.addRow(['Name', 'Role', 'Company', 'Mobile']);
  people.addRow(['Rhys Evans', 'Promoter rep', 'Nightjar Events', '07700 900 123']);
  people.addRow(['Ola Berg', 'Driver', 'Fjord Vans', '07700 900 456']);
  return extractFile({ bytes: Buffer.from(await workbook.xlsx.writeBuffer()), name: 'TourDay.xlsx' });
}

test('normaliseText: each tab of a run is kept, the spaces beside them go', () => {
  assert.equal(normaliseText('06:15\t\tMeet \t \t bags'), '06:15\t\tMeet\t\tbags');
  assert.equal(normaliseText('Venue:      Foundry Hall'), 'Venue:\tFoundry Hall');
});

test("an XLSX row's blank cells stay empty columns in the text", async () => {
  const lines = (await tourDay()).text.split('\n');
  assert.ok(lines.includes('13:30\t\tLoad in\tDock door B\ttwo stagehands'));
  assert.ok(lines.includes('23:00\t\tCurfew\t\tstrict'));
});

test('schedule rows with blank cells keep each value under its own header', async () => {
  const items = scheduleOf(await tourDay()).map((i) => [i.name.value, i.start.value, i.end?.value ?? null, i.location?.value ?? null, i.notes?.value ?? null]);
  assert.deepEqual(items.find((i) => i[0] === 'Load in'), ['Load in', '13:30', null, 'Dock door B', 'two stagehands']);
  assert.deepEqual(items.find((i) => i[0] === 'Soundcheck'), ['Soundcheck', '16:00', '16:40', 'Hall', null]);
});

test("a meal row's kitchen in the notes, served in the venue's green room, is the venue's catering", async () => {
  const meals = run(food, await tourDay(), show('2027-06-12'));
  assert.deepEqual(meals.map((m) => [m.name?.value, m.kind?.value, m.address?.value, m.time?.value, m.guestCount?.value, m.notes?.value ?? null]), [
    ['Fig & Thyme Kitchen', 'catering', 'Green room', '18:30', 6, null],
  ]);
});

test("a rooms table's guests end at the workbook's next sheet", async () => {
  const [stay] = run(hotels, await tourDay(), show('2027-06-12'));
  assert.deepEqual(stay?.guests?.map((g) => g.value), ['Mara Olsen', 'Tove Lind', 'Pim Kroes']);
});
