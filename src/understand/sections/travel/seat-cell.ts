/**
 * An e-ticket's itinerary table may give each flight's seat in a column of its own ("Flight ⇥ Date ⇥
 * … ⇥ Seat" over "TK 12 ⇥ 03MAR27 ⇥ … ⇥ 21A"): the seat is the row's cell under the header's seat cell.
 * The header may be printed twice, once per language, the seat word in only one of its lines.
 */
import { normaliseSeat } from '../../normalise/index.js';
import type { Hit } from './phrases.js';
import { SEAT_WORD } from './passengers.js';

const SEAT_CELL = new RegExp(String.raw`^${SEAT_WORD}$`, 'i');
/** Header lines looked at above the row. */
const HEADER_REACH = 4;

/** The seat in the tabbed row holding `at`, under a "Seat" column of the header above it, if any. */
export function seatUnderSeatColumn(text: string, at: number): Hit<string> | undefined {
  const rowStart = text.lastIndexOf('\n', at - 1) + 1;
  const rowEnd = text.indexOf('\n', at);
  const cells = text.slice(rowStart, rowEnd < 0 ? undefined : rowEnd).split('\t');
  let end = rowStart - 1;
  for (let k = 0; k < HEADER_REACH && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const header = text.slice(start, end).split('\t').map((c) => c.trim());
    if (!header.join('')) return undefined;
    const column = header.findIndex((c) => SEAT_CELL.test(c));
    if (column >= 0) {
      if (header.length !== cells.length) return undefined;
      const cell = cells[column]!;
      const seat = normaliseSeat(cell.trim());
      if (!seat) return undefined;
      const offset = cells.slice(0, column).reduce((n, c) => n + c.length + 1, 0) + cell.indexOf(cell.trim());
      return { value: seat, index: rowStart + offset, length: cell.trim().length };
    }
    end = start - 1;
  }
  return undefined;
}
