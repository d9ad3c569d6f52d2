/**
 * A festival's shared lists — a rooming list, a shuttle schedule — carry an act column over rows of
 * several acts. Only the import's own act's rows are about its show: the act the import's other
 * documents name (an e-mail's subject, an artist-info sheet's "Act" row) more often than any other act
 * in the column. The other acts' rows are blanked out of the text (spans kept, and tabs, so the rows
 * left stay one table) and left out of the tables; with no act clearly named elsewhere the list is read whole.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { linesOf } from '../text/index.js';
import { keyedTable, mentions } from './show-roster.js';

/** A shared list names at least this many acts; a club's running order of support and headliner does not. */
const MIN_ACTS = 3;
const MIN_COLUMNS = 3;

/** The act of `acts` the other sources name most, if one is named more often than each other act. */
function importAct(acts: string[], source: ExtractedSource, sources: ExtractedSource[]): string | undefined {
  const elsewhere = sources.filter((s) => s !== source).map((s) => `${s.name}\n${s.text}`).join('\n');
  const counts = acts.map((act) => ({ act, n: mentions(elsewhere, act) })).sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 && counts[0]!.n > (counts[1]?.n ?? 0) ? counts[0]!.act : undefined;
}

/** Whether `line` writes the row's non-empty cells in order. */
function writesRow(line: string, row: string[]): boolean {
  let at = 0;
  for (const cell of row.map((c) => c.trim()).filter((c) => c)) {
    const i = line.indexOf(cell, at);
    if (i < 0) return false;
    at = i + cell.length;
  }
  return true;
}

export function ownActRowsOnly(source: ExtractedSource, sources: ExtractedSource[]): ExtractedSource {
  let text = source.text;
  const tables = source.tables.map((table) => {
    // A list's header names several columns; a two-column sheet of labels ("Act | X", "Day | …") is no list.
    const keyed = keyedTable(table.rows, 'artist', (header) => header.filter((c) => c.trim()).length >= MIN_COLUMNS);
    if (!keyed || keyed.names.length < MIN_ACTS) return table;
    const act = importAct(keyed.names, source, sources);
    if (!act) return table;
    const col = table.rows.findIndex((r) => keyed.rows.includes(r));
    const actCol = col < 0 ? -1 : table.rows[col]!.findIndex((c) => keyed.names.includes(c.trim()));
    const others = new Set(keyed.rows.filter((r) => r[actCol]?.trim() !== act));
    const lines = linesOf({ ...source, text });
    for (const row of others) {
      const line = lines.find((l) => l.text.trim() && writesRow(l.text, row));
      if (line) text = text.slice(0, line.start) + line.text.replace(/[^\t]/g, ' ') + text.slice(line.end);
    }
    return { ...table, rows: table.rows.filter((r) => !others.has(r)) };
  });
  return text === source.text && tables.every((t, i) => t === source.tables[i]) ? source : { ...source, text, tables };
}
