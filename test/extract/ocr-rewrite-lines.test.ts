/** The one rewrite of tesseract's lines that the column gaps and the margin specks both use. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rewriteOcrLines, type OcrBlock } from '../../src/extract/ocr-columns.js';

const line = (words: string[], text = `${words.join(' ')}\n`) => ({
  text, bbox: { y0: 0, y1: 30 }, words: words.map((w) => ({ text: w, confidence: 90, bbox: { x0: 0, x1: 10 } })),
});

test("a rewritten line keeps its line end and its paragraph's tail; the other lines stay", () => {
  const lines = [line(['Doors', '19:00']), line(['Hall', 'Seven'])];
  const paragraph = `${lines.map((l) => l.text).join('')}\n`;
  const blocks: OcrBlock[] = [{ paragraphs: [{ text: paragraph, lines }] }];
  const seen: number[] = [];
  const out = rewriteOcrLines(paragraph, blocks, (l, i) => {
    seen.push(i);
    return i === 0 ? { words: l.words, text: l.words.map((w) => w.text).join('\t') } : null;
  });
  assert.deepEqual(seen, [0, 1]);
  assert.equal(out.text, 'Doors\t19:00\nHall Seven\n\n');
  assert.equal(out.blocks![0]!.paragraphs[0]!.lines[0]!.text, 'Doors\t19:00\n');
});

test('a reading whose parts do not add up, or a line whose words do not make its text, is kept', () => {
  const blocks: OcrBlock[] = [{ paragraphs: [{ text: 'Doors 19:00\n', lines: [line(['Doors', '19:00'])] }] }];
  const drop = () => ({ words: [], text: '' });
  assert.equal(rewriteOcrLines('something else', blocks, drop).text, 'something else');
  const odd: OcrBlock[] = [{ paragraphs: [{ text: 'Doors  19:00\n', lines: [line(['Doors', '19:00'], 'Doors  19:00\n')] }] }];
  assert.equal(rewriteOcrLines('Doors  19:00\n', odd, drop).text, 'Doors  19:00\n');
  assert.deepEqual(rewriteOcrLines('x', null, drop), { text: 'x', blocks: null });
});
