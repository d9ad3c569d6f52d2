import ExcelJS from 'exceljs';
import type { Draft, ParseContext } from '../draft.js';
import { fail } from '../errors.js';
import { guardZip } from '../zip-guard.js';
import type { SheetCell } from './sheet-blocks.js';
import { sheetsText, type SheetRows } from './sheet-text.js';
import { isoDate } from './wall-clock.js';

/**
 * XLSX: the ZIP guard first (it bounds what the archive inflates to), then exceljs's workbook loader.
 * Each sheet becomes a table and a block of text headed `Sheet: <name>`, one row per line, cells
 * separated by tabs (sheet-text.ts). Dates are written as ISO 8601 (a date, a time of day, or both), formulas as their
 * cached result. Not exceljs's streaming reader: when the workbook part comes after the sheets in
 * the archive, it loses the part's parse to a race now and then and throws on a sound file.
 */

type CellValue = ExcelJS.CellValue;

export async function parseXlsx(bytes: Buffer, context: ParseContext): Promise<Draft> {
  await guardZip(bytes, context.limits.maxInflatedBytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw fail('file_corrupt', error instanceof Error ? error.message : String(error));
  }
  const sheets: SheetRows[] = workbook.worksheets.map((sheet) => {
    const rows: SheetCell[][] = [];
    sheet.eachRow((row) => {
      // A merged range keeps its value in its first cell; the loader repeats it in the others.
      const cells = Array.from({ length: row.cellCount }, (_, i) => {
        const cell = row.getCell(i + 1);
        const merged = cell.type === ExcelJS.ValueType.Merge;
        return { text: merged ? '' : cellText(cell.value), merged };
      });
      if (cells.some((cell) => cell.text !== '')) rows.push(cells);
    });
    return { name: sheet.name, rows };
  });
  return { format: 'xlsx', ...sheetsText(sheets) };
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value).replace(/\s+/g, ' ').trim();
}
