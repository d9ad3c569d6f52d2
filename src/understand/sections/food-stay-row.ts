/**
 * A hotel table's row ("Hotel | Address | Check-in | C/I time | Check-out | … | Notes") may note the
 * stay's breakfast ("Breakfast incl. 06:30–09:45"): that is the stay's, read with the hotel, and its
 * check-in time is no meal's time. The food section leaves such rows alone.
 */
import type { Reading } from '../text/index.js';

/** Whether the line [start, end) holds a row of a table with a hotel column and a check-in or check-out column. */
export function onStayRow(reading: Reading, line: { start: number; end: number }): boolean {
  return reading.tables.some((table) => table.keys.includes('hotel') && (table.keys.includes('check_in') || table.keys.includes('check_out'))
    && table.records.some((rec) => rec.all.some((c) => !!c.span && c.span[0] >= line.start && c.span[0] < line.end)));
}
