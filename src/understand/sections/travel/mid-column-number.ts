/**
 * An airline's web booking page prints a leg in three columns: the departure time, a plane mark and the
 * arrival time on one line ("07:10 ⇥ ✈ ⇥ 08:35"), the number in the middle column under them, between
 * the columns' "local time" notes ("Local time ⇥ XY 123 ⇥ Local time"), and the two airports in
 * brackets a line or three below ("Lyon (LYS) ⇥ Porto (OPO)"). Printed to PDF, the number is a middle
 * cell of its line, with neither a flight word before it nor an airport on its line: it is a flight when
 * the line above gives two clock times and a line within the next four (no blank line between) names
 * two airports in brackets.
 */
import { findTimes } from '../../normalise/index.js';
import { routeBelow } from './timed-number-card.js';

function lineAround(text: string, at: number): [number, number] {
  const end = text.indexOf('\n', at);
  return [text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end];
}

/** Whether the number at `numberAt`, a cell of its own after the first of its tabbed line, stands under two times with its route below. */
export function midColumnNumber(text: string, numberAt: number, numberLength: number): boolean {
  const [start, end] = lineAround(text, numberAt);
  const cellEnd = text.indexOf('\t', numberAt);
  const cell = text.slice(text.lastIndexOf('\t', numberAt) + 1, cellEnd < 0 || cellEnd > end ? end : cellEnd);
  // The number is a cell of its own, after the line's first, on a line that gives no clock time (a ride's row does).
  if (start === 0 || !text.slice(start, numberAt).includes('\t') || cell.trim().length !== numberLength || findTimes(text.slice(start, end)).length) return false;
  const above = text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1);
  if (findTimes(above).length < 2) return false;
  return routeBelow(text, end + 1);
}
