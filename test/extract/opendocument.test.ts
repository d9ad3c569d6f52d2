import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import ExcelJS from 'exceljs';
import { detectFormat } from '../../src/extract/detect.js';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { makeOpenDocument, makeZip } from './make-files.js';

after(closeExtractor);

const text = (value: string, attributes = '') => `<table:table-cell office:value-type="string"${attributes}><text:p>${value}</text:p></table:table-cell>`;
const blank = (repeat = 1) => `<table:table-cell${repeat > 1 ? ` table:number-columns-repeated="${repeat}"` : ''}/>`;
const row = (cells: string, repeat = 1) => `<table:table-row${repeat > 1 ? ` table:number-rows-repeated="${repeat}"` : ''}>${cells}</table:table-row>`;
const sheet = (name: string, rows: string) => `<table:table table:name="${name}"><table:table-column table:number-columns-repeated="1024"/>${rows}</table:table>`;
/** LibreOffice's end of every sheet: the rest of the columns, then the rest of the rows, all empty. */
const sheetEnd = row(blank(1024), 1_048_560);

const crewSheet = sheet('Crew &amp; Hotel', [
  row(`${text('RUN SHEET · Velvet Hinge', ' table:number-columns-spanned="3"')}<table:covered-table-cell table:number-columns-repeated="2"/>${blank(1021)}`),
  row(`${text('Show day:')}<table:table-cell office:value-type="date" office:date-value="2028-03-04"><text:p>sábado, 4 de março de 2028</text:p></table:table-cell>${blank(1022)}`),
  row(`${text('Doors:')}<table:table-cell office:value-type="time" office:time-value="PT19H30M00S"><text:p>19h30</text:p></table:table-cell>${blank(1022)}`),
  row(`${text('Curfew:')}<table:table-cell office:value-type="date" office:date-value="2028-03-04T23:15:00"><text:p>04/03/28 23:15</text:p></table:table-cell>${blank(1022)}`),
  row(blank(1024), 3),
  row(`${text('Guarantee:')}<table:table-cell office:value-type="currency" office:currency="EUR" office:value="2500.5"><text:p>2.500,50 €</text:p></table:table-cell>${blank(1022)}`),
  row(`${text('Door split:')}<table:table-cell office:value-type="percentage" office:value="0.07"><text:p>7,00%</text:p></table:table-cell>${blank(1022)}`),
  row(`${text('Phone:')}<table:table-cell office:value-type="float" office:value="612775301"><text:p>612 775 301</text:p></table:table-cell>${blank(1022)}`),
  row(`${text('Parking:')}<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>VERDADEIRO</text:p></table:table-cell>${blank(1022)}`),
  // A comment on a cell is not its text; spacing elements and a line break are.
  row(`${text('Note:')}<table:table-cell office:value-type="string"><office:annotation><dc:creator>Ana</dc:creator><text:p>check with the venue</text:p></office:annotation><text:p>Gate<text:s text:c="2"/>B,<text:line-break/>rear yard</text:p></table:table-cell>${blank(1022)}`),
  row(`${text('✓', ' table:number-columns-repeated="3"')}${blank(1021)}`, 2),
  sheetEnd,
].join(''));

test('ODS: each sheet as the XLSX reader writes it, typed values, no comments, repeats bounded', async () => {
  const started = Date.now();
  const source = await extractFile({ bytes: makeOpenDocument('spreadsheet', crewSheet), name: 'crew.ods' });
  assert.equal(source.error, null);
  assert.equal(source.format, 'ods');
  assert.equal(source.mimeType, 'application/vnd.oasis.opendocument.spreadsheet');
  assert.deepEqual(source.warnings, []);
  assert.equal(source.text, [
    'Sheet: Crew & Hotel',
    'RUN SHEET · Velvet Hinge',
    'Show day:\t2028-03-04',
    'Doors:\t19:30',
    'Curfew:\t2028-03-04T23:15',
    'Guarantee:\t2500.5 EUR',
    'Door split:\t7%',
    'Phone:\t612775301',
    'Parking:\ttrue',
    'Note:\tGate B, rear yard',
    '✓\t✓\t✓',
    '✓\t✓\t✓',
  ].join('\n'));
  const [table] = source.tables;
  assert.equal(table?.sheet, 'Crew & Hotel');
  assert.equal(table?.rows.length, 11, 'rows without text are dropped, however often they repeat');
  assert.deepEqual(table?.rows[0], ['RUN SHEET · Velvet Hinge', '', ''], 'a merged title keeps its covered cells, like XLSX');
  assert.ok(Date.now() - started < 5000, 'a million repeated empty rows are never materialised');
});

test('ODS and XLSX of the same sheet read the same', async () => {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Day');
  ws.addRow(['DAY SHEET']);
  ws.mergeCells('A1:C1');
  ws.addRow(['Date', new Date(Date.UTC(2028, 2, 4))]);
  ws.addRow(['Load-in', new Date(Date.UTC(1899, 11, 30, 14, 0))]);
  ws.addRow(['Crew', 6, 'locals']);
  const xlsx = await extractFile({ bytes: Buffer.from(await workbook.xlsx.writeBuffer()), name: 'day.xlsx' });
  const ods = await extractFile({
    name: 'day.ods',
    bytes: makeOpenDocument('spreadsheet', sheet('Day', [
      row(`${text('DAY SHEET', ' table:number-columns-spanned="3"')}<table:covered-table-cell table:number-columns-repeated="2"/>${blank(1021)}`),
      row(`${text('Date')}<table:table-cell office:value-type="date" office:date-value="2028-03-04"><text:p>04.03.2028</text:p></table:table-cell>${blank(1022)}`),
      row(`${text('Load-in')}<table:table-cell office:value-type="time" office:time-value="PT14H00M00S"><text:p>14:00</text:p></table:table-cell>${blank(1022)}`),
      row(`${text('Crew')}<table:table-cell office:value-type="float" office:value="6"><text:p>6</text:p></table:table-cell>${text('locals')}${blank(1021)}`),
      sheetEnd,
    ].join(''))),
  });
  assert.equal(ods.text, xlsx.text);
  assert.deepEqual(ods.tables, xlsx.tables);
});

test('ODS: cells repeated past the text limit are cut with a warning, not materialised', async () => {
  const flood = makeOpenDocument('spreadsheet', sheet('Flood', row(text('same', ' table:number-columns-repeated="1024"'), 1_000_000)));
  const source = await extractFile({ bytes: flood, name: 'flood.ods' }, { limits: { maxOutputChars: 50_000 } });
  assert.equal(source.error, null);
  assert.ok(source.text.length <= 50_000);
  assert.ok(source.warnings.some((warning) => warning.code === 'text_truncated'));
});

test('a damaged or locked OpenDocument file gives a clear error', async () => {
  const sound = makeOpenDocument('spreadsheet', crewSheet);
  const truncated = await extractFile({ bytes: sound.subarray(0, sound.length - 300), name: 'crew.ods' });
  assert.equal(truncated.format, 'ods');
  assert.equal(truncated.error?.code, 'file_corrupt');
  assert.match(truncated.error?.message ?? '', /damaged or incomplete/);

  const hollow = makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true }, { name: 'meta.xml', data: '<x/>' }]);
  const missing = await extractFile({ bytes: hollow, name: 'letter.odt' });
  assert.equal(missing.error?.code, 'file_corrupt');
  assert.match(missing.error?.message ?? '', /no content\.xml/);

  const locked = makeOpenDocument('text', '<text:p>x</text:p>', {
    manifest: '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>',
  });
  const password = await extractFile({ bytes: locked, name: 'letter.odt' });
  assert.equal(password.error?.code, 'file_corrupt');
  assert.match(password.error?.message ?? '', /password/);
});

test('ODT: headings, paragraphs, lists, tables, header and footer, like the DOCX reader', async () => {
  const letter = makeOpenDocument('text', [
    '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>',
    '<text:h text:outline-level="1">Technical advance</text:h>',
    '<text:p>Venue: The<text:s/>Lantern Rooms, Dundee<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Side entrance on Mill Lane.</text:p></text:note-body></text:note></text:p>',
    '<text:p><office:annotation><dc:creator>Ed</dc:creator><text:p>is this still right?</text:p></office:annotation>Stage 8 m<text:change text:change-id="c1"/> × 6 m</text:p>',
    '<text:list><text:list-item><text:p>Two wedges</text:p></text:list-item><text:list-item><text:p>One DI box</text:p></text:list-item></text:list>',
    '<table:table table:name="Times"><table:table-column table:number-columns-repeated="2"/>',
    '<table:table-row><table:table-cell><text:p>Time</text:p></table:table-cell><table:table-cell><text:p>What</text:p></table:table-cell></table:table-row>',
    '<table:table-row><table:table-cell><text:p>15:00</text:p></table:table-cell><table:table-cell><text:p>Load-in</text:p></table:table-cell></table:table-row>',
    '</table:table>',
    '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Stage 10 m</text:p></text:deletion></text:changed-region></text:tracked-changes>',
  ].join(''), {
    masterPage: '<style:header><text:p>Copper Finch — Autumn 2028</text:p></style:header><style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer>',
  });
  const source = await extractFile({ bytes: letter, name: 'advance.odt' });
  assert.equal(source.error, null);
  assert.equal(source.format, 'odt');
  assert.equal(source.text, [
    'Copper Finch — Autumn 2028', '',
    'Technical advance', '',
    'Venue: The Lantern Rooms, Dundee', '',
    'Stage 8 m × 6 m', '',
    '- Two wedges', '- One DI box', '',
    'Time\tWhat', '15:00\tLoad-in', '',
    'Side entrance on Mill Lane.', '',
    'Page 1',
  ].join('\n'));
  assert.deepEqual(source.tables, [{ page: null, sheet: null, rows: [['Time', 'What'], ['15:00', 'Load-in']] }]);
});

test('OpenDocument kinds are told by the stored mimetype entry', () => {
  assert.equal(detectFormat(makeOpenDocument('spreadsheet', '')), 'ods');
  assert.equal(detectFormat(makeOpenDocument('text', '')), 'odt');
  const slides = makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.presentation', stored: true }, { name: 'content.xml', data: '<x/>' }]);
  assert.equal(detectFormat(slides), 'unknown');
});
