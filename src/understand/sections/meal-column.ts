/**
 * A table with a meal column ("MEAL | TIME | WHERE | HEADS"): each of its rows is a meal, whatever the
 * row calls it ("Aftershow", "Late"), so the food section reads it and the schedule leaves it alone.
 */
import { labelKey, type Reading } from '../text/index.js';

type Table = Reading['tables'][number];

/** Whether a table has a meal column beside a time column. */
export function isMealTable(table: Table): boolean {
  return table.keys.includes('meal') && table.keys.includes('time');
}

/** The meal table's row on the line [start, end), when there is one. */
export function mealRecordOn(reading: Reading, line: { start: number; end: number }): Table['records'][number] | undefined {
  for (const table of reading.tables) {
    if (!isMealTable(table)) continue;
    for (const rec of table.records) {
      const cell = rec.cells.meal;
      if (cell?.span && cell.span[0] >= line.start && cell.span[0] < line.end) return rec;
    }
  }
  return undefined;
}

/** The meal cell of the meal table's row on the line [start, end), when there is one. */
export function mealCellOn(reading: Reading, line: { start: number; end: number }): string | undefined {
  const cell = mealRecordOn(reading, line)?.cells.meal;
  return cell && /\p{L}/u.test(cell.value) ? cell.value.trim() : undefined;
}

/** The dietary cell of the meal table's row on the line ("1 x vegan"): what the party eats, never where. */
export function dietaryCellOn(reading: Reading, line: { start: number; end: number }): string | undefined {
  return mealRecordOn(reading, line)?.cells.dietary?.value.trim();
}

/**
 * A tour book's hospitality sheet heads the row's city ("Date | City | Dinner | Time | Where | Pax |
 * Dietary | Room rider"): the city is no place the meal is served at, and a column after
 * the dietary one (the dressing room's rider) says nothing of the meal. Nor is a festival's act column ("Act | Meal |
 * Time | Pax") where: it says whose meal the row is. The row's city and act cells and, when it has a dietary cell,
 * its cells under unnamed columns after it.
 */
export function notOfTheMeal(reading: Reading, line: { start: number; end: number }): Set<string> {
  const rec = mealRecordOn(reading, line);
  if (!rec) return new Set();
  const dietary = rec.cells.dietary ? rec.all.indexOf(rec.cells.dietary) : -1;
  const after = dietary < 0 ? [] : rec.all.slice(dietary + 1).filter((c) => !labelKey(c.header));
  return new Set([rec.cells.city, rec.cells.artist, ...after].flatMap((c) => (c ? [c.value.trim()] : [])));
}
