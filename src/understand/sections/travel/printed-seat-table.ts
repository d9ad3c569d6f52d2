/**
 * A booking page printed from the browser disturbs its passenger table ("Passenger ⇥ Seat ⇥ Bags"):
 * the PDF may run a name into its seat cell ("Mr Ann LEE 08A"), or the passenger's type into the name
 * ("Ms Bo EK Adult ⇥ 14F"); a row's detail line ("Adult · account holder ⇥ 1 cabin bag") and the lines
 * of a sidebar printed beside the table ("Need a car?") stand between the rows; a page break repeats the
 * header further down. These helpers let the seat table read through all of that.
 */
import { normaliseSeat } from '../../normalise/index.js';

/** A passenger type ending a name cell: the fare's age band, not part of the name. */
const TRAILING_TYPE = /[ \t]+(?:adults?|adultes?|adultos?|adulti|erwachsene[rn]?|vuxen|volwassene|child(?:ren)?|enfants?|kind(?:er)?|niños?|barn|infants?|bébés?|babys?)$/iu;
/** A seat run onto the end of the name cell, after one space. */
const TRAILING_SEAT = /^(.*\S)[ \u00a0](0?\d{1,2}[A-K])$/u;

/** The row's cells with a seat run onto the name split off into the first seat column, when that column holds none. */
export function splitRunOnSeat(cells: string[], firstSeatColumn: number | undefined): string[] {
  const m = TRAILING_SEAT.exec(cells[0]!);
  if (!m || firstSeatColumn !== 1 || normaliseSeat(cells[1] ?? '')) return cells;
  return [m[1]!, m[2]!, ...cells.slice(1)];
}

/** The name cell without a passenger type ending it. */
export function withoutPassengerType(cell: string): string {
  return cell.replace(TRAILING_TYPE, '');
}

/** How many lines may stand between two rows of the table (a row's detail line, a sidebar's line). */
export const STRAY_LINES = 2;
