/**
 * Specks at a photo's margin: a shadow's edge, the table under the page or a thumb is read as a
 * glyph or two far right of a line's text ("VENUE  i", "Hall Seven  ¢"), and the stray mark then
 * sticks to a heading or a venue's name. A line's last words are dropped as specks when each is
 * short (at most SPECK_LENGTH characters, no digit), read with little confidence (below
 * SPECK_CONFIDENCE) and they stand at least SPECK_GAP line heights right of the line's text.
 * A table's poorly read last cell holds a longer word or a digit, and stays.
 */
import { rewriteOcrLines, type OcrBlock } from './ocr-columns.js';

const SPECK_LENGTH = 2;
const SPECK_CONFIDENCE = 30;
const SPECK_GAP = 3;

type Line = OcrBlock['paragraphs'][number]['lines'][number];

/** How many of the line's last words are specks (0 when none, never all of them). */
function specksAtEnd(line: Line): number {
  const words = line.words;
  const height = line.rowAttributes?.rowHeight ?? line.bbox.y1 - line.bbox.y0;
  let first = words.length;
  while (first > 1) {
    const word = words[first - 1]!;
    if (word.text.length > SPECK_LENGTH || /\d/.test(word.text) || word.confidence >= SPECK_CONFIDENCE) break;
    first--;
  }
  if (first === words.length) return 0;
  return words[first]!.bbox.x0 - words[first - 1]!.bbox.x1 >= SPECK_GAP * height ? words.length - first : 0;
}

/** Tesseract's text and blocks without the specks at the lines' ends (the reading rewritten as ocr-columns.ts does). */
export function withoutMarginSpecks(text: string, blocks: OcrBlock[] | null | undefined): { text: string; blocks: OcrBlock[] | null | undefined } {
  return rewriteOcrLines(text, blocks, (line) => {
    const drop = specksAtEnd(line);
    if (!drop) return null;
    const words = line.words.slice(0, line.words.length - drop);
    return { words, text: words.map((word) => word.text).join(' ') };
  });
}
