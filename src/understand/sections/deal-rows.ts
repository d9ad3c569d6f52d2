/**
 * A deal table written as label and value rows under a generic header ("Item | Terms", "Punkt |
 * Vereinbarung"): each row is read as the `Label: value` it stands for ("Guarantee | £1,800",
 * "Payment | 50 % deposit on signature"). The table's reading keeps such rows as records of its
 * generic columns, so without this the deal in them would be lost.
 */
import { labelKey, labelKeyByPrefix, leadingLabel, lineAt, type Labelled, type LabelKey, type Reading, type TableRecord } from '../text/index.js';
import { normaliseMoney } from '../normalise/index.js';
import { AMOUNT_FIRST } from './deal-heading.js';

// A notes row counts too: the deal reader keeps it only inside a deal's block ("Withholding tax | 15 % …" under "FEE").
const DEAL_KEYS: ReadonlySet<LabelKey> = new Set(['fee', 'currency', 'deal_type', 'deposit', 'payment_terms', 'notes']);

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
    // The value as the text writes it (a mail's HTML part may print other dashes).
    out.push({ key, label: label.value, value: r.source.text.slice(...value.span), span: value.span, line: r.lines[lineAt(r.lines, value.span[0])]! });
  }
  return out;
}

/** A sentence of a cell after the first ("… cachet fixe. Paiement par virement sous 30 jours"). */
const NEXT_SENTENCE = /(?<=[.;])\s+(?=\p{Lu})/u;

/**
 * A row of an item-per-row export naming the fee in its title ("Fee Marrow Pines", "Cachet X") with
 * the amount opening a later cell ("2 400 € net – flat. Payment by transfer within 14 days"): that
 * cell is the fee's value, and a later sentence in it opened by a deal label is that label's value.
 */
export function feeRows(r: Reading): Labelled[] {
  const out: Labelled[] = [];
  for (const record of r.tables.flatMap((t) => t.records)) {
    const label = record.all.findIndex(isFeeTitle);
    const value = label < 0 ? undefined : record.all.slice(label + 1).find(opensWithMoney);
    if (!value?.span) continue;
    const line = r.lines[lineAt(r.lines, value.span[0])]!;
    out.push({ key: 'fee', label: record.all[label]!.value, value: value.value, span: value.span, line });
    let at = 0;
    for (const sentence of value.value.split(NEXT_SENTENCE)) {
      const start = value.value.indexOf(sentence, at);
      at = start + sentence.length;
      const lead = start > 0 ? leadingLabel(sentence, DEAL_KEYS) : null;
      const text = sentence.replace(/[.;]\s*$/, '');
      if (lead && lead.key !== 'fee') out.push({ key: lead.key, label: sentence.slice(0, lead.length), value: text, span: [value.span[0] + start, value.span[0] + start + text.length], line });
    }
  }
  return out;
}

/** A cell opening with an amount in a currency (not a phone number in the next column). */
const opensWithMoney = (cell: TableRecord['all'][number]): boolean => AMOUNT_FIRST.test(cell.value) && !!normaliseMoney(cell.value, null)?.currency;

/** A short title cell, without figures, that opens with a fee label ("Cachet Fenwick Arcade"), outside the deal's own columns. */
function isFeeTitle(cell: TableRecord['all'][number]): boolean {
  const column = labelKey(cell.header);
  return cell.value.length <= 40 && !/\d/.test(cell.value) && labelKeyByPrefix(cell.value) === 'fee' && !(column && DEAL_KEYS.has(column));
}
