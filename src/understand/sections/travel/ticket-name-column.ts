/**
 * A ticket table's name column. A row "Mara Ilves ⇥ Stage Manager ⇥ 176-…" under "Name ⇥ Role ⇥ Ticket no"
 * writes a role (or seat class, or any other word) between the person and the ticket: the cell right before
 * the ticket is not the name. When the header over the row names one column for the person (in any of a
 * bilingual label's halves, "Name / Имя"), the row's cell under it is the name.
 */
import { labelKey } from '../../text/index.js';

const TICKET = /(?<![\d-])\d{3}[- ]?\d{4} ?\d{3} ?\d{3}(?!\d)/;
const NAME_KEYS = new Set(['name', 'passenger']);

const namesPerson = (header: string) => header.split('/').some((half) => NAME_KEYS.has(labelKey(half.trim()) ?? ''));

/** The name cell (its text and offset in `text`) of the tab-separated ticket row starting at `lineStart`, or undefined. */
export function nameUnderNameColumn(text: string, lineStart: number): { value: string; index: number } | undefined {
  const lineEnd = text.indexOf('\n', lineStart);
  const row = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  if (!row.includes('\t')) return undefined;
  // The header: the nearest line above the table's ticket rows (at most a dozen rows up).
  let end = lineStart - 1;
  let header: string | undefined;
  for (let k = 0; k < 12 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!TICKET.test(line)) { header = line; break; }
    end = start - 1;
  }
  if (!header?.includes('\t')) return undefined;
  const heads = header.split('\t');
  const cells = row.split('\t');
  // A table's header: three columns or more, none a label with its colon ("PASSENGER NAME: ⇥ LEE/ANA" is a labelled line).
  if (heads.length < 3 || heads.length !== cells.length || heads.some((h) => /:\s*$/.test(h))) return undefined;
  const columns = heads.map((h, i) => (namesPerson(h) ? i : -1)).filter((i) => i >= 0);
  if (columns.length !== 1) return undefined;
  const at = columns[0]!;
  const cell = cells[at]!;
  const ticketAt = cells.findIndex((c) => TICKET.test(c));
  // The name stands before the ticket, and is no label itself.
  if (ticketAt <= at || !/\p{L}{2}/u.test(cell) || /:\s*$/.test(cell) || cell.split('/').some((half) => labelKey(half.trim()) !== null)) return undefined;
  const value = cell.trim();
  const offset = cells.slice(0, at).reduce((n, c) => n + c.length + 1, 0) + cell.indexOf(value);
  return { value, index: lineStart + offset };
}
