/**
 * A Word advance whose every section is its own two-column table under a heading: stacked lines in
 * one cell, tables that are not the schedule's continuation, a venue's house spec, a rooming cell,
 * and a catering table of Dinner / Numbers / Dietary rows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile } from '../../src/extract/index.js';
import { tablesOf } from '../../src/understand/text/index.js';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { docxXml, makeDocx } from '../extract/make-files.js';
import { pasted } from './helpers.js';
import { run, show, values } from './sections/travel-fixtures.js';

test("a Word cell's paragraphs are kept apart by a middle dot, not run together", async () => {
  const stacked = '<w:tc><w:p><w:r><w:t>Rhea Lindqvist, Copperfield Live</w:t></w:r></w:p><w:p><w:r><w:t>07700 900412</w:t></w:r></w:p></w:tc>';
  const body = `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Role</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Who</w:t></w:r></w:p></w:tc></w:tr>`
    + `<w:tr><w:tc><w:p><w:r><w:t>Stage manager</w:t></w:r></w:p></w:tc>${stacked}</w:tr></w:tbl>`;
  const source = await extractFile({ bytes: makeDocx(body), name: 'advance.docx' });
  assert.deepEqual(source.tables[0]!.rows[1], ['Stage manager', 'Rhea Lindqvist, Copperfield Live · 07700 900412']);
});

test("a headerless table whose first cells are no times does not go on from a Time | What schedule", () => {
  const rows = [['Time', 'What'], ['15:00', 'Load in'], ['20:00', 'Show']];
  const next = [['Hotel', 'Marsh Lane Inn'], ['Rooms', '2 x double'], ['Check in', 'from 15:00']];
  const more = [['21:30', 'Curfew']];
  const text = [...rows, ...next, ...more].map((r) => r.join('\t')).join('\n');
  const tables = tablesOf({ text, pages: [], tables: [rows, next].map((r) => ({ rows: r, page: null, sheet: null })) });
  assert.deepEqual(tables[0]!.records.map((r) => r.cells.schedule_item?.value), ['Load in', 'Show']);
  // Rows with times in the time column still continue the schedule.
  const cut = tablesOf({ text, pages: [], tables: [rows, more].map((r) => ({ rows: r, page: null, sheet: null })) });
  assert.deepEqual(cut[0]!.records.map((r) => r.cells.schedule_item?.value), ['Load in', 'Show', 'Curfew']);
});

test('a "House spec" heading opens the technical block of an advance', () => {
  const source = pasted([
    'ADVANCE – THE GANNETS', '', 'HOUSE SPEC', '',
    'Stage\t8m x 6m, no riser', 'Lighting\tChamSys MQ80, 12 x LED wash', 'Power\t32A single phase, stage left', '',
    'PARKING', '', 'Vans\tOn the street after 18:00',
  ].join('\n'));
  assert.deepEqual(run(technical, source).map(values), [
    { stage: '8m x 6m, no riser', lighting: 'ChamSys MQ80, 12 x LED wash', other: 'Power: 32A single phase, stage left' },
  ]);
});

test('a rooming cell names each room before its guests: the room is no part of a name', () => {
  const source = pasted([
    'Hotel\tHarbour View Lodge', 'Check in\t14/06/27 from 14:00',
    'Rooming\tTwin 1: Ada Brennan / Lou Marsh · Twin 2: Tom Keld / Ines Varga',
  ].join('\n'));
  assert.deepEqual(run(hotels, source, show('2027-06-14'))[0]!.guests!.map((g) => g.value), ['Ada Brennan', 'Lou Marsh', 'Tom Keld', 'Ines Varga']);
});

test('a catering table: a meal not provided is none, "Hot meal by X" names the caterer, Numbers and Dietary rows add to it', () => {
  const source = pasted([
    'Time\tWhat', '17:30\tDinner – see CATERING', '20:00\tShow', '',
    'CATERING', '',
    'Lunch\tNot provided – buyout to band',
    'Dinner\tHot meal by Pickle & Pear, served in the green room, 17:30',
    'Numbers\t7 (band 4, crew 3)',
    'Dietary\t1 vegetarian',
  ].join('\n'));
  assert.deepEqual(run(food, source, show('2027-06-14')).map((d) => [d.name?.value, d.kind?.value, d.time?.value, d.guestCount?.value, d.notes?.value]), [
    ['Pickle & Pear', 'catering', '17:30', 7, '1 vegetarian'],
  ]);
});

test("a Dietary row asking to be told the diets later is no note of the meal", () => {
  const source = pasted([
    'Dinner\tHot meal by Pickle & Pear, served in the green room, 17:30',
    'Dietary\tplease send to Mo by Monday 4 October',
  ].join('\n'));
  assert.deepEqual(run(food, source, show('2027-06-14')).map((d) => [d.name?.value, d.notes?.value]), [['Pickle & Pear', undefined]]);
});
