/**
 * A sheet laid out as two `Label | value` blocks side by side ("SHOW" in A:C, a narrow empty spacer
 * column D, "HOTEL" in E:H) is read block by block, as a reader does: the rows of the left block,
 * an empty row, then those of the right block moved to the first column. Read row by row, each line
 * would hold a pair of each block, and a block's pairs would be cut apart by the other's.
 *
 * A run of rows is such a pair of blocks when, for one spacer column, in each of three or more rows
 * in a row: the spacer cell is truly empty (not the tail of a merged cell), each side holds at most
 * a label and its value, the first cell of each side, when filled, reads as a label (words, no
 * figures), and most rows have a label on both sides with a value beside at least one of them.
 * Title rows of one cell at either end of the run stay where they are. A table's rows fail this: its first column holds data
 * (times, dates, phone numbers), or its cells are merged across the spacer.
 */

export interface SheetCell {
  text: string;
  /** The tail of a merged range (its value is in the range's first cell). */
  merged: boolean;
}

const LABEL_LIKE = /^(?=.*\p{L})[^\d@]{1,40}$/u;

const isLabel = (cell: SheetCell | undefined): boolean => !!cell && LABEL_LIKE.test(cell.text);
const filled = (cells: SheetCell[]): boolean => cells.some((c) => c.text !== '');

/** Whether row `row` fits a block split at spacer column `gap`. */
function fits(row: SheetCell[], gap: number): boolean {
  const spacer = row[gap];
  if (spacer && (spacer.text !== '' || spacer.merged)) return false;
  const left = row.slice(0, gap);
  const right = row.slice(gap + 1);
  // A side holds a label and its value, not a table's row of three or more cells.
  if (count(left) > 2 || count(right) > 2) return false;
  if (filled(left) && !isLabel(left[0])) return false;
  if (filled(right) && !isLabel(right[0])) return false;
  return filled(left) || filled(right);
}

const count = (cells: SheetCell[]): number => cells.filter((c) => c.text !== '').length;

/** A row holding a label on both sides, with a value beside at least one of them. */
function pairedRow(row: SheetCell[], gap: number): boolean {
  const left = row.slice(0, gap);
  const right = row.slice(gap + 1);
  return isLabel(left[0]) && isLabel(right[0]) && (filled(left.slice(1)) || filled(right.slice(1)));
}

interface Run { gap: number; from: number; to: number }

/**
 * Label blocks are a few columns wide, so a spacer is looked for among the first columns only: a
 * sheet thousands of columns wide would otherwise cost a pass over all its rows per column.
 */
const MAX_SPACER_COLUMN = 32;

/** The longest run of rows that reads as two blocks side by side, for any spacer column. */
function longestRun(rows: SheetCell[][], width: number): Run | null {
  let best: Run | null = null;
  for (let gap = 1; gap < Math.min(width - 1, MAX_SPACER_COLUMN); gap++) {
    let from = 0;
    for (let i = 0; i <= rows.length; i++) {
      if (i < rows.length && fits(rows[i]!, gap)) continue;
      // A title alone on its row at either end ("DAY SCHEDULE" over the next table) belongs to no block.
      let [start, end] = [from, i];
      while (start < end && count(rows[start]!) <= 1) start++;
      while (end > start && count(rows[end - 1]!) <= 1) end--;
      const run = rows.slice(start, end);
      const paired = run.filter((row) => pairedRow(row, gap)).length;
      if (paired >= 3 && paired * 2 >= run.length && (!best || end - start > best.to - best.from)) best = { gap, from: start, to: end };
      from = i + 1;
    }
  }
  return best;
}

/** The length of the longest row (a loop: a sheet may have more rows than a call takes arguments). */
export function widestRow(rows: readonly unknown[][]): number {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  return width;
}

/** The sheet's rows with any two blocks side by side written one after the other. */
export function blocksOneAfterAnother(rows: SheetCell[][]): SheetCell[][] {
  const width = widestRow(rows);
  const run = longestRun(rows, width);
  if (!run) return rows;
  const pad = (cells: SheetCell[]): SheetCell[] => [...cells, ...Array.from({ length: width - cells.length }, () => ({ text: '', merged: false }))];
  const part = (from: number, to?: number) => rows.slice(run.from, run.to).map((row) => row.slice(from, to)).filter(filled).map(pad);
  const empty = pad([]);
  return [
    ...rows.slice(0, run.from),
    ...part(0, run.gap), empty, ...part(run.gap + 1),
    // The block's rest goes on below (a further run of blocks side by side stays as it is).
    ...rows.slice(run.to),
  ];
}
