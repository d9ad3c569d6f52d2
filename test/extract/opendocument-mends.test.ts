import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { makeDocx, makeOpenDocument } from './make-files.js';

after(closeExtractor);

const cell = (value: string, attributes = '') => `<table:table-cell office:value-type="string"${attributes}><text:p>${value}</text:p></table:table-cell>`;
const row = (cells: string, repeat = 1) => `<table:table-row${repeat > 1 ? ` table:number-rows-repeated="${repeat}"` : ''}>${cells}</table:table-row>`;
const sheet = (rows: string) => `<table:table table:name="Rota">${rows}</table:table>`;

test('ODS: a filled row repeated a million times is capped with a warning, not a crash', async () => {
  const source = await extractFile({ bytes: makeOpenDocument('spreadsheet', sheet(row(cell('tbc'), 1_000_000))), name: 'rota.ods' });
  assert.equal(source.error, null);
  assert.deepEqual(source.warnings.map((w) => w.code), ['text_truncated']);
  assert.match(source.text, /^Sheet: Rota\ntbc\ntbc\n/);
  assert.ok(source.text.length < 100_000, `a filled row's repeats are capped (got ${source.text.length} characters)`);
});

test('ODS: more rows than a call can take as arguments are still read', async () => {
  // 150 different rows, each repeated within the cap: far more rows than Math.max(...rows) survives.
  const rows = Array.from({ length: 150 }, (_, i) => row(`${cell(`S${i}`)}${cell('on')}`, 1000)).join('');
  const source = await extractFile({ bytes: makeOpenDocument('spreadsheet', sheet(rows)), name: 'shifts.ods' });
  assert.equal(source.error, null);
  assert.equal(source.tables[0]?.rows.length, 150_000);
  assert.deepEqual(source.tables[0]?.rows[149_999], ['S149', 'on']);
});

test('ODS: a row as wide as a sheet goes, repeated, reads in time', async () => {
  // Filled first and last cells with an empty run between: every column could be a spacer of two blocks.
  const wide = row(`${cell('Bay')}<table:table-cell table:number-columns-repeated="16382"/>${cell('Dock')}`, 40);
  const started = Date.now();
  const source = await extractFile({ bytes: makeOpenDocument('spreadsheet', sheet(wide)), name: 'wide.ods' });
  assert.equal(source.error, null);
  assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
});

const table = (rows: string[][]) => `<table:table>${rows.map((cells) => `<table:table-row>${cells.join('')}</table:table-row>`).join('')}</table:table>`;

test('ODT: a merged cell keeps the cells after it under their own columns', async () => {
  const body = table([
    [cell('Slot'), cell('Activity'), cell('Room')],
    [cell('Breakfast buffet', ' table:number-columns-spanned="2"'), '<table:covered-table-cell/>', cell('Atrium')],
    [cell('Morning', ' table:number-rows-spanned="2"'), cell('Rigging'), cell('Hall B')],
    ['<table:covered-table-cell/>', cell('Focus'), cell('Hall C')],
  ]);
  const source = await extractFile({ bytes: makeOpenDocument('text', body), name: 'plan.odt' });
  assert.equal(source.error, null);
  assert.deepEqual(source.tables[0]?.rows, [
    ['Slot', 'Activity', 'Room'],
    ['Breakfast buffet', '', 'Atrium'],
    ['Morning', 'Rigging', 'Hall B'],
    ['Morning', 'Focus', 'Hall C'],
  ]);
});

test('ODT: thousands of nested lists are read as text, not a crash', async () => {
  const depth = 8000;
  const body = `${'<text:list><text:list-item>'.repeat(depth)}<text:p>Deepest note</text:p>${'</text:list-item></text:list>'.repeat(depth)}<text:p>After the list</text:p>`;
  const source = await extractFile({ bytes: makeOpenDocument('text', body), name: 'deep.odt' });
  assert.equal(source.error, null);
  assert.match(source.text, /Deepest note[\s\S]*After the list/);
});

test('HTML: thousands of nested elements are read as text, not a crash', async () => {
  const depth = 8000;
  const html = `<html><body>${'<div><ul><li>'.repeat(depth)}Bottom line${'</li></ul></div>'.repeat(depth)}<p>Closing words</p></body></html>`;
  const source = await extractFile({ bytes: Buffer.from(html), name: 'deep.html' });
  assert.equal(source.error, null);
  assert.match(source.text, /Bottom line[\s\S]*Closing words/);
});

test('DOCX: thousands of nested tables are read as text, not a crash', async () => {
  const depth = 3000;
  const body = `${'<w:tbl><w:tr><w:tc>'.repeat(depth)}<w:p><w:r><w:t>Core cell</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(depth)}<w:p><w:r><w:t>Final line</w:t></w:r></w:p>`;
  const source = await extractFile({ bytes: makeDocx(body), name: 'deep.docx' });
  assert.equal(source.error, null);
  assert.match(source.text, /Core cell[\s\S]*Final line/);
});
