/**
 * A deal table written as label and value rows under a generic header ("Item | Terms", "Punkt |
 * Vereinbarung"): each row is read as the `Label: value` it stands for ("Guarantee | £1,800",
 * "Payment | 50 % deposit on signature"). The table's reading keeps such rows as records of its
 * generic columns, so without this the deal in them would be lost.
 */
import { labelKey, lineAt, type Labelled, type LabelKey, type Reading } from '../text/index.js';

const DEAL_KEYS: ReadonlySet<LabelKey> = new Set(['fee', 'currency', 'deal_type', 'deposit', 'payment_terms']);

/** Rows of two cells whose first cell is a deal label, as labelled values. */
export function dealRows(r: Reading): Labelled[] {
  const out: Labelled[] = [];
  for (const record of r.tables.flatMap((t) => t.records)) {
    if (record.all.length !== 2) continue;
    const [label, value] = record.all as [typeof record.all[0], typeof record.all[0]];
    const key = labelKey(label.value);
    const column = labelKey(label.header);
    // The first column must be the labels: under a header that names a deal key, its cells are values.
    if (!key || !DEAL_KEYS.has(key) || !value.span || (column && DEAL_KEYS.has(column))) continue;
    out.push({ key, label: label.value, value: value.value, span: value.span, line: r.lines[lineAt(r.lines, value.span[0])]! });
  }
  return out;
}
