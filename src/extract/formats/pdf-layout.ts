import { readingOrder } from './pdf-columns.js';
import { twinHalf } from './pdf-twin-tables.js';

/**
 * Rebuilds a PDF page's lines from positioned text items, the way they look on paper.
 *
 * - Items whose baselines lie within 45 % of the font size of each other form one line; lines run
 *   top to bottom, items within a line left to right.
 * - Between two items on a line the horizontal gap, in ems of the larger font, decides the joint:
 *   under WORD_GAP nothing (letters drawn one by one are not split: no "p r o p"), up to COLUMN_GAP
 *   one space (words never glued: no "properties504"), beyond that a tab: a column gap, so that
 *   `Label   value` and table rows keep their cells apart.
 * - A vertical gap of more than PARAGRAPH_GAP line heights leaves a blank line.
 * - Tables: a line of at least two cells followed by a line whose cells start under its cells opens
 *   a table whose columns are the first line's cell positions. Following lines stay in it while all
 *   their cells start under a column. A line closer than WRAPPED_LINE to the one above continues the
 *   row above (a cell wrapped onto two lines); any other line starts a row, except a lone
 *   first-column cell, which ends the table (a heading). A table is
 *   written one row per line, wrapped cells joined, and reported in `tables` — unless it has two
 *   columns of `Label:` pairs, which read better as text.
 * - Independent text columns (pdf-columns.ts) are read one after the other, each as above; the
 *   next column starts a paragraph.
 */

export interface TextPiece {
  text: string;
  /** Left edge and baseline, in PDF user space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size in user-space units. */
  size: number;
}

const WORD_GAP = 0.15;
const COLUMN_GAP = 1.4;
const PARAGRAPH_GAP = 1.8;
const WRAPPED_LINE = 1.45;
const TABLE_BREAK = 4;
const SAME_LINE = 0.45;
/** How far, in ems, a cell may start from its column's left edge. */
const ALIGNED = 1.0;
/** How close, in ems, to a column's left edge a piece starts to be flush with it. */
const FLUSH = 0.25;
/** A narrow time column under a header's word shows in this many of the next NARROW_LOOKAHEAD lines. */
const NARROW_ROWS = 2;
const NARROW_LOOKAHEAD = 4;
/** The least gap, in ems, before a cell its wrapped lines show to be one: wider than a word's space. */
const CELL_GAP = 0.8;

interface Cell { text: string; x: number }
export interface Line { y: number; size: number; pieces: TextPiece[]; cells: Cell[] }
interface Table { rows: string[][]; end: number }

export function layoutPage(pieces: TextPiece[]): { text: string; tables: string[][][] } {
  const segments = readingOrder(groupLines(pieces.filter((p) => p.text.trim() !== '')), COLUMN_GAP);
  const out: string[] = [];
  const tables: string[][][] = [];
  let previous: Line | undefined;
  for (const lines of segments) {
    for (const line of lines) line.cells = joinLine(line.pieces);
    for (let i = 0; i < lines.length;) {
      const line = lines[i]!;
      // The next column starts back up the page: a paragraph of its own.
      const nextColumn = i === 0 && previous !== undefined && line.y >= previous.y;
      if (previous && (nextColumn || previous.y - line.y > PARAGRAPH_GAP * Math.max(previous.size, line.size))) out.push('');
      const table = tableAt(lines, i);
      if (table) {
        out.push(...table.rows.map((row) => row.join('\t').replace(/\t+$/, '')));
        tables.push(table.rows);
        i = table.end;
      } else {
        out.push(line.cells.map((cell) => cell.text).join('\t'));
        i++;
      }
      previous = lines[i - 1];
    }
  }
  return { text: out.join('\n'), tables };
}

function groupLines(pieces: TextPiece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const piece of sorted) {
    // Only the last few lines can still take a piece: the pieces come top to bottom.
    const line = lines.slice(-3).findLast((l) => Math.abs(l.y - piece.y) <= SAME_LINE * Math.min(l.size, piece.size));
    if (line) {
      line.pieces.push(piece);
      line.size = Math.max(line.size, piece.size);
    } else {
      lines.push({ y: piece.y, size: piece.size, pieces: [piece], cells: [] });
    }
  }
  for (const line of lines) line.pieces.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * A line's cells. Inside a table (`columns` given), a piece that starts right at a column's edge after
 * a word's gap starts a cell too: a cell filling its column nearly to the next ("… (booked in the name" and
 * a "5" flush with the "Guests" column) leaves less than a column gap.
 */
function joinLine(pieces: TextPiece[], columns: number[] = []): Cell[] {
  const cells: Cell[] = [];
  let cell: Cell | null = null;
  let end = -Infinity;
  let size = 0;
  for (const piece of pieces) {
    const em = Math.max(size, piece.size) || 1;
    const gap = (piece.x - end) / em;
    // A line's first cell already running over a column's edge is prose across the table (a clause under a
    // schedule), no row: not split where a word happens to start flush with a later column.
    const crossed = cells.length === 1 && columns.some((x) => x > cells[0]!.x + FLUSH * em && x < end);
    const atColumn = gap > WORD_GAP && !crossed && columns.some((x) => Math.abs(piece.x - x) <= FLUSH * em);
    if (!cell || gap > COLUMN_GAP || atColumn) {
      cell = { text: piece.text.trim(), x: piece.x };
      cells.push(cell);
    } else {
      const spaced = gap > WORD_GAP || /\s$/.test(cell.text) || /^\s/.test(piece.text);
      cell.text = (spaced ? `${cell.text.trimEnd()} ${piece.text.trimStart()}` : cell.text + piece.text).trimEnd();
    }
    end = Math.max(end, piece.x + piece.width);
    size = piece.size;
  }
  return cells;
}

/** The table starting at line `start`, or null. */
function tableAt(lines: Line[], start: number): Table | null {
  const head = lines[start]!;
  if (head.cells.length < 2) return null;
  const headCells = joinLine(head.pieces, narrowColumns(head, lines.slice(start + 1, start + 1 + NARROW_LOOKAHEAD)));
  const columns = headCells.map((cell) => cell.x);
  const header = headCells.map((cell) => cell.text);
  // Each part of the header reads its rows on its own: the whole header, or each half of a twin one.
  const half = twinHalf(header);
  const parts = (half ? [[0, half], [half, header.length]] : [[0, header.length]]).map(([from, to]) => (
    { from: from!, to: to!, rows: [header.slice(from, to)], above: head }
  ));
  let end = start + 1;
  rows: for (; end < lines.length; end++) {
    const line = lines[end]!;
    const above = lines[end - 1]!;
    const em = Math.max(line.size, above.size);
    if (above.y - line.y > TABLE_BREAK * em) break;
    const placed = place(joinLine(line.pieces, columns), columns, em);
    if (!placed) break;
    for (const part of parts) {
      const cells = placed.slice(part.from, part.to);
      if (!cells.some(Boolean)) continue;
      const wrapped = part.above.y - line.y < WRAPPED_LINE * Math.max(line.size, part.above.size);
      part.above = line;
      if (wrapped && part.rows.length > 1) {
        const row = part.rows[part.rows.length - 1]!;
        cells.forEach((text, column) => { if (text) row[column] = row[column] ? joinWrapped(row[column]!, text) : text; });
      } else if (cells.filter(Boolean).length >= 2 || cells[0] === '') {
        part.rows.push(cells);
      } else {
        break rows;
      }
    }
  }
  const rows = [header.slice(0, parts[0]!.to), ...parts.flatMap((part) => part.rows.slice(1))];
  if (rows.length < 2 || (rows[0]!.length === 2 && rows.filter((row) => row[0]!.endsWith(':')).length >= rows.length / 2)) return null;
  return { rows, end };
}

/**
 * Left edges of columns whose cells sit closer than a column gap to the one before them, as header
 * pieces after a word's gap:
 * - a column of clock times under its header ("Start End" over "18:00  19:00"): a time starts under
 *   the piece on at least NARROW_ROWS of the lines below;
 * - a cell the one before runs up to (a calendar's agenda print: the title "Interview – Radio X"
 *   nearly touching the location "Studio 2,"): the row's own wrapped lines go on flush under it.
 */
function narrowColumns(head: Line, below: Line[]): number[] {
  const wrapped = rowContinuation(head, below);
  return head.pieces.slice(1).filter((piece, i) => {
    const before = head.pieces[i]!;
    const flushUnder = (other: TextPiece) => Math.abs(other.x - piece.x) <= FLUSH * other.size;
    const timeUnder = (other: TextPiece) => flushUnder(other) && CLOCK_TIME.test(other.text.trim());
    // Wider than a word's space: "06:35 Porto" over "Terminal 1" is one cell over its wrapped line.
    const gap = (piece.x - (before.x + before.width)) / Math.max(piece.size, before.size);
    return below.filter((line) => line.pieces.slice(1).some(timeUnder)).length >= NARROW_ROWS
      || (gap >= CELL_GAP && wrapped.some((line) => line.pieces.some(flushUnder)));
  }).map((piece) => piece.x);
}
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}$/;

/** The lines below `head` that wrap its row: each closer than WRAPPED_LINE to the one above. */
function rowContinuation(head: Line, below: Line[]): Line[] {
  const out: Line[] = [];
  let above = head;
  for (const line of below) {
    if (above.y - line.y >= WRAPPED_LINE * Math.max(line.size, above.size)) break;
    out.push(line);
    above = line;
  }
  return out;
}

/**
 * A cell's text and its wrapped next line. An e-mail address broken inside its domain ("ann@festival.exa"
 * over "mple.org") is one word again; anything else is joined by a space.
 */
function joinWrapped(text: string, more: string): string {
  const broken = /@[\w.-]+$/.test(text) && /^[a-z\d-]*(?:\.[a-z\d-]+)*\.[a-z]{2,}(?=\s|$)/.test(more);
  return broken ? text + more : `${text} ${more}`;
}

/** The line's cells put into the table's columns, or null if a cell starts under no column. */
function place(cells: Cell[], columns: number[], em: number): string[] | null {
  const row = columns.map(() => '');
  for (const cell of cells) {
    const column = columns.findIndex((x) => Math.abs(cell.x - x) <= ALIGNED * em);
    if (column < 0) return null;
    row[column] = row[column] ? `${row[column]} ${cell.text}` : cell.text;
  }
  return row;
}
