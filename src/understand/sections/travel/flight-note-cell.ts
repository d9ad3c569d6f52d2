/**
 * A ride's row that names the flight it meets in a later cell of its own ("1 ⇥ Airport pick-up ⇥
 * 14:20 ⇥ Airport (LIS) ⇥ Hotel X ⇥ Flight XX123 LHR → LIS, arrival 13:35"): that cell states the
 * flight whole, its number, its route and its time. The row's other cells (the pick-up time, the
 * airport it leaves from) are the ride's, so the flight is read from its cell alone.
 */

const ROUTE = /\b[A-Z]{3}[ \t]*(?:→|->|–|>)[ \t]*[A-Z]{3}\b/;
const CLOCK = /\b\d{1,2}[:.h]\d{2}\b/;

/** The bounds of the cell holding the flight number at `at`, when it is a later cell stating its route and a time. */
export function flightNoteCell(text: string, at: number): [number, number] | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const cellStart = text.lastIndexOf('\t', at - 1) + 1;
  if (cellStart <= lineStart) return null;
  const ends = [text.indexOf('\t', at), text.indexOf('\n', at)].filter((i) => i >= 0);
  const cellEnd = ends.length ? Math.min(...ends) : text.length;
  const cell = text.slice(at, cellEnd);
  return ROUTE.test(cell) && CLOCK.test(cell) ? [cellStart, cellEnd] : null;
}
