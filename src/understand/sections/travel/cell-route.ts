/**
 * A table cell that holds a whole flight ("FA 212 · BFN 07:20 → ELS 08:35" in a shuttle table's flight
 * column): the cell states the route and both times, so they are the flight's, not the row's other cells
 * (the ride's pick-up time, its "ELS Arrivals hall" start) that the segment's block reaches back to. A
 * duration or city read outside the cell is dropped with them (a note below about the ride's length).
 */
import { airportByCode } from '../../../reference/index.js';
import type { Segment } from './segments.js';

const ROUTE = /^[^\t\n]{0,12}?[ \t]*[·•|,:–-]?[ \t]*\b([A-Z]{3})[ \t]+(\d{1,2}[:.]\d{2})[ \t]*(?:→|->|–|—|-|>)[ \t]*([A-Z]{3})[ \t]+(\d{1,2}[:.]\d{2})(?![\d:.])/;

export function withCellRoutes(text: string, segments: Segment[]): void {
  for (const s of segments) {
    const at = s.flightNumber.index;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    // Only in a cell of a tabbed row, after the row's other cells.
    if (!text.slice(lineStart, at).includes('\t')) continue;
    const cellEnd = [text.indexOf('\t', at), text.indexOf('\n', at), text.length].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b));
    const after = at + s.flightNumber.length;
    const m = ROUTE.exec(text.slice(after, cellEnd));
    if (!m || !airportByCode(m[1]!) || !airportByCode(m[3]!) || m[1] === m[3]) continue;
    const pos = (group: number) => after + m.index + m[0].indexOf(m[group]!, group > 1 ? m[0].indexOf(m[group - 1]!) + m[group - 1]!.length : 0);
    s.from = { value: m[1]!, index: pos(1), length: 3 };
    s.departure = { value: m[2]!.replace('.', ':').padStart(5, '0'), index: pos(2), length: m[2]!.length };
    s.to = { value: m[3]!, index: pos(3), length: 3 };
    s.arrival = { value: m[4]!.replace('.', ':').padStart(5, '0'), index: pos(4), length: m[4]!.length };
    const inCell = (h: { index: number } | undefined) => !!h && h.index >= at && h.index < cellEnd;
    if (!inCell(s.fromCity)) delete s.fromCity;
    if (!inCell(s.toCity)) delete s.toCity;
    if (!inCell(s.duration)) delete s.duration;
    // Landing later the same day: any next-day date the block suggested was another row's.
    if (s.arrival.value > s.departure.value) delete s.arrivalDate;
  }
}
