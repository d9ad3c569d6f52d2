/**
 * A meal table with a provider column ("Meal | Time | Provider | Room | Pax"): each row's meal is
 * served by the provider its cell names, and is named after it (as "Dinner by X" is). A bilingual
 * header may wrap, its second language on the line under it ("Pembekal /" over "Provider").
 */
import type { Reading, Table } from '../text/index.js';
import { isMealTable } from './meal-column.js';

const PROVIDER_WORD = /^(?:provider|provided by|caterer|catered by|catering by|supplier|vendor|lieferant|traiteur|fournisseur|prestataire|proveedor|fornecedor|fornitore|leverancier|leverandør|leverantör|pembekal|penyedia)$/iu;

/** Whether a header cell, maybe with its wrapped continuation, names the provider in one of its languages. */
function namesProvider(header: string): boolean {
  return header.split('/').some((half) => PROVIDER_WORD.test(half.trim()));
}

/** The header of the table's provider column, or null when it has none. */
function providerHeader(table: Table): string | null {
  const first = table.records[0];
  // A first record with no meal in it is the header's wrapped line.
  const wrapped = first && !first.cells.meal?.value.trim() ? first : null;
  return table.header.find((h) => namesProvider(h) || !!wrapped && namesProvider(`${h} ${wrapped.all.find((c) => c.header === h)?.value ?? ''}`)) ?? null;
}

/** The provider cell of a meal table's row on the line [start, end), when the table has a provider column. */
export function providerCellOn(reading: Reading, line: { start: number; end: number }): { value: string; span: [number, number] } | null {
  for (const table of reading.tables) {
    if (!isMealTable(table)) continue;
    const header = providerHeader(table);
    if (!header) continue;
    for (const rec of table.records) {
      const cell = rec.all.find((c) => c.header === header);
      if (cell?.span && cell.span[0] >= line.start && cell.span[0] < line.end && /\p{L}{2}/u.test(cell.value)) {
        return { value: cell.value.trim(), span: cell.span };
      }
    }
  }
  return null;
}
