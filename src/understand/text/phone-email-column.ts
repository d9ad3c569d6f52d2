/**
 * A contacts table whose header names the phone and the e-mail in one cell ("Phone   E-mail"): a scan's
 * OCR or a narrow layout ran the two columns into one, so each row's cell holds the number, then the
 * address ("(412) 555-0161 ann@venue.example.com"). The cell is read as both.
 */
import { labelKey, type LabelKey } from './lexicon.js';
import type { TableRecord } from './tables.js';

/** The header of the column holding both, unless other columns hold the phone or the e-mail; else null. */
export function phoneEmailHeader(header: string[], keys: (LabelKey | null)[]): string | null {
  const at = header.findIndex((c, i) => {
    const words = c.split(/[^\p{L}-]+/u).filter(Boolean).map(labelKey);
    return words.includes('phone') && words.includes('email') && !keys.some((k, j) => j !== i && (k === 'phone' || k === 'email'));
  });
  return at < 0 ? null : header[at]!;
}

/** The record's phone and e-mail from its cell under `header`: the number, then the address from its first word with "@". */
export function readPhoneEmailCell(record: TableRecord, header: string): void {
  const cell = record.all.find((c) => c.header === header);
  const m = cell ? /^(.*?\d)[\s,;/]+(\S*@.*)$/.exec(cell.value) : null;
  if (!cell || !m) return;
  const [phone, email] = [m[1]!, m[2]!];
  const at = cell.span?.[0];
  record.cells.phone = { ...cell, value: phone, span: at === undefined ? null : [at, at + phone.length] };
  record.cells.email = { ...cell, value: email, span: at === undefined ? null : [at + m[0].length - email.length, cell.span![1]] };
}
