import type { Element } from 'domhandler';

/**
 * A table's cells laid on its grid. A cell that spans rows (`rowspan`, a Word table's vertically
 * merged cell) gives its text to every row it spans: "Backline" merged over two technicians' rows is
 * each one's role. A cell that spans columns (`colspan`) keeps its text in its first column and leaves
 * the others empty, so the cells after it stay under their own headers.
 */
export function tableGrid(rows: Element[][], textOf: (cell: Element) => string): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      // Columns taken by a cell spanning down from a row above.
      while (grid[r]![column] !== undefined) column++;
      const text = textOf(cell);
      const across = span(cell.attribs.colspan);
      const down = Math.min(span(cell.attribs.rowspan), rows.length - r);
      for (let d = 0; d < down; d++) {
        for (let a = 0; a < across; a++) grid[r + d]![column + a] = a === 0 ? text : '';
      }
      column += across;
    }
  });
  // A row left short of a cell spanning down into it has holes: empty cells.
  return grid.map((row) => Array.from(row, (cell) => cell ?? ''));
}

function span(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? Math.min(n, 1000) : 1;
}
