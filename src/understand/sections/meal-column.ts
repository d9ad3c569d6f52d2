/**
 * A table with a meal column ("MEAL | TIME | WHERE | HEADS"): each of its rows is a meal, whatever the
 * row calls it ("Aftershow", "Late"), so the food section reads it and the schedule leaves it alone.
 */
import type { Reading } from '../text/index.js';

type Table = Reading['tables'][number];

/** Whether a table has a meal column beside a time column. */
export function isMealTable(table: Table): boolean {
  return table.keys.includes('meal') && table.keys.includes('time');
}

/** The meal cell of the meal table's row on the line [start, end), when there is one. */
export function mealCellOn(reading: Reading, line: { start: number; end: number }): string | undefined {
  for (const table of reading.tables) {
    if (!isMealTable(table)) continue;
    for (const rec of table.records) {
      const cell = rec.cells.meal;
      if (cell?.span && cell.span[0] >= line.start && cell.span[0] < line.end && /\p{L}/u.test(cell.value)) return cell.value.trim();
    }
  }
  return undefined;
}
