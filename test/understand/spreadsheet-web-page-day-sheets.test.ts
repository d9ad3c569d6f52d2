/**
 * A spreadsheet tab saved as a web page (Google Sheets' "waffle" table: column letters, row numbers,
 * a freeze bar, no <html> wrapper) holding day sheets in one DATE | TIME | ITEM | WHERE | NOTES |
 * CONTACT grid. Invented fixtures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat } from '../../src/extract/detect.js';
import { htmlToText } from '../../src/extract/formats/html.js';
import { extractFile } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { peopleCounts } from '../../src/understand/sections/travel/phrases.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { arrivalAside } from '../../src/understand/sections/schedule-routes.js';
import './helpers.js';

const cell = (text: string, attrs = '') => `<td class="s3"${attrs}>${text}</td>`;
let rowNo = 0;
const row = (...cells: string[]) => `<tr><th class="row-headers-background"><div class="row-header-wrapper">${++rowNo}</div></th>${cells.join('')}</tr>`;
const empty = (n: number) => Array.from({ length: n }, () => '<td class="s1"></td>').join('');

function waffle(): string {
  rowNo = 0;
  const head = '<thead><tr><th class="row-header freezebar-origin-ltr"></th>' + ['A', 'B', 'C', 'D', 'E', 'F'].map((l) => `<th class="column-headers-background">${l}</th>`).join('') + '</tr></thead>';
  const rows = [
    row(cell('LUMEN LANE — DAY SHEETS — AARHUS (14/03–15/03/2028)', ' colspan="6"')),
    row(cell('TM: Ada Morrow · +44 7700 900123 · ada@lumenlane.example.co.uk'), empty(3), cell('All times local. Last edit 02/03/2028'), empty(1)),
    row(...['DATE', 'TIME', 'ITEM', 'WHERE / DETAILS', 'NOTES', 'CONTACT'].map((h) => cell(h))),
    '<tr><th class="freezebar-cell"></th>' + empty(6) + '</tr>',
    row(cell('TUE 14/03/2028 · SHOW DAY · Hall Nine', ' colspan="6"')),
    row(cell('14/03/2028'), cell('12:00'), cell('Hotel check-in'), cell('Hotel Kajplads, Havnegade 9, 8000 Aarhus'), cell('3 rooms · conf. KP-4471'), cell('Front desk +45 86 12 34 56')),
    row(cell('14/03/2028'), empty(1), cell('Venue'), cell('Hall Nine, Mejlgade 40, 8000 Aarhus'), cell('cap. 400'), cell('Jonas Berg (venue production) 20 33 44 55 · jonas@hallnine.example.dk')),
    row(cell('14/03/2028'), cell('14:00'), cell('Load-in'), cell('side door, Mejlgade'), cell('2 local hands'), empty(1)),
    row(cell('14/03/2028'), cell('16:00–17:00'), cell('Soundcheck'), cell('Main room'), empty(2)),
    row(cell('14/03/2028'), cell('18:00'), cell('Dinner'), cell('Café Bølge, Åboulevarden 3'), cell('table for 6'), cell('Mette Holm (promoter rep, Vestlyd) 40 11 22 33 · mette@vestlyd.example.dk')),
    row(cell('14/03/2028'), cell('21:00–22:15'), cell('LUMEN LANE'), cell('Main room'), empty(2)),
    row(cell('15/03/2028'), cell('11:00'), cell('Hotel check-out'), cell('Hotel Kajplads'), cell('luggage can stay at the desk'), empty(1)),
    row(cell('15/03/2028'), cell('19:30'), cell('Ferry to Oslo'), cell('Ferry terminal, Pier 2 → Oslo Vippetangen (arr. Thu 16/03 09:45)'), cell('1 x 4-berth cabin'), empty(1)),
  ];
  return '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css">.ritz .waffle .s1{color:#000}</style>'
    + `<div class="ritz grid-container"><table class="waffle">${head}<tbody>${rows.join('')}</tbody></table></div>`;
}

test('a web page saved without its <html> wrapper is still read as HTML', () => {
  assert.equal(detectFormat(Buffer.from('<meta charset="utf-8"><style>td{}</style><table><tr><td>a</td></tr></table>')), 'html');
  assert.equal(detectFormat(Buffer.from('<div>Hello</div>\n<p>text</p>')), 'html');
  assert.equal(detectFormat(Buffer.from('<b>note</b> doors at 20:00')), 'txt');
});

test('a spreadsheet\'s column letters and row numbers are dropped; a numbered running order keeps its numbers', () => {
  const { tables } = htmlToText(waffle());
  assert.deepEqual(tables[0]!.rows[2], ['DATE', 'TIME', 'ITEM', 'WHERE / DETAILS', 'NOTES', 'CONTACT']);
  const numbered = htmlToText('<table><tr><th>#</th><th>Act</th><th>Time</th></tr><tr><td>1</td><td>Opener</td><td>19:00</td></tr><tr><td>2</td><td>Main</td><td>20:00</td></tr></table>');
  assert.deepEqual(numbered.tables[0]!.rows[1], ['1', 'Opener', '19:00']);
});

test('"table for 6" counts the party; a ferry is a transfer; "(arr. … 09:45)" after a destination is its arrival', () => {
  assert.equal(peopleCounts('table for 6')[0]?.value, 6);
  assert.equal(peopleCounts('Tisch für 4 Personen')[0]?.value, 4);
  assert.equal(activityKind('Ferry to Oslo'), 'transfer');
  assert.equal(activityKind('Night ferry Kiel → Oslo'), 'transfer');
  assert.notEqual(activityKind('Harbour Ferry'), 'transfer');
  assert.deepEqual(arrivalAside('Oslo Vippetangen (arr. Thu 16/03 09:45)'), { place: 'Oslo Vippetangen', time: { value: '09:45', index: 33 } });
  assert.equal(arrivalAside('Oslo (Vippetangen)'), null);
});

test('day sheets in a spreadsheet web page: the show, the hotel rows, the meal row, the contact cells and the ferry', async () => {
  const source = await extractFile({ bytes: Buffer.from(waffle()), name: 'DAY SHEETS.html' });
  assert.equal(source.format, 'html');
  const { extracted } = await understand([source]);
  const g = extracted.general;
  assert.deepEqual([g.artist, g.venue, g.address, g.city, g.country, g.setTime], ['LUMEN LANE', 'Hall Nine', 'Mejlgade 40, 8000 Aarhus', 'Aarhus', 'DK', '21:00']);
  const [hotel] = extracted.hotels;
  assert.deepEqual([hotel?.name, hotel?.phone, hotel?.notes, hotel?.rooms], ['Hotel Kajplads', '+4586123456', 'luggage can stay at the desk', 3]);
  const meal = extracted.food.find((f) => f.name === 'Café Bølge');
  assert.deepEqual([meal?.guestCount, meal?.notes], [6, null]);
  const people = extracted.contacts.map((c) => [c.name, c.role, c.phone, c.email]);
  assert.deepEqual(people.find((p) => p[0] === 'Mette Holm'), ['Mette Holm', 'promoter rep', '+4540112233', 'mette@vestlyd.example.dk']);
  assert.ok(people.some((p) => p[0] === 'Jonas Berg'));
  const loadIn = extracted.activities.find((a) => a.kind === 'load_in');
  assert.deepEqual([loadIn?.location, loadIn?.notes], ['side door, Mejlgade', '2 local hands']);
  const ferry = extracted.activities.find((a) => a.name === 'Ferry to Oslo');
  assert.deepEqual([ferry?.kind, ferry?.location, ferry?.destination, ferry?.endTime], ['transfer', 'Ferry terminal, Pier 2', 'Oslo Vippetangen', '09:45']);
});
