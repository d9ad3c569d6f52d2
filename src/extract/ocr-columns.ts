/**
 * Table columns in OCR text. Tesseract writes a line's words with single spaces, so the rows of a
 * table (`1   Ellis Varden      Artist   Single   2`) reach the readers as prose and their cells run
 * together. The word boxes of the same reading still show the gaps; here the column gaps of a table
 * become tabs, the cell separator of every other format (normalise.ts).
 *
 * - A gap is wide when it is at least WIDE_SPACES times the page's usual word space (the median
 *   gap between words narrower than a line's height) and at least WIDE_ROW times its usual line
 *   height, and the cells on both sides hold a word read with some confidence (REAL_WORD): specks
 *   at a scan's margin are read as ":" or "oo" far from the text, and line up like a column.
 * - A wide gap is a gutter when a nearby line (up to NEIGHBOURS lines away in reading order, no step
 *   between them more than LINE_STEP line heights down the page) has a wide gap over the same
 *   stretch of the page: the white between two columns. A lone wide gap (a justified line, a date
 *   set right of an address) stays a space.
 * - Lines that share gutters form a layout; it is a table when one of its lines has two gutters
 *   (three cells). Two columns (`Label      value`, `18:00      Doors`) are left as they are: the
 *   readers split a label or a time from its value without help, and nothing else is lost.
 * - In a table's lines every wide gap is a tab (a last column only some rows fill), and so is a
 *   narrower one, over ALIGNED_SPACES word spaces, before a word that starts where a cell of a nearby
 *   row starts (a long first cell that leaves little room before the next column).
 */

const WIDE_SPACES = 2.5;
const WIDE_ROW = 0.8;
const NEIGHBOURS = 2;
const LINE_STEP = 3;
const ALIGNED_SPACES = 1.5;
/** How far, in line heights, a cell may start from the start of the cell above or below it. */
const ALIGNED = 0.5;
/** A cell beside a column gap has a word with a letter or digit read with this confidence (0..100). */
const REAL_WORD = 50;

/** A word of an OCR reading: its box's left and right edges in image pixels, tesseract's confidence. */
export interface WordBox { text: string; x0: number; x1: number; confidence: number }
/** A line of an OCR reading: its words left to right, its box's top, its row height. */
export interface LineBox { words: WordBox[]; top: number; height: number }

interface Gap { after: number; from: number; to: number }

/** For each line, the indices of the words after which a column gap (a tab) comes. */
export function columnGaps(lines: LineBox[]): Set<number>[] {
  const row = median(lines.map((line) => line.height));
  // Gaps wider than a line is high are no word spaces: on a page that is mostly table they are many.
  const space = median(lines.flatMap((line) => line.words.slice(1).map((word, i) => word.x0 - line.words[i]!.x1)).filter((gap) => gap < row));
  const wide = lines.map((line) => wideGaps(line, Math.max(WIDE_SPACES * space, WIDE_ROW * row)));
  const near = lines.map((_, i) => nearbyLines(lines, i, LINE_STEP * row));
  const gutters = wide.map((gaps, i) => gaps.filter((gap) => near[i]!.some((j) => wide[j]!.some((other) => overlaps(gap, other)))));
  const table = tableLines(gutters, near);
  return lines.map((line, i) => {
    const kept = new Set<number>();
    if (!table[i]) return kept;
    for (const gap of wide[i]!) kept.add(gap.after);
    const starts = near[i]!.filter((j) => table[j]).flatMap((j) => gutters[j]!.map((gap) => gap.to));
    for (let k = 1; k < line.words.length; k++) {
      const [from, to] = [line.words[k - 1]!.x1, line.words[k]!.x0];
      if (to - from >= ALIGNED_SPACES * space && starts.some((start) => Math.abs(start - to) <= ALIGNED * row)) kept.add(k - 1);
    }
    return kept;
  });
}

/**
 * The line's gaps of at least `wide` between two cells that are read, not specks: each cell (the
 * words between two wide gaps) needs a word with a letter or digit read with REAL_WORD confidence.
 */
function wideGaps(line: LineBox, wide: number): Gap[] {
  const gaps: Gap[] = [];
  const real: boolean[] = [false];
  for (let i = 0; i < line.words.length; i++) {
    const word = line.words[i]!;
    if (i > 0 && word.x0 - line.words[i - 1]!.x1 >= wide) {
      gaps.push({ after: i - 1, from: line.words[i - 1]!.x1, to: word.x0 });
      real.push(false);
    }
    if (word.confidence >= REAL_WORD && LETTER_OR_DIGIT.test(word.text)) real[real.length - 1] = true;
  }
  return gaps.filter((_, k) => real[k] && real[k + 1]);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function overlaps(a: Gap, b: Gap): boolean {
  return Math.min(a.to, b.to) > Math.max(a.from, b.from);
}

/** Lines up to NEIGHBOURS before and after line `i` in reading order, without a step down the page wider than `step`. */
function nearbyLines(lines: LineBox[], i: number, step: number): number[] {
  const near: number[] = [];
  for (const direction of [-1, 1]) {
    for (let j = i + direction, k = 0; k < NEIGHBOURS && j >= 0 && j < lines.length; j += direction, k++) {
      if (Math.abs(lines[j]!.top - lines[j - direction]!.top) > step) break;
      near.push(j);
    }
  }
  return near;
}

/** Which lines belong to a table: layouts of lines joined by shared gutters, one line with two of them. */
function tableLines(gutters: Gap[][], near: number[][]): boolean[] {
  const layout = gutters.map((_, i) => i);
  const root = (i: number): number => (layout[i] === i ? i : (layout[i] = root(layout[i]!)));
  gutters.forEach((gaps, i) => {
    for (const j of near[i]!) if (gaps.some((gap) => gutters[j]!.some((other) => overlaps(gap, other)))) layout[root(j)] = root(i);
  });
  const tables = new Set(gutters.flatMap((gaps, i) => (gaps.length >= 2 ? [root(i)] : [])));
  return gutters.map((gaps, i) => gaps.length > 0 && tables.has(root(i)));
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** The part of tesseract.js's `blocks` output read here. */
export interface OcrBlock {
  paragraphs: {
    text: string;
    lines: {
      text: string;
      bbox: { y0: number; y1: number };
      rowAttributes?: { rowHeight: number };
      words: { text: string; confidence: number; bbox: { x0: number; x1: number } }[];
    }[];
  }[];
}

type OcrLine = OcrBlock['paragraphs'][number]['lines'][number];

/** A line's new words and the text they are written as ("Doors\t19:00"). */
export interface RewrittenLine { words: OcrLine['words']; text: string }

/**
 * Tesseract's reading with some lines rewritten by `rewrite` (given each line and its index in reading
 * order; null keeps the line). The text is the concatenation of the paragraphs' texts, each that of
 * its lines: a line whose words do not make its text, a paragraph whose lines do not begin its text,
 * and a reading whose parts do not add up to its text are kept as they are.
 */
export function rewriteOcrLines(
  text: string, blocks: OcrBlock[] | null | undefined, rewrite: (line: OcrLine, index: number) => RewrittenLine | null,
): { text: string; blocks: OcrBlock[] | null | undefined } {
  if (!blocks || blocks.flatMap((block) => block.paragraphs).map((paragraph) => paragraph.text).join('') !== text) return { text, blocks };
  let index = 0;
  const rewritten = blocks.map((block) => ({
    ...block,
    paragraphs: block.paragraphs.map((paragraph) => {
      const lines = paragraph.lines.map((line) => {
        const changed = rewrite(line, index++);
        const joined = line.words.map((word) => word.text).join(' ');
        if (!changed || line.text.trimEnd() !== joined) return line;
        return { ...line, words: changed.words, text: changed.text + line.text.slice(joined.length) };
      });
      const own = paragraph.lines.map((line) => line.text).join('');
      if (!paragraph.text.startsWith(own)) return paragraph;
      return { ...paragraph, lines, text: lines.map((line) => line.text).join('') + paragraph.text.slice(own.length) };
    }),
  }));
  return { text: rewritten.flatMap((block) => block.paragraphs).map((paragraph) => paragraph.text).join(''), blocks: rewritten };
}

/** Tesseract's text with tabs at the column gaps of its tables: only lines that hold column gaps are rewritten. */
export function withColumnGaps(text: string, blocks: OcrBlock[] | null | undefined): string {
  const lines = (blocks ?? []).flatMap((block) => block.paragraphs).flatMap((paragraph) => paragraph.lines);
  const boxes: LineBox[] = lines.map((line) => ({
    words: line.words.map((word) => ({ text: word.text, x0: word.bbox.x0, x1: word.bbox.x1, confidence: word.confidence })),
    top: line.bbox.y0,
    height: line.rowAttributes?.rowHeight ?? line.bbox.y1 - line.bbox.y0,
  }));
  const gaps = columnGaps(boxes);
  if (gaps.every((kept) => kept.size === 0)) return text;
  return rewriteOcrLines(text, blocks, (line, index) => {
    const kept = gaps[index]!;
    if (kept.size === 0) return null;
    const tabbed = line.words.map((word, i) => (i === 0 ? word.text : (kept.has(i - 1) ? '\t' : ' ') + word.text)).join('');
    return { words: line.words, text: tabbed };
  }).text;
}
