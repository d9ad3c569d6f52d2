import type { Line, TextPiece } from './pdf-layout.js';

/**
 * Reading order for pages set in independent columns: a schedule on the left and contact blocks on
 * the right must be read one column after the other, not line by line across the page.
 *
 * - A gutter is a left edge where at least MIN_COLUMN_LINES lines start a piece. Over a run of
 *   consecutive lines no piece crosses it: every piece either starts at or after it, or ends a
 *   column gap (as pdf-layout.ts counts one) before it. A gap of CLOSE_LINES line heights also ends
 *   a run: a footer far below the columns ("Printed 12 May" left, "Page 1 of 2" right) is no row of them.
 * - Within such a run, where both sides have lines, each side needs MIN_COLUMN_LINES lines, EDGED
 *   of which start at the side's left edge (a column, not the last cells of table rows), and fewer
 *   than MAX_SHARED of the shorter side's lines may sit on the same baseline as a line across the
 *   gutter: table rows and `Label   value` pairs share their baselines, so they stay read across.
 * - The columns' region grows up and down over one-sided lines of the run that follow at less than
 *   CLOSE_LINES line heights (a column longer than the other). It is then read as the lines above,
 *   the left column, the right column, the lines below — each of which may hold columns in turn.
 */

const MIN_COLUMN_LINES = 4;
/** Two baselines this close, in ems, are one row. */
const SHARED_BASELINE = 0.2;
const MAX_SHARED = 1 / 3;
const CLOSE_LINES = 4;
/** Share of a column's lines that start at its left edge. */
const EDGED = 3 / 4;

interface Sides { left: TextPiece[]; right: TextPiece[] }

/** The page's lines as segments to read one after the other; `[lines]` when there are no columns. */
export function readingOrder(lines: Line[], columnGap: number): Line[][] {
  for (const gutter of gutters(lines)) {
    const sides = lines.map((line) => besideGutter(line, gutter, columnGap));
    for (let start = 0; start < lines.length;) {
      let end = start;
      while (end < lines.length && sides[end] && (end === start || close(lines[end - 1]!, lines[end]!))) end++;
      const region = end > start ? columnsIn(lines, sides, start, end, gutter) : null;
      if (region) {
        const [top, bottom] = region;
        const inside = sides.slice(top, bottom) as Sides[];
        const column = (side: keyof Sides) => inside.filter((line) => line[side].length > 0).map((line) => lineOf(line[side]));
        return [
          lines.slice(0, top),
          column('left'),
          column('right'),
          lines.slice(bottom),
        ].filter((segment) => segment.length > 0).flatMap((segment) => readingOrder(segment, columnGap));
      }
      // A run cut by a gap goes on from the line after it.
      start = end > start && sides[end] ? end : end + 1;
    }
  }
  return [lines];
}

/** Left edges where pieces of at least MIN_COLUMN_LINES lines start, left to right. */
function gutters(lines: Line[]): number[] {
  const linesAt = new Map<number, Set<Line>>();
  for (const line of lines) {
    for (const piece of line.pieces) {
      const x = Math.round(piece.x);
      if (!linesAt.has(x)) linesAt.set(x, new Set());
      linesAt.get(x)!.add(line);
    }
  }
  return [...linesAt].filter(([, at]) => at.size >= MIN_COLUMN_LINES).map(([x]) => x).sort((a, b) => a - b);
}

/** The line's pieces on either side of the gutter, or null if one crosses it. */
function besideGutter(line: Line, gutter: number, columnGap: number): Sides | null {
  const sides: Sides = { left: [], right: [] };
  for (const piece of line.pieces) {
    // The gutter is a left edge rounded to the point.
    if (piece.x >= gutter - 0.5) sides.right.push(piece);
    else if (piece.x + piece.width <= gutter - columnGap * piece.size) sides.left.push(piece);
    else return null;
  }
  return sides;
}

/** The region [top, bottom) of lines start..end that holds two independent columns, or null. */
function columnsIn(lines: Line[], sides: (Sides | null)[], start: number, end: number, gutter: number): [number, number] | null {
  const withText = (side: keyof Sides) => range(start, end).filter((i) => sides[i]![side].length > 0);
  const left = withText('left');
  const right = withText('right');
  if (!left.length || !right.length) return null;
  let top = Math.max(left[0]!, right[0]!);
  let bottom = Math.min(left.at(-1)!, right.at(-1)!) + 1;
  const inRegion = (i: number) => i >= top && i < bottom;
  const leftLines = left.filter(inRegion);
  const rightLines = right.filter(inRegion);
  if (leftLines.length < MIN_COLUMN_LINES || rightLines.length < MIN_COLUMN_LINES) return null;
  if (!hasLeftEdge(leftLines.map((i) => sides[i]!.left[0]!)) || !hasLeftEdge(rightLines.map((i) => sides[i]!.right[0]!))) return null;
  const shared = leftLines.filter((i) => sameBaseline(sides[i]!.left, sides[i]!.right)).length;
  if (shared >= MAX_SHARED * Math.min(leftLines.length, rightLines.length)) return null;
  while (top > start && close(lines[top - 1]!, lines[top]!)) top--;
  while (bottom < end && close(lines[bottom - 1]!, lines[bottom]!)) bottom++;
  return [top, bottom];
}

/** Whether most lines, given by their first pieces, start at the leftmost one: a column, not cells. */
function hasLeftEdge(firsts: TextPiece[]): boolean {
  const edge = Math.min(...firsts.map((piece) => piece.x));
  return firsts.filter((piece) => piece.x - edge <= piece.size).length >= EDGED * firsts.length;
}

function sameBaseline(left: TextPiece[], right: TextPiece[]): boolean {
  if (!left.length || !right.length) return false;
  const a = lineOf(left);
  const b = lineOf(right);
  // In ems of the smaller font: a larger heading beside a line ("CATERING" by a schedule row) does not widen the window.
  return Math.abs(a.y - b.y) <= SHARED_BASELINE * Math.min(a.size, b.size);
}

function close(above: Line, below: Line): boolean {
  return above.y - below.y < CLOSE_LINES * Math.max(above.size, below.size);
}

/** One side's pieces as a line of its own: baseline of its highest piece, its largest font. */
function lineOf(pieces: TextPiece[]): Line {
  const highest = pieces.reduce((a, b) => (b.y > a.y ? b : a));
  return { y: highest.y, size: Math.max(...pieces.map((piece) => piece.size)), pieces, cells: [] };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
