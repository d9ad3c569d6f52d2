/**
 * A tour book's overview table writes each show's deal across columns of its row:
 *
 *   Date | City | Venue | … | Deal | Payment | Tax / deal notes | Status
 *
 * The row's labelled reading is lost to the table (its line is a record, not "Label: value"), so
 * the Payment cell and a deal-notes cell ("Deal notes", "Tax / deal notes") are read here as the
 * labelled values they stand for. Only a table with one show's deal in it speaks for the show: a
 * book of several shows (not scoped to one, sections/show-scope.ts) names no single deal.
 */
import { labelKey, lineAt, type Labelled, type Reading, type TableRecord } from '../text/index.js';

/** A notes column about the deal or its tax: "Deal notes", "Tax / deal notes", "Tax notes". */
const DEAL_NOTES_HEADER = /^(?:(?:deal|fee|tax|withholding)\b[\s/&+,-]*)+(?:notes?|remarks|comments)\s*$/i;

export function isDealNotesHeader(header: string): boolean {
  return DEAL_NOTES_HEADER.test(header.trim());
}

const hasDeal = (record: TableRecord): boolean => !!(record.cells.fee ?? record.cells.deal_type)?.value.trim();

/** The Payment and deal-notes cells of the one row of a table that holds a deal column, as labelled values. */
export function dealColumns(r: Reading): Labelled[] {
  const out: Labelled[] = [];
  for (const table of r.tables) {
    const withDeal = table.records.filter(hasDeal);
    if (withDeal.length !== 1) continue;
    for (const cell of withDeal[0]!.all) {
      const key = labelKey(cell.header) === 'payment_terms' ? 'payment_terms' : isDealNotesHeader(cell.header) ? 'notes' : null;
      if (!key || !cell.span) continue;
      out.push({ key, label: cell.header, value: r.source.text.slice(...cell.span), span: cell.span, line: r.lines[lineAt(r.lines, cell.span[0])]! });
    }
  }
  return out;
}
