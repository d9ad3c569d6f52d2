import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import ExcelJS from 'exceljs';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { guardZip } from '../../src/extract/zip-guard.js';
import { deflatedZeros, docxXml, makeDocx, makeZip } from './make-files.js';

after(closeExtractor);

const advanceSheet = makeDocx([
  docxXml.paragraph('Advance Sheet', 'Heading1'),
  docxXml.paragraph('Venue: The Foundry, Sheffield'),
  docxXml.table([['Time', 'What'], ['14:00', 'Load-in'], ['16:30', 'Soundcheck']]),
  docxXml.paragraph('Parking for one van behind the venue.'),
].join(''), { header: 'Hollow Meridian – Spring Tour 2025', footer: 'Page 1 · confidential' });

test('DOCX: paragraphs, headings, tables, header and footer', async () => {
  const source = await extractFile({ bytes: advanceSheet, name: 'advance.docx' });
  assert.equal(source.error, null);
  assert.equal(source.format, 'docx');
  assert.equal(source.text, [
    'Hollow Meridian – Spring Tour 2025', '',
    'Advance Sheet', '', 'Venue: The Foundry, Sheffield', '',
    'Time\tWhat', '14:00\tLoad-in', '16:30\tSoundcheck', '',
    'Parking for one van behind the venue.', '',
    'Page 1 · confidential',
  ].join('\n'));
  assert.deepEqual(source.tables, [{ page: null, sheet: null, rows: [['Time', 'What'], ['14:00', 'Load-in'], ['16:30', 'Soundcheck']] }]);
});

test('a truncated DOCX ends as file_corrupt', async () => {
  const source = await extractFile({ bytes: advanceSheet.subarray(0, advanceSheet.length - 200), name: 'rider.docx' });
  assert.equal(source.format, 'docx');
  assert.equal(source.error?.code, 'file_corrupt');
});

test('a zip bomb is refused after inflating little, without holding it in memory', async () => {
  const bomb = makeDocx(docxXml.paragraph('hello'), {}, [{ name: 'word/media/zeros.bin', data: await deflatedZeros(300 * 1024 * 1024) }]);
  assert.ok(bomb.length < 1024 * 1024, 'the bomb is small on disk');
  const before = process.memoryUsage().rss;
  await assert.rejects(guardZip(bomb, 200 * 1024 * 1024), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'too_large');
    assert.match(error.message, /zip bomb/);
    return true;
  });
  assert.ok(process.memoryUsage().rss - before < 64 * 1024 * 1024, 'the guard stops long before 300 MB');
  const source = await extractFile({ bytes: bomb, name: 'bomb.docx' });
  assert.equal(source.error?.code, 'too_large');
});

test('the ZIP guard refuses lying sizes, symbolic links and archives over the inflate budget', async () => {
  const lying = makeZip([{ name: '[Content_Types].xml', data: 'x'.repeat(5000), declaredSize: 10 }]);
  await assert.rejects(guardZip(lying, 1e6), { code: 'file_corrupt' });
  const link = makeZip([{ name: 'word/document.xml', data: '/etc/passwd', mode: 0o120777 }]);
  await assert.rejects(guardZip(link, 1e6), /symbolic link/);
  const big = makeZip([{ name: 'a.xml', data: 'lorem ipsum '.repeat(2000) }, { name: 'b.xml', data: 'dolor sit '.repeat(2000) }]);
  await assert.rejects(guardZip(big, 30_000), { code: 'too_large' });
  const kept = await guardZip(big, 1e6, (name) => name === 'b.xml');
  assert.deepEqual([...kept.keys()], ['b.xml']);
  assert.equal(kept.get('b.xml')?.toString(), 'dolor sit '.repeat(2000));
});

test('XLSX: each sheet a table and a text block, dates in ISO form', async () => {
  const workbook = new ExcelJS.Workbook();
  const day = workbook.addWorksheet('Day sheet');
  day.addRow(['Time', 'What', 'Where']);
  day.addRow([new Date(Date.UTC(1899, 11, 30, 14, 0)), 'Load-in', 'Molotow']);
  day.addRow([new Date(Date.UTC(2025, 2, 12)), { richText: [{ text: 'Show ' }, { text: 'day' }] }, null]);
  day.getCell('A2').numFmt = 'hh:mm';
  day.getCell('A3').numFmt = 'yyyy-mm-dd';
  const money = workbook.addWorksheet('Deal');
  money.addRow(['Fee', 4500]);
  money.addRow(['Deposit', { formula: 'B1*0.5', result: 2250 }]);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const source = await extractFile({ bytes, name: 'DaySheet.xlsx' });
  assert.equal(source.error, null);
  assert.equal(source.format, 'xlsx');
  assert.equal(source.text, [
    'Sheet: Day sheet', 'Time\tWhat\tWhere', '14:00\tLoad-in\tMolotow', '2025-03-12\tShow day', '',
    'Sheet: Deal', 'Fee\t4500', 'Deposit\t2250',
  ].join('\n'));
  assert.deepEqual(source.tables.map((t) => [t.sheet, t.rows.length]), [['Day sheet', 3], ['Deal', 2]]);
  assert.deepEqual(source.tables[0]?.rows[2], ['2025-03-12', 'Show day', '']);
});

test('XLSX: a workbook whose workbook part comes after its sheets reads every time, merged cells once', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Overview');
  sheet.addRow(['PRODUCTION ADVANCE', '', '']);
  sheet.mergeCells('A1:C1');
  sheet.addRow(['Venue', 'The Ironworks Hall', 'Glasgow']);
  workbook.addWorksheet('Contacts').addRow(['Role', 'Name']);
  const parts = await guardZip(Buffer.from(await workbook.xlsx.writeBuffer()), 10_000_000, () => true);
  const entries = [...parts].map(([name, data]) => ({ name, data }));
  // Some producers write the sheets first and the workbook part last; the order must not matter.
  const rank = (name: string) => ['xl/worksheets/', 'xl/sharedStrings', 'xl/workbook.xml'].findIndex((p) => name.startsWith(p));
  entries.sort((a, b) => rank(a.name) - rank(b.name));
  const bytes = makeZip(entries);
  for (let run = 0; run < 5; run++) {
    const source = await extractFile({ bytes, name: 'Advance.xlsx' });
    assert.equal(source.error, null);
    assert.equal(source.text, 'Sheet: Overview\nPRODUCTION ADVANCE\nVenue\tThe Ironworks Hall\tGlasgow\n\nSheet: Contacts\nRole\tName');
  }
});
