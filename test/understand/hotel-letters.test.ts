import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { tablesOf } from '../../src/understand/text/index.js';
import { contactRows, run } from './sections/travel-fixtures.js';

test('a headerless table right after a headed one on the same page goes on with its rows', () => {
  const header = ['No', 'Guest', 'Arrival', 'Departure'];
  const first = [['1', 'Ida Berg', '03/05/27', '05/05/27']];
  const rest = [['2', 'Ola Nes / Kai Dahl', '03/05/27', '05/05/27', 'late arrival']];
  const text = [header, ...first, ...rest].map((r) => r.join('\t')).join('\n');
  const tables = tablesOf({ text, pages: [], tables: [{ rows: [header, ...first], page: 1, sheet: null }, { rows: rest, page: 1, sheet: null }] });
  assert.deepEqual(tables.map((t) => t.records.map((r) => r.cells.guests?.value)), [['Ida Berg', 'Ola Nes / Kai Dahl']]);
});

test('a headerless table of another width is not taken for the rest of the one above', () => {
  const header = ['No', 'Guest', 'Arrival', 'Departure'];
  const text = 'No\tGuest\tArrival\tDeparture\n1\tIda Berg\t03/05/27\t05/05/27\nTotal\t1';
  const tables = tablesOf({ text, pages: [], tables: [{ rows: [header, ['1', 'Ida Berg', '03/05/27', '05/05/27']], page: 1, sheet: null }, { rows: [['Total', '1']], page: 1, sheet: null }] });
  assert.equal(tables[0]!.records.length, 1);
});

test('a letter closed in two languages is signed by a person whose role is written in both', () => {
  const letter = [
    'Your group reservation is confirmed.',
    '',
    'Cordialement / Best regards',
    'Lise Aubert',
    'Responsable groupes / Group sales manager – Hôtel Les Tilleuls',
    'Tél. +33 4 72 11 22 33 · groupes@tilleuls.example.fr',
  ].join('\n');
  assert.deepEqual(contactRows(letter), [
    ['Lise Aubert', 'Responsable groupes / Group sales manager', 'Hôtel Les Tilleuls', '+33472112233', 'groupes@tilleuls.example.fr'],
  ]);
});

test("an artist label's value goes on with the tour's name after a dash: the act is the part before it", () => {
  const [draft] = run(general, extractPastedText('Artist: Copper Wharf – Autumn tour 2027\nDate: 12 October 2027'));
  assert.equal(draft!.artist!.value, 'Copper Wharf');
});
