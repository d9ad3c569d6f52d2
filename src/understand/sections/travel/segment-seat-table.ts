/**
 * A ticket receipt may print under each flight its own table of the party ("Passengers | Seat |
 * Baggage | Status", bilingual "Reisende/Passengers | Sitz/Seat"), one row per person: the seat cell
 * of the row naming a passenger is that passenger's seat on this flight; a cell that is no seat
 * ("-- (open)") leaves it unknown.
 */
import { normaliseSeat } from '../../normalise/index.js';
import type { Line } from '../../text/index.js';
import { passengerNamed } from './passengers.js';
import type { Hit } from './phrases.js';
import { cellsOf } from './route-table.js';
import { columnOf, NAME_COL, SEAT_COL } from './seat-roster.js';

/** The seats of the passenger table in `text` from `start` to `end` (a segment's block), one per passenger of `names`. */
export function seatTableSeats(text: string, [start, end]: [number, number], names: (string | undefined)[]): (Hit<string> | undefined)[] {
  const out: (Hit<string> | undefined)[] = names.map(() => undefined);
  const lines: Line[] = [];
  let at = start;
  for (const part of text.slice(start, end).split('\n')) {
    lines.push({ index: lines.length, text: part, start: at, end: at + part.length, page: null });
    at += part.length + 1;
  }
  const head = lines.findIndex((l) => {
    const cells = cellsOf(l);
    const name = columnOf(cells, NAME_COL), seat = columnOf(cells, SEAT_COL);
    return cells.length >= 2 && name >= 0 && seat >= 0 && name !== seat;
  });
  if (head < 0) return out;
  const cells = cellsOf(lines[head]!);
  const [name, seat] = [columnOf(cells, NAME_COL), columnOf(cells, SEAT_COL)];
  for (const line of lines.slice(head + 1)) {
    if (!line.text.includes('\t')) break;
    const row = cellsOf(line);
    const who = passengerNamed(row[name]?.text ?? '', names);
    const cell = row[seat];
    const value = cell && /^0?\d{1,2}[A-K]$/.test(cell.text) ? normaliseSeat(cell.text) : null;
    if (who >= 0 && cell && value && !out[who]) out[who] = { value, index: cell.index, length: cell.text.length };
  }
  return out;
}
