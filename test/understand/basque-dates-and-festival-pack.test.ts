/**
 * Basque dates ("2028ko uztailaren 8an",
 * "Uztailak 8"), column names wrapped at their slash ("Karga-sarrera /" over "Carga"), a line-up printed
 * day by day whose own act is named in the covering letter (the other acts' rows and the other day's
 * table dropped, the day's doors row kept), and a shuttle table with year-less "MM/DD" days in a paper
 * writing its dates year first. All examples invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/index.js';
import { joinWrappedHeader } from '../../src/understand/text/wrapped-header.js';
import { writesYearFirst, yearFirstPair } from '../../src/understand/normalise/year-first-pair.js';

const HEADER = ['Agertokia /\tTaldea / Banda\tKarga-sarrera /\tLine check\tEmanaldia /', 'Escenario\t\tCarga\t\tActuación'];
const FRIDAY = [
  '—\tAteak irekitzea / Apertura de puertas\t\t\t19:00',
  'Itsaso\tGorri Bat\t17:00\t18:00 – 18:20\t20:00 – 20:45',
  'Itsaso\tMarea Alta\t16:00\t17:00 – 17:30\t21:30 – 22:40',
  'Mendi\tTxori Urdin\t18:00\t—\t20:15 – 21:00',
];
const SATURDAY = [
  '—\tAteak irekitzea / Apertura de puertas\t\t\t18:30',
  'Itsaso\tOrain Bai\t15:00\t17:00 – 17:20\t19:30 – 20:15',
  'Itsaso\tVelvet Dune\t16:15\t17:30 – 17:55\t21:00 – 22:10',
  'Mendi\tHaize Hegoa\t14:00\t—\t20:30 – 21:15',
];
const RIDES = [
  'Eguna / Día\tOrdua /\tNondik / Desde\tNora / Hasta\tTaldea / Banda',
  '\tHora',
  '07/07\t12:00\tDonostiako geltokia\tHotel Kresala\tGorri Bat',
  '07/08\t10:20\tDonostiako geltokia\tHotel Kresala\tVelvet Dune',
  '07/09\t11:15\tHotel Kresala\tHondarribiko aireportua (EAS)\tVelvet Dune, Orain Bai',
];
const TEXT = [
  'ITSASBEGI 2028\tARTISTEN GIDA · GUÍA DE ARTISTAS',
  'Jaialdia · Festival — Donostia — 2028/07/07 – 2028/07/08',
  '',
  'Velvet Dune taldeari\tA Velvet Dune',
  'Taldearen kontzertua 2028ko uztailaren 8an da.\tTocáis el sábado 8 de julio de 2028 (filas con el nombre Velvet Dune).',
  '',
  'Uztailak 7, ostirala / Viernes 7 de julio',
  ...HEADER, ...FRIDAY,
  '',
  'Uztailak 8, larunbata / Sábado 8 de julio',
  ...HEADER, ...SATURDAY,
  '',
  'GARRAIOA · TRANSPORTE',
  ...RIDES,
].join('\n');

const rows = (lines: string[]) => lines.map((l) => l.split('\t'));

/** The pack as a PDF's reading gives it: the text, and each table's rows as extracted. */
function pack(): ExtractedSource {
  const source = extractPastedText(TEXT);
  const page = (r: string[][]) => ({ page: 1, sheet: null, rows: r });
  return {
    ...source, name: 'itsasbegi-pack.pdf', origin: 'file', mimeType: 'application/pdf',
    tables: [page(rows([...HEADER, ...FRIDAY])), page(rows([...HEADER, ...SATURDAY])), page(rows(RIDES))],
  };
}

test('Basque dates: year first with the month in the genitive, and a heading\'s month before the day', () => {
  const ref = new Date(Date.UTC(2028, 5, 1));
  assert.deepEqual(findDates('Kontzertua 2026ko uztailaren 8an da', ref).map((d) => [d.value, d.hasYear]), [['2026-07-08', true]]);
  assert.deepEqual(findDates('Uztailak 8, larunbata', ref).map((d) => d.value), ['2028-07-08']);
  assert.deepEqual(findDates('irailaren 14a baino lehen', ref).map((d) => d.value), ['2028-09-14']);
});

test('a header wrapped at its slashes is joined into one row; a row of figures under it is data', () => {
  assert.deepEqual(joinWrappedHeader(rows(HEADER))[0], ['Agertokia / Escenario', 'Taldea / Banda', 'Karga-sarrera / Carga', 'Line check', 'Emanaldia / Actuación']);
  const data = rows(['Day /\tTime /\tWhat', '12\t18:00\tDoors']);
  assert.equal(joinWrappedHeader(data), data);
});

test('a paper writing its dates year first reads a lone "07/09" cell month first', () => {
  assert.equal(writesYearFirst('Festival 2028/07/07 – 2028/07/08'), true);
  assert.equal(writesYearFirst('Festival 07/07/2028'), false);
  assert.equal(yearFirstPair('07/09', new Date(Date.UTC(2028, 6, 7)))?.value, '2028-07-09');
});

test('the pack\'s own act: its line-up row and the day\'s doors, dated by the day heading, and its shuttles', async () => {
  const { extracted } = await understand([pack()]);
  assert.equal(extracted.general.artist, 'Velvet Dune');
  assert.equal(extracted.general.date, '2028-07-08');
  assert.equal(extracted.general.doorsTime, '18:30');
  assert.equal(extracted.general.setTime, '21:00');
  const items = extracted.activities.map((a) => [a.kind, a.name, a.date, a.startTime, a.endTime]);
  assert.deepEqual(items.filter(([kind]) => kind !== 'transfer').sort(), [
    ['doors', 'Ateak irekitzea / Apertura de puertas', '2028-07-08', '18:30', null],
    ['load_in', 'Karga-sarrera / Carga', '2028-07-08', '16:15', null],
    ['set', 'Velvet Dune', '2028-07-08', '21:00', '22:10'],
    ['soundcheck', 'Line check', '2028-07-08', '17:30', '17:55'],
  ]);
  const rides = extracted.activities.filter((a) => a.kind === 'transfer').map((a) => [a.date, a.startTime, a.location, a.destination]);
  assert.deepEqual(rides, [
    ['2028-07-08', '10:20', 'Donostiako geltokia', 'Hotel Kresala'],
    ['2028-07-09', '11:15', 'Hotel Kresala', 'Hondarribiko aireportua (EAS)'],
  ]);
});
