import type { ExtractedTable } from '../../interfaces.js';
import { trimTrailingEmpty } from './csv.js';
import { blocksOneAfterAnother, widestRow, type SheetCell } from './sheet-blocks.js';

/** A workbook's sheet as its reader found it: the rows holding any text, cells in column order. */
export interface SheetRows {
  name: string;
  rows: SheetCell[][];
}

/**
 * Sheets (XLSX, ODS) → text and tables, the same for every workbook format: per sheet a block
 * headed `Sheet: <name>`, one row a line, cells separated by tabs, and a table with `sheet` set.
 * Two label blocks side by side are read one after the other (sheet-blocks.ts). Empty sheets are left out.
 */
export function sheetsText(sheets: SheetRows[]): { text: string; tables: ExtractedTable[] } {
  const tables: ExtractedTable[] = [];
  const blocks: string[] = [];
  for (const sheet of sheets) {
    const rows = blocksOneAfterAnother(sheet.rows).map((row) => row.map((cell) => cell.text));
    if (!rows.length) continue;
    const width = widestRow(rows);
    tables.push({ rows: rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]), page: null, sheet: sheet.name });
    blocks.push([`Sheet: ${sheet.name}`, ...rows.map((row) => trimTrailingEmpty(row).join('\t'))].join('\n'));
  }
  return { text: blocks.join('\n\n'), tables };
}
