/**
 * A passenger table that heads one column per flight with the flight's number ("Passenger  E-ticket
 * HW 604  HW 1172  HW 629"), or with its route ("FRA – VIE  VIE – FRA", an airline's web page),
 * holds each passenger's seat on that flight in the row's cell under it.
 * A cell that is no seat ("see note", "free", "—") leaves the seat unknown. A header cell naming
 * several flights ("KT 1216 KT 1229 LF 859", headings a PDF ran together) stands for as many columns.
 * The row and the header must have the same number of cells, or nothing says which cell is whose. A header's
 * second line giving each flight's route under its number ("⇥⇥⇥LAX–ORD⇥ORD–BOS") opens with empty cells,
 * one per tab, over the row's name and ticket cells.
 */
import { airportByCode } from '../../../reference/index.js';
import { normaliseFlightNumber, normaliseSeat } from '../../normalise/index.js';
import type { Hit } from './phrases.js';

const CELLS = /\t+| {2,}/;
const FLIGHT_CELL = /^(?:(?:[A-Z][A-Z0-9]|[0-9][A-Z])[ \u00a0]?\d{1,4}(?:[ \t]+|$))+$/;
const ONE_FLIGHT = /(?:[A-Z][A-Z0-9]|[0-9][A-Z])[ \u00a0]?\d{1,4}/g;

/** A route heading a column: two airport codes joined by a dash or an arrow ("OSL – BGO"). */
const ROUTE_CELL = /^([A-Z]{3})[ \t]*(?:[-–—>→]|->)[ \t]*([A-Z]{3})$/;

/** The key a seat column headed by a route is filed under, to be found again by a segment's airports. */
export function routeKey(from: string, to: string): string {
  return `${from}-${to}`;
}

/** The header's columns: a flight number (or route) per flight column, null for the others; null when no cell is a flight. */
function flightColumns(line: string): (string | null)[] | null {
  const columns: (string | null)[] = Array.from({ length: /^\t*/.exec(line)![0].length }, () => null);
  for (const cell of line.trim().split(CELLS)) {
    const route = ROUTE_CELL.exec(cell);
    if (route && airportByCode(route[1]!) && airportByCode(route[2]!)) { columns.push(routeKey(route[1]!, route[2]!)); continue; }
    if (!FLIGHT_CELL.test(cell)) { columns.push(null); continue; }
    for (const m of cell.matchAll(ONE_FLIGHT)) {
      const fn = normaliseFlightNumber(m[0]);
      if (!fn?.validated) return null;
      columns.push(fn.value);
    }
  }
  return columns.some((c) => c) ? columns : null;
}

/**
 * The seats by flight number of the table row starting at `rowStart`, read under the nearest header
 * above it (at most eight lines up, no blank line between); null when no such header is there.
 */
export function seatsUnderFlightColumns(text: string, rowStart: number): Map<string, Hit<string>> | null {
  const rowEnd = text.indexOf('\n', rowStart);
  const row = text.slice(rowStart, rowEnd < 0 ? undefined : rowEnd);
  let end = rowStart - 1;
  for (let k = 0; k < 8 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!line.trim()) return null;
    const columns = flightColumns(line);
    if (columns) return seatsOfRow(row, rowStart, columns);
    end = start - 1;
  }
  return null;
}

function seatsOfRow(row: string, rowStart: number, columns: (string | null)[]): Map<string, Hit<string>> | null {
  const cells = row.trim().split(CELLS);
  if (cells.length !== columns.length) return null;
  const out = new Map<string, Hit<string>>();
  let from = 0;
  cells.forEach((cell, i) => {
    const at = row.indexOf(cell, from);
    from = at + cell.length;
    const seat = columns[i] ? normaliseSeat(cell) : null;
    if (seat) out.set(columns[i]!, { value: seat, index: rowStart + at, length: cell.length });
  });
  return out;
}
