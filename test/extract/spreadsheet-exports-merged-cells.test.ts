/**
 * Spreadsheet exports and Word tables: a two-column day sheet printed to PDF with a footer stamp on
 * both sides, a narrow end-time column under a header set close to its neighbour, Word's merged
 * cells (rowspan / colspan in mammoth's HTML) and a Word paragraph's typed wide gap.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { htmlToText } from '../../src/extract/formats/html.js';
import { docxXml, makeDocx, makePdf, type PlacedText } from './make-files.js';

after(closeExtractor);

/**
 * A schedule grid on the left at 15 pt rows (its end-time column set close to the start time), a hotel
 * and contacts box on the right at 11 pt lines, headed a point and a half lower, and a print stamp at
 * the foot on both sides.
 */
function twoColumnSheet(): PlacedText[] {
  const rows: [string, string, string][] = [
    ['12:00', '', 'Get-in'], ['14:00', '15:00', 'Soundcheck'], ['16:30', '16:50', 'Interview'],
    ['18:30', '', 'Doors'], ['20:00', '21:15', 'Headline set'], ['22:45', '', 'Curfew'], ['23:30', '', 'Bus call'],
  ];
  const right = [
    'HOTEL', 'Hotel Nordlicht', 'Mill Lane 4, Leeds', 'Check-in 15:00', 'Check-out 11:00', 'Rooms: 6',
    'Conf. no.: NL-4411', 'CONTACTS', 'TM: Ann Lee', '+44 7700 900123', 'Promoter: Bo Ek', '+44 7700 900456',
  ];
  return [
    { text: 'SCHEDULE', x: 40, top: 100, size: 9 },
    { text: 'Start', x: 40, top: 115, size: 7.4 }, { text: 'End', x: 64, top: 115, size: 7.4 }, { text: 'What', x: 100, top: 115, size: 7.4 },
    ...rows.flatMap(([start, end, what], i) => [
      { text: start, x: 40, top: 130 + 15 * i, size: 7.4 },
      ...(end ? [{ text: end, x: 64, top: 130 + 15 * i, size: 7.4 }] : []),
      { text: what, x: 100, top: 130 + 15 * i, size: 7.4 },
    ]),
    ...right.map((text, i) => ({ text, x: 330, top: 101.5 + 11 * i, size: 7.2 })),
    { text: 'Printed 02/05/2027 16:42', x: 40, top: 800, size: 6.5 },
    { text: 'Page 1 of 1', x: 500, top: 800, size: 6.5 },
  ];
}

test('a two-column export is read column by column though a footer stamp sits on both sides', async () => {
  const source = await extractFile({ bytes: await makePdf([twoColumnSheet()]), name: 'day-sheet.pdf' });
  const lines = source.text.split('\n');
  assert.ok(lines.includes('Hotel Nordlicht'), source.text);
  assert.ok(lines.includes('Check-in 15:00'), source.text);
  assert.ok(lines.indexOf('HOTEL') > lines.findIndex((l) => l.startsWith('22:45')), 'the hotel block follows the whole schedule');
});

test('a narrow end-time column under a header close to its neighbour keeps its own cells', async () => {
  const source = await extractFile({ bytes: await makePdf([twoColumnSheet()]), name: 'day-sheet.pdf' });
  const lines = source.text.split('\n');
  assert.ok(lines.includes('Start\tEnd\tWhat'), source.text);
  assert.ok(lines.includes('14:00\t15:00\tSoundcheck'), source.text);
  assert.ok(lines.includes('12:00\t\tGet-in'), source.text);
});

test('a cell merged over rows gives each row its text; one merged across columns leaves the others empty', () => {
  const { tables } = htmlToText([
    '<table><tr><td>Name</td><td>Role</td><td>Mobile</td><td>E-mail</td></tr>',
    '<tr><td>Ann Lee</td><td rowspan="2">Backline</td><td>07700 900123</td><td>ann@example.org</td></tr>',
    '<tr><td>Bo Ek</td><td>07700 900456</td><td>bo@example.org</td></tr>',
    '<tr><td>Cy Moss</td><td>Merch</td><td colspan="2">07700 900789 (texts only)</td></tr></table>',
  ].join(''));
  assert.deepEqual(tables[0]!.rows, [
    ['Name', 'Role', 'Mobile', 'E-mail'],
    ['Ann Lee', 'Backline', '07700 900123', 'ann@example.org'],
    ['Bo Ek', 'Backline', '07700 900456', 'bo@example.org'],
    ['Cy Moss', 'Merch', '07700 900789 (texts only)', ''],
  ]);
});

test('a wide gap typed in a Word paragraph is a column gap', async () => {
  const bytes = makeDocx(docxXml.paragraph('Show: Friday 14 May 2027     Venue: Old Mill, 4 Weir Lane, Leeds'));
  const source = await extractFile({ bytes, name: 'contacts.docx' });
  assert.equal(source.text, 'Show: Friday 14 May 2027\tVenue: Old Mill, 4 Weir Lane, Leeds');
});
