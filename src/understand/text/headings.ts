/**
 * Section headings of forms and workbooks: a line standing alone ("4. Catering", "PARKING",
 * "Technik:") or a sheet marker the xlsx reader writes ("Sheet: Tech"). Sections read a block of
 * rows from its heading up to the next one.
 */
import { cellsOf } from './labels.js';
import { labelKey } from './lexicon.js';
import type { Line } from './lines.js';

// "4. Catering", and the Chinese and Japanese "六、技術" (a counting numeral with the enumeration comma);
// a Japanese sheet marks its headings with a square or a diamond instead ("■ 契約条件").
const NUMBERING = /^(?:\d+(\.\d+)*[.)]?|[一二三四五六七八九十]{1,3}[、，.．]|[■□◆◇●▼])\s*/u;
const SHEET = /^sheet:\s*/i;

/** A contract's clause mark in a cell of its own before the clause's title ("§ 4 ⇥ Fee", "§ 12a ⇥ Parking"). */
const CLAUSE_CELL = /^\s*§\s*\d{1,3}[a-z]?\.?$/;

/** A line standing alone (one cell, not `Label: value`), without its numbering, a bracketed remark or a colon; else null. */
export function headingText(line: Line): string | null {
  const cells = cellsOf(line);
  const titled = cells.length === 2 && CLAUSE_CELL.test(cells[0]!.text);
  if (cells.length !== 1 && !titled) return null;
  const t = (titled ? cells[1]!.text : line.text).trim().replace(NUMBERING, '').replace(/\s*\([^)]*\)$/, '').replace(/:$/, '');
  if (!t || t.length > 40 || /[.!?]$/.test(t) || /:\s*\S/.test(t)) return null;
  return t;
}

/** The sheet a workbook's "Sheet: Name" line opens, or null. */
export function sheetName(line: Line): string | null {
  const t = line.text.trim();
  return SHEET.test(t) ? t.replace(SHEET, '') : null;
}

/** The heading's text, from a standing-alone line or a sheet marker; null for any other line. */
export function sectionTitle(line: Line): string | null {
  return sheetName(line) ?? headingText(line);
}

/**
 * Whether a line opens a new section: a sheet, or a line standing alone that is numbered
 * ("7. Ansprechpartner"), written in capitals ("PARKING") or a known label ("Catering").
 */
export function opensSection(line: Line): boolean {
  if (sheetName(line) !== null) return true;
  const t = headingText(line);
  if (!t) return false;
  const numbered = /^\s*(?:\d+(?:(?:\.\d+)+\.?|[.)])|[一二三四五六七八九十]{1,3}、)\s*\p{L}/u.test(line.text);
  const capitals = !/\p{Ll}/u.test(t) && /\p{Lu}{3}/u.test(t);
  return numbered || capitals || !!labelKey(t);
}
