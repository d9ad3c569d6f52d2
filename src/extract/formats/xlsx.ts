import ExcelJS from 'exceljs';
import type { ExtractedTable } from '../../interfaces.js';
import type { Draft, ParseContext } from '../draft.js';
import { fail } from '../errors.js';
import { guardZip } from '../zip-guard.js';
import { trimTrailingEmpty } from './csv.js';
import { blocksOneAfterAnother, type SheetCell } from './sheet-blocks.js';

/**
 * XLSX: the ZIP guard first (it bounds what the archive inflates to), then exceljs's workbook loader.
 * Each sheet becomes a table and a block of text headed `Sheet: <name>`, one row per line, cells
 * separated by tabs (two label blocks side by side one after the other, see sheet-blocks.ts). Dates are written as ISO 8601 (a date, a time of day, or both), formulas as their
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
  const tables: ExtractedTable[] = [];
  const blocks: string[] = [];
  for (const sheet of workbook.worksheets) {
    const sheetRows: SheetCell[][] = [];
    sheet.eachRow((row) => {
      // A merged range keeps its value in its first cell; the loader repeats it in the others.
      const cells = Array.from({ length: row.cellCount }, (_, i) => {
        const cell = row.getCell(i + 1);
        const merged = cell.type === ExcelJS.ValueType.Merge;
        return { text: merged ? '' : cellText(cell.value), merged };
      });
      if (cells.some((cell) => cell.text !== '')) sheetRows.push(cells);
    });
    // Two label blocks side by side are read one after the other (sheet-blocks.ts).
    const rows = blocksOneAfterAnother(sheetRows).map((row) => row.map((cell) => cell.text));
    if (!rows.length) continue;
    const width = Math.max(...rows.map((row) => row.length));
    tables.push({ rows: rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]), page: null, sheet: sheet.name });
    blocks.push([`Sheet: ${sheet.name}`, ...rows.map((row) => trimTrailingEmpty(row).join('\t'))].join('\n'));
  }
  return { format: 'xlsx', text: blocks.join('\n\n'), tables };
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

/** Excel stores wall-clock values; exceljs hands them over as UTC dates. Times alone sit on 1899-12-30. */
function isoDate(date: Date): string {
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, date.getUTCSeconds() ? 19 : 16);
  if (day === '1899-12-30' || day === '1899-12-31') return time;
  return time === '00:00' ? day : `${day}T${time}`;
}
