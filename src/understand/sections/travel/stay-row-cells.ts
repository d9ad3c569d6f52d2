/**
 * An itinerary row about a hotel ("15:00 | Hotel check-in | Hotel X, Street 7 | 4 rooms · conf. AB-1 |
 * Reception +45 33 …"): besides the stay's facts it may give
 *   - the hotel's phone: a cell with a phone and no person, only a desk word or nothing ("Desk
 *     +46 …", "Reception: 0…"), where a person's cell ("Ann Lee (promoter) 070-…") is a contact's;
 *   - the stay's notes: the notes column's cell when it states no stay fact ("quiet room requested;
 *     no minibar"), where "4 rooms · conf. AB-1 · 2 nights" is all fields.
 */
import type { TableCell, TableRecord } from '../../text/index.js';
import { normalisePhone, PHONE_IN_TEXT } from '../../normalise/index.js';
import type { StayHits } from './stay.js';

const DESK_WORDS = /^(?:hotel\s+)?(?:front[- ]?desk|reception|rezeption|recepci[oó]n|r[ée]ception|receptie|reception desk|desk|hotel|tel(?:ephone)?|phone|t)\.?\s*:?$/i;

/** The first phone of a cell (PHONE_IN_TEXT finds them all). */
const FIRST_PHONE = new RegExp(PHONE_IN_TEXT.source, PHONE_IN_TEXT.flags.replace('g', ''));

export interface RowPhone { value: string; span: [number, number]; validated: boolean }

/** The desk's phone in one of the row's cells. */
export function deskPhoneOf(record: TableRecord, country: string | null): RowPhone | undefined {
  const dated = new Set([record.cells.date, record.cells.day, record.cells.time, record.cells.end_time]);
  for (const cell of record.all) {
    if (!cell.span || dated.has(cell)) continue;
    const m = FIRST_PHONE.exec(cell.value);
    if (!m) continue;
    const rest = (cell.value.slice(0, m.index) + cell.value.slice(m.index + m[0].length)).trim();
    if (rest && !DESK_WORDS.test(rest)) continue;
    const phone = normalisePhone(m[0], country);
    if (!phone) continue;
    const at = cell.span[0] + m.index;
    return { value: phone.value, span: [at, at + m[0].length], validated: phone.validated };
  }
  return undefined;
}

/** The notes cell, when it is not where the hotel is named ("Details: Hotel X") and reading it for the stay found nothing. */
export function remarkCellOf(record: TableRecord, hotel: string, hitsOf: (cell: TableCell) => StayHits): TableCell | undefined {
  const cell = record.cells.notes;
  if (!cell?.span || !/\p{L}{3}/u.test(cell.value) || cell.value.includes(hotel)) return undefined;
  return Object.values(hitsOf(cell)).some((hit) => hit !== undefined) ? undefined : cell;
}
