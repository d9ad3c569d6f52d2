/**
 * The head count a meal table's row gives in its own people column ("Guests | 5", "Heads | 11"). Two
 * things beyond the figure:
 *
 *   - a count corrected by hand keeps its old figure beside the new one ("Heads ⇥ 10 12" where the 10
 *     is struck through): the last figure is the count, the struck one is no value;
 *   - a meal table may count its party in meal tickets ("Meal | Time | Where | Tickets"): the tickets
 *     column is the head count when no people column is there.
 */
import type { Reading } from '../text/index.js';
import type { Hit } from './travel/phrases.js';
import { isMealTable } from './meal-column.js';

/** "Tickets", "Meal tickets", "Vouchers": a meal table's column counting the meals handed out. */
const TICKETS_HEADER = /^\s*(?:meal\s+)?(?:tickets?|vouchers?)\s*$/i;

/** "12"; "10 12": a struck figure, then the one written beside it, alone in the cell ("8 (2 vegan)" is one count). */
const COUNT = /^\s*(\d{1,3})(?!\d|[:.,]\d)/;
const CORRECTED = /^\s*\d{1,3}\s+(\d{1,3})\s*$/;

export function countCell(reading: Reading, line: { start: number; end: number }): Hit<number> | undefined {
  for (const table of reading.tables) {
    for (const rec of table.records) {
      const cell = rec.cells.guest_count ?? (isMealTable(table) && !table.keys.includes('guest_count') ? rec.all.find((c) => TICKETS_HEADER.test(c.header)) : undefined);
      if (!cell?.span || cell.span[0] < line.start || cell.span[0] >= line.end) continue;
      const m = CORRECTED.exec(cell.value) ?? COUNT.exec(cell.value);
      if (m) return { value: Number(m[1]), index: cell.span[0] - line.start + m.index + m[0].lastIndexOf(m[1]!), length: m[1]!.length };
    }
  }
  return undefined;
}
