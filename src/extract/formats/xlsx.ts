import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ExtractedTable } from '../../interfaces.js';
import type { Draft, ParseContext } from '../draft.js';
import { fail } from '../errors.js';
import { guardZip } from '../zip-guard.js';
import { trimTrailingEmpty } from './csv.js';

/**
 * XLSX: the ZIP guard first, then exceljs's streaming reader, row by row. Each sheet becomes a table
 * and a block of text headed `Sheet: <name>`, one row per line, cells separated by tabs. Dates are
 * written as ISO 8601 (a date, a time of day, or both), formulas as their cached result.
 */

type CellValue = ExcelJS.CellValue;

export async function parseXlsx(bytes: Buffer, context: ParseContext): Promise<Draft> {
  const parts = await guardZip(bytes, context.limits.maxInflatedBytes, (name) => WORKBOOK_PARTS.includes(name));
  const names = sheetNames(parts);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
  });
  const tables: ExtractedTable[] = [];
  const blocks: string[] = [];
  try {
    for await (const sheet of reader) {
      const rows: string[][] = [];
      for await (const row of sheet) {
        const values = (row as ExcelJS.Row).values as CellValue[];
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
        if (cells.some((cell) => cell !== '')) rows.push(cells);
      }
      const { id, name: fallback } = sheet as unknown as { id: string; name?: string };
      const name = names.get(String(id)) ?? fallback ?? null;
      if (!rows.length) continue;
      const width = Math.max(...rows.map((row) => row.length));
      tables.push({ rows: rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]), page: null, sheet: name });
      blocks.push([`Sheet: ${name ?? tables.length}`, ...rows.map((row) => trimTrailingEmpty(row).join('\t'))].join('\n'));
    }
  } catch (error) {
    throw fail('file_corrupt', error instanceof Error ? error.message : String(error));
  }
  return { format: 'xlsx', text: blocks.join('\n\n'), tables };
}

const WORKBOOK_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];

/**
 * Sheet number (of `xl/worksheets/sheet<N>.xml`) → the sheet's name. exceljs's streaming reader
 * knows the names only when the workbook part comes before the sheets in the archive, which not
 * every producer does, so they are read from the parts the ZIP guard kept.
 */
function sheetNames(parts: Map<string, Buffer>): Map<string, string> {
  const elements = (part: string, tag: string) =>
    DomUtils.getElementsByTagName(tag, parseDocument(parts.get(part)?.toString('utf8') ?? '', { xmlMode: true }).children);
  const targets = new Map(elements('xl/_rels/workbook.xml.rels', 'Relationship').map((rel) => [rel.attribs.Id, rel.attribs.Target ?? '']));
  const names = new Map<string, string>();
  for (const sheet of elements('xl/workbook.xml', 'sheet')) {
    const number = /sheet(\d+)\.xml$/.exec(targets.get(sheet.attribs['r:id']) ?? '')?.[1];
    if (number && sheet.attribs.name) names.set(number, sheet.attribs.name);
  }
  return names;
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
