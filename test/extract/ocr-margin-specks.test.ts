import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OcrBlock } from '../../src/extract/ocr-columns.js';
import { fixOcrGlyphs } from '../../src/extract/ocr-glyphs.js';
import { withoutMarginSpecks } from '../../src/extract/ocr-specks.js';

type Word = [text: string, x0: number, x1: number, confidence: number];

/** One paragraph of lines, each its words with their boxes; line texts as tesseract writes them. */
function page(lines: Word[][]): { text: string; blocks: OcrBlock[] } {
  const built = lines.map((words, i) => ({
    text: `${words.map((w) => w[0]).join(' ')}\n`,
    bbox: { y0: i * 40, y1: i * 40 + 30 },
    rowAttributes: { rowHeight: 30 },
    words: words.map(([text, x0, x1, confidence]) => ({ text, confidence, bbox: { x0, x1 } })),
  }));
  const text = built.map((l) => l.text).join('');
  return { text, blocks: [{ paragraphs: [{ text, lines: built }] }] };
}

test('a faint glyph far right of a heading or a name is a speck of the margin, dropped', () => {
  const { text, blocks } = page([
    [['LOCATION', 200, 330, 96], ['i', 1300, 1310, 8]],
    [['Hall', 200, 260, 95], ['Seven', 275, 360, 95], ['¢', 1250, 1255, 0], [':', 1270, 1274, 3]],
    [['Doors', 200, 290, 95], ['19:30', 300, 380, 94]],
  ]);
  const cleaned = withoutMarginSpecks(text, blocks);
  assert.equal(cleaned.text, 'LOCATION\nHall Seven\nDoors 19:30\n');
  assert.deepEqual(cleaned.blocks![0]!.paragraphs[0]!.lines.map((l) => l.words.length), [1, 2, 2]);
});

test('a poorly read last cell with a digit or a longer word, or one standing near the text, stays', () => {
  const { text, blocks } = page([
    [['Promoter', 200, 330, 95], ['07', 1200, 1230, 12]],
    [['Catering', 200, 330, 95], ['room', 1200, 1270, 20]],
    [['Merch', 200, 290, 95], ['+', 300, 308, 9]],
  ]);
  assert.equal(withoutMarginSpecks(text, blocks).text, text);
});

test('a reading whose parts do not add up to its text is left as it is', () => {
  const { blocks } = page([[['VENUE', 200, 330, 96], ['i', 1300, 1310, 8]]]);
  assert.equal(withoutMarginSpecks('something else', blocks).text, 'something else');
});

test('a bracket read for the "J" of a British postcode is put back', () => {
  assert.equal(fixOcrGlyphs('12 Mill Lane, Leeds LS1 4)B'), '12 Mill Lane, Leeds LS1 4JB');
  assert.equal(fixOcrGlyphs('Room 4) B wing'), 'Room 4) B wing');
});
