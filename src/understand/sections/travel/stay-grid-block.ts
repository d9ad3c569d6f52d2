/**
 * An advance sheet exported from a spreadsheet lists its blocks under one grid's columns ("Section ⇥ Item
 * ⇥ Date ⇥ Start ⇥ … ⇥ Where / Name ⇥ … ⇥ Notes"): the hotel block opens with the row naming the lodging
 * ("HOTEL ⇥ Name ⇥ ⇥ … ⇥ Harbour Inn"), and each row under it labels one of its details in the item
 * cell, its value in the row's next cell ("Address ⇥ … ⇥ 4 Quay St, Town", "Rooming ⇥ … ⇥ Ann Lee, Bo Ek"),
 * up to the next block's first row (its section cell filled again). Such rows are the stay's own labels.
 */
import { labelKey, lineAt, type Labelled, type Reading, type TableRecord } from '../../text/index.js';

/** Whether the item cell opens the row: no section cell before it, so the row is still in the block. */
const opensWithItem = (rec: TableRecord): boolean => !!rec.cells.schedule_item && rec.all[0] === rec.cells.schedule_item;

/** The labelled details of the grid block whose opening row names `lodging`, with each row's notes cell as its remark. */
export function gridBlockLabels(reading: Reading, lodging: string): { labels: Labelled[]; remarks: Labelled[] } {
  for (const table of reading.tables) {
    const opens = table.records.findIndex((rec) => rec.cells.schedule_item && !opensWithItem(rec)
      && rec.all.some((c) => c !== rec.cells.schedule_item && c.value.trim() === lodging));
    if (opens < 0) continue;
    const labels: Labelled[] = [];
    const remarks: Labelled[] = [];
    for (const rec of table.records.slice(opens + 1)) {
      if (!opensWithItem(rec)) break;
      const item = rec.cells.schedule_item!;
      const key = labelKey(item.value);
      const value = rec.all[1];
      if (!key || !value?.span) continue;
      const line = reading.lines[lineAt(reading.lines, value.span[0])]!;
      labels.push({ key, label: item.value, value: value.value, span: value.span, line });
      const note = rec.cells.notes;
      if (note?.span && note !== value) remarks.push({ key: 'notes', label: note.header, value: note.value, span: note.span, line });
    }
    return { labels, remarks };
  }
  return { labels: [], remarks: [] };
}
