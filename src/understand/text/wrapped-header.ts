/**
 * A bilingual table's column names are often too wide for their cells and wrap at the slash between
 * the two languages ("Karga-sarrera /" over "Carga", "Telefonoa /" over "Teléfono"): the header row's
 * cut cells go on in the row below, which holds nothing else. That row is joined into the header, so
 * the column is named by both halves ("Karga-sarrera / Carga") and the row is no record.
 * A row below that writes a figure, or fills a column whose name did not break off at a slash, is data.
 */
import type { ExtractedSource, ExtractedTable } from '../../interfaces.js';

const CUT_AT_SLASH = /\/\s*$/;

/** Whether `below` only finishes the header's cells cut at a slash (one of them at least). */
function finishesHeader(header: string[], below: string[]): boolean {
  const filled = below.flatMap((c, i) => (c.trim() ? [i] : []));
  if (!filled.length || below.some((c) => /\d/.test(c))) return false;
  return filled.every((i) => CUT_AT_SLASH.test(header[i] ?? ''));
}

/** The table's rows with a header row wrapped at its slashes joined back into one row. */
export function joinWrappedHeader(rows: string[][]): string[][] {
  // The header is among the first rows; a title row may stand above it.
  for (let h = 0; h < Math.min(rows.length - 1, 3); h++) {
    const header = rows[h]!;
    if (header.some((c) => /\d/.test(c)) || !header.some((c) => CUT_AT_SLASH.test(c))) continue;
    const below = rows[h + 1]!;
    if (!finishesHeader(header, below)) continue;
    const joined = header.map((c, i) => (below[i]?.trim() ? `${c.trim()} ${below[i]!.trim()}` : c));
    return [...rows.slice(0, h), joined, ...rows.slice(h + 2)];
  }
  return rows;
}

/** The source with each extracted table's wrapped header joined; the text is left as it is. */
export function withJoinedHeaders(source: ExtractedSource): ExtractedSource {
  let changed = false;
  const tables: ExtractedTable[] = source.tables.map((table) => {
    const rows = joinWrappedHeader(table.rows);
    if (rows === table.rows) return table;
    changed = true;
    return { ...table, rows };
  });
  return changed ? { ...source, tables } : source;
}
