/**
 * A tour app's day page whose schedule cells join item and place, act or route with a
 * dash; a bus company's driver sheet — a routing table with a wrapped header, the venue's times listed
 * in one cell, a version stamp and a drivers' blackout sentence that time nothing (invented text).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';

/** Pasted text read as a printed file, with its tab rows also given as the extractor's table. */
function printed(text: string, rows: string[][]): ExtractedSource {
  return { ...extractPastedText(text), origin: 'file', format: 'pdf', name: 'day.pdf', mimeType: 'application/pdf', tables: [{ rows, page: 1, sheet: null }] };
}

const dayRows = [
  ['Time', 'Item', 'Notes'],
  ['08:00', 'Bus call — Harbour Inn lobby, Kingston → Mill Street Hall', 'Bags on by 07:45'],
  ['12:30', 'Load-in — rear loading dock (King St side)', '6 local hands'],
  ['13:30', 'Lunch — green room, 3rd floor', 'Oakleaf Kitchen (venue caterer)'],
  ['17:30', 'Dinner — buyout', 'CAD 20 pp × 7, cash from Lee'],
  ['19:00', 'Doors', ''],
  ['20:00', 'Support — Nora Vail (30 min)', ''],
  ['21:00', 'Headliner — Paper Comets (80 min)', ''],
  ['00:15', 'Bus call — venue → Quebec', 'overnight drive'],
];
const dayText = [
  'FRI 08 OCT 2027 · GUELPH, ON', 'Mill Street Hall · 5 Mill St, Guelph, ON N1H 1A1', '', 'Schedule',
  ...dayRows.map((r) => r.filter(Boolean).join('\t')), '',
  'Notes', '• Wi-Fi: HallCrew', '• Tomorrow: Sat 09 Oct – Quebec, Le Salon, load-in 11:00 (see Day 11).', '',
].join('\n');

test("a day page's cells: a route after a dash, a lower-case place after a dash, a slot's act without its length", async () => {
  const { activities } = (await understand([printed(dayText, dayRows)])).extracted;
  const row = (time: string) => activities.find((a) => a.startTime === time);
  assert.deepEqual([row('08:00')?.name, row('08:00')?.location, row('08:00')?.destination], ['Bus call', 'Harbour Inn lobby, Kingston', 'Mill Street Hall']);
  assert.deepEqual([row('00:15')?.name, row('00:15')?.location, row('00:15')?.destination], ['Bus call', 'venue', 'Quebec']);
  assert.deepEqual([row('12:30')?.name, row('12:30')?.location], ['Load-in', 'rear loading dock (King St side)']);
  assert.equal(row('20:00')?.name, 'Nora Vail');
  assert.equal(row('21:00')?.name, 'Paper Comets');
  // "• Tomorrow: …" is the next show's: its load-in is no item of this day.
  assert.equal(row('11:00'), undefined);
});

test("a meal row's dash: a place after it is where, a kind word after it is the kind; a priced cell is the buyout's note", async () => {
  const { food } = (await understand([printed(dayText, dayRows)])).extracted;
  const lunch = food.find((f) => f.time === '13:30');
  const dinner = food.find((f) => f.time === '17:30');
  assert.equal(lunch?.address, 'green room, 3rd floor');
  assert.deepEqual([dinner?.name, dinner?.kind, dinner?.address, dinner?.notes], ['Dinner', 'buyout', null, 'CAD 20 pp × 7, cash from Lee']);
});

const driverSheet = [
  'Driver & Routing sheet', 'Sheet 2 of 5 · Stand: 02.05.2027 09:10', '', 'Day\tFr 07.05.2027 – SHOW DAY GENT', '',
  '1. ROUTING',
  'Abfahrt /\tVon / From\tNach / To\tAnkunft\tKm\tBemerkung / Remark',
  'Dep.\t\t\tca. / ETA',
  'Fr 07.05.2027 02:00\tLille – Salle Nord, 3 Rue Basse (stage door)\tZaal Oost, Dok 4, 9000 Gent\t04:00\t80\tOvernight drive',
  '',
  'Venue\tZaal Oost, Dok 4, 9000 Gent',
  'Venue times (from production)\tGet-in 13:00 · Curfew 22:30 · Load-out ca. 22:45–23:45',
  '',
  'Our two drivers are not available for any transfers between 07:00 and 16:00 (rest time).',
  '',
].join('\n');

test("a driver sheet: the routing row under a wrapped header is a transfer; a cell listing the venue's times gives each item", async () => {
  const { activities } = (await understand([{ ...extractPastedText(driverSheet), origin: 'file', name: 'sheet.pdf' }])).extracted;
  const byTime = Object.fromEntries(activities.map((a) => [a.startTime, a]));
  assert.deepEqual([byTime['02:00']?.kind, byTime['02:00']?.date, byTime['02:00']?.endTime, byTime['02:00']?.destination], ['transfer', '2027-05-07', '04:00', 'Zaal Oost, Dok 4, 9000 Gent']);
  assert.equal(byTime['13:00']?.name, 'Get-in');
  assert.equal(byTime['22:30']?.kind, 'curfew');
  assert.deepEqual([byTime['22:45']?.name, byTime['22:45']?.endTime], ['Load-out', '23:45']);
  // The version stamp's time and the drivers' blackout are no items.
  assert.equal(byTime['09:10'], undefined);
  assert.equal(byTime['07:00'], undefined);
});

test("a day room: one date, then a check-in hour and a later check-out hour on its line, is left the same day", async () => {
  const text = [
    'DRIVERS\' DAY ROOM', 'Hotel\tHotel Kadehuis, Dokweg 3, 9000 Gent · Tel. +32 9 555 0101',
    'Date\tFr 07.05.2027 · check-in 08:00 (early check-in) · check-out 16:00 (late check-out)', 'Res.-Nr.\tKH-22871', '',
  ].join('\n');
  const [stay] = (await understand([{ ...extractPastedText(text), origin: 'file', name: 'sheet.pdf' }])).extracted.hotels;
  assert.deepEqual([stay?.checkInDate, stay?.checkInTime, stay?.checkOutDate, stay?.checkOutTime], ['2027-05-07', '08:00', '2027-05-07', '16:00']);
});
