import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { columnGaps, withColumnGaps, type LineBox, type OcrBlock } from '../../src/extract/ocr-columns.js';

after(closeExtractor);

const CHAR = 10;
const SPACE = 6;

/** A line of OCR word boxes: each cell `[x, text]` starts at x, its words set with ordinary spaces. */
function line(top: number, cells: [number, string][], confidence = 92): LineBox {
  const words = cells.flatMap(([x, text]) => {
    let at = x;
    return text.split(' ').map((word) => {
      const box = { text: word, x0: at, x1: at + word.length * CHAR, confidence };
      at = box.x1 + SPACE;
      return box;
    });
  });
  return { words, top, height: 24 };
}

/** The lines as text, a tab at each column gap. */
function tabbed(lines: LineBox[]): string[] {
  const gaps = columnGaps(lines);
  return lines.map((l, i) => l.words.map((word, k) => (k === 0 ? '' : gaps[i]!.has(k - 1) ? '\t' : ' ') + word.text).join(''));
}

const prose = (top: number, text: string) => line(top, [[40, text]]);

test('the rows of a table keep their cells apart, the prose around it stays as it is', () => {
  const lines = [
    prose(0, 'Rooms for the spring run are held under the promoter account'),
    line(40, [[40, '#'], [100, 'Guest'], [400, 'Room'], [560, 'Nights']]),
    line(80, [[40, '1'], [100, 'Ada Brook'], [400, 'Single'], [560, '2']]),
    line(120, [[40, '2'], [100, 'Ben Carter / Cy Dunn'], [400, 'Twin'], [560, '2']]),
    prose(160, 'Please send changes by Monday noon to the office'),
  ];
  assert.deepEqual(tabbed(lines), [
    'Rooms for the spring run are held under the promoter account',
    '#\tGuest\tRoom\tNights',
    '1\tAda Brook\tSingle\t2',
    '2\tBen Carter / Cy Dunn\tTwin\t2',
    'Please send changes by Monday noon to the office',
  ]);
});

test('a lone wide gap and a two-column list of labels stay spaced', () => {
  const lines = [
    line(0, [[40, 'Harbour Street 4'], [500, 'Leeds, 3 May']]),
    prose(40, 'Dear Ms Brook, thank you for your booking'),
    line(100, [[40, 'Arrival:'], [300, 'Friday 12 May']]),
    line(140, [[40, 'Departure:'], [300, 'Sunday 14 May']]),
    line(180, [[40, 'Rooms:'], [300, '3 doubles']]),
  ];
  assert.deepEqual(tabbed(lines), lines.map((l) => l.words.map((word) => word.text).join(' ')));
});

test('specks read at the margin of a scan do not make a column', () => {
  const speck = (top: number, cells: [number, string][]) => {
    const l = line(top, cells);
    for (const word of l.words) if (word.x0 >= 600) word.confidence = word.text === ':' ? 70 : 20;
    return l;
  };
  const lines = [
    speck(0, [[40, 'Booking no.:'], [300, 'QX-4471'], [640, ':'], [720, 'oo']]),
    speck(40, [[40, 'Issued:'], [300, '2 May 2027'], [650, ':'], [730, 'ei']]),
    speck(80, [[40, 'Guests:'], [300, 'Ada Brook'], [645, ';'], [725, 'Li']]),
  ];
  assert.deepEqual(tabbed(lines).map((text) => text.includes('\t')), [false, false, false]);
});

test('a cell only one row fills, and a long cell that leaves a narrow gap, are cells too', () => {
  const lines = [
    line(0, [[40, 'Promoter'], [300, 'Ada Brook'], [600, '0161 555 0100'], [900, 'ada@example.org']]),
    // "Venue production" ends two spaces short of the name column: less than a wide gap, still a cell.
    line(40, [[132, 'Venue production'], [300, 'Ben Carter'], [600, '0161 555 0101']]),
    line(80, [[40, 'TM'], [300, 'Cy Dunn'], [600, '0161 555 0102']]),
  ];
  assert.deepEqual(tabbed(lines), [
    'Promoter\tAda Brook\t0161 555 0100\tada@example.org',
    'Venue production\tBen Carter\t0161 555 0101',
    'TM\tCy Dunn\t0161 555 0102',
  ]);
});

/** Tesseract's blocks for lines of word boxes, one paragraph per group, its text as tesseract writes it. */
function blocks(paragraphs: LineBox[][]): { text: string; blocks: OcrBlock[] } {
  const built = paragraphs.map((lines) => {
    const ocrLines = lines.map((l) => ({
      text: `${l.words.map((word) => word.text).join(' ')}\n`,
      bbox: { y0: l.top, y1: l.top + l.height },
      rowAttributes: { rowHeight: l.height },
      words: l.words.map((word) => ({ text: word.text, confidence: word.confidence, bbox: { x0: word.x0, x1: word.x1 } })),
    }));
    return { text: `${ocrLines.map((l) => l.text).join('')}\n`, lines: ocrLines };
  });
  return { text: built.map((p) => p.text).join(''), blocks: [{ paragraphs: built }] };
}

test('tesseract text gets tabs in its table lines only, paragraphs and line ends kept', () => {
  const page = blocks([
    [prose(0, 'ROOMING LIST')],
    [
      line(60, [[40, '1'], [100, 'Ada Brook'], [400, 'Single']]),
      line(100, [[40, '2'], [100, 'Cy Dunn'], [400, 'Twin']]),
    ],
  ]);
  assert.equal(withColumnGaps(page.text, page.blocks), 'ROOMING LIST\n\n1\tAda Brook\tSingle\n2\tCy Dunn\tTwin\n\n');
  assert.equal(withColumnGaps('other text\n', page.blocks), 'other text\n', 'boxes that are not of this text change nothing');
  assert.equal(withColumnGaps(page.text, null), page.text);
});

test('a photographed rooming list is read with its columns as tabs', async () => {
  const require = createRequire(import.meta.url);
  GlobalFonts.registerFromPath(join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts', 'LiberationSans-Regular.ttf'), 'Table Sans');
  const canvas = createCanvas(1100, 520);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#111';
  context.font = '32px "Table Sans"';
  context.fillText('Rooming list for the spring run, sent on Monday.', 60, 70);
  const rows = [['#', 'Guest', 'Room', 'Nights'], ['1', 'Ada Brook', 'Single', '2'], ['2', 'Ben Carter', 'Twin', '3'], ['3', 'Cy Dunn', 'Double', '2']];
  const columns = [60, 150, 560, 820];
  rows.forEach((row, r) => row.forEach((cell, c) => context.fillText(cell, columns[c]!, 170 + r * 70)));
  context.fillText('Late arrivals: call the night desk.', 60, 470);
  const source = await extractFile({ bytes: canvas.toBuffer('image/png'), name: 'rooming.png' });
  assert.equal(source.ocr.used, true);
  const lines = source.text.split('\n').filter(Boolean);
  assert.deepEqual(lines, [
    'Rooming list for the spring run, sent on Monday.',
    '#\tGuest\tRoom\tNights',
    '1\tAda Brook\tSingle\t2',
    '2\tBen Carter\tTwin\t3',
    '3\tCy Dunn\tDouble\t2',
    'Late arrivals: call the night desk.',
  ]);
});
