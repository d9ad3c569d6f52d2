/**
 * A festival's shared lists — a rooming list, a shuttle schedule — carry an act column over rows of
 * several acts. Only the import's own act's rows are about its show: the act the import's other
 * documents name (an e-mail's subject, an artist-info sheet's "Act" row) more often than any other act
 * in the column. The other acts' rows are blanked out of the text (spans kept, and tabs, so the rows
 * left stay one table) and left out of the tables; with no act clearly named elsewhere the list is read whole.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { labelKey, linesOf } from '../text/index.js';
import { keyedTable, mentions, type KeyedTable } from './show-roster.js';

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

/**
 * A festival's artist pack sent to one act names that act outside its lists too (the covering letter,
 * "your rows are marked Harbour …", a day sheet's "Artist | X" row above the day's timetable): the act of
 * `acts` the source writes more often outside the lists' `rows` than any other, when the other documents
 * name none.
 */
function ownNamedAct(acts: string[], source: ExtractedSource, rows: string[][]): string | undefined {
  const outside = (act: string) => mentions(source.text, act) - rows.filter((r) => r.some((c) => mentions(c, act))).length;
  const counts = acts.map((act) => ({ act, n: outside(act) })).sort((a, b) => b.n - a.n);
  return counts[0] && counts[0].n > 0 && counts[0].n > (counts[1]?.n ?? 0) ? counts[0].act : undefined;
}

/** Whether a row's act cell lists `act` ("X, Y" shares a ride between two acts). */
const lists = (cell: string | undefined, act: string): boolean => !!cell && (cell.trim() === act || mentions(cell, act) > 0);

/** A row whose act cell is a known label ("Doors") is the day's, not another act's: it stays with the day's table. */
const isDayRow = (cell: string | undefined): boolean => !!cell && labelKey(cell.trim()) !== null;

/** A list's header names several columns; a two-column sheet of labels ("Act | X", "Day | …") is no list. */
const isListHeader = (row: string[]): boolean =>
  row.filter((c) => c.trim()).length >= MIN_COLUMNS && !row.some((c) => /\d/.test(c)) && row.some((c) => labelKey(c) === 'artist');

/**
 * The act list of a sheet: headed in its first rows, or further down under a block of the day's facts
 * ("Artist | X", "Stage | Y", a title) that a day sheet writes above its timetable.
 */
function actListOf(rows: string[][]): KeyedTable | null {
  const keyedOf = (from: string[][]) => keyedTable(from, 'artist', isListHeader);
  const header = rows.findIndex(isListHeader);
  const keyed = keyedOf(rows) ?? (header < 0 ? null : keyedOf(rows.slice(header)));
  return keyed && keyed.names.length >= MIN_ACTS ? keyed : null;
}

export function ownActRowsOnly(source: ExtractedSource, sources: ExtractedSource[]): ExtractedSource {
  let text = source.text;
  const actLists = source.tables.map((table) => actListOf(table.rows));
  const ownAct = ownNamedAct([...new Set(actLists.flatMap((k) => k?.names ?? []))], source, actLists.flatMap((k) => k?.rows ?? []));
  const tables = source.tables.map((table, t) => {
    const keyed = actLists[t];
    if (!keyed) return table;
    const act = importAct(keyed.names, source, sources) ?? ownAct;
    if (!act) return table;
    const col = table.rows.findIndex((r) => keyed.rows.includes(r));
    const actCol = col < 0 ? -1 : table.rows[col]!.findIndex((c) => keyed.names.includes(c.trim()));
    const listed = keyed.rows.some((r) => lists(r[actCol], act));
    // Another day's line-up, or another act's press slots, in a pack whose other list names the act.
    const elsewhere = !listed && act === ownAct && actLists.some((k, i) => i !== t && k?.rows.some((r) => r.some((c) => lists(c, act))));
    if (!listed && !elsewhere) return table;
    const others = new Set(keyed.rows.filter((r) => elsewhere || (!lists(r[actCol], act) && !isDayRow(r[actCol]))));
    const lines = linesOf({ ...source, text });
    for (const row of others) {
      const line = lines.find((l) => l.text.trim() && writesRow(l.text, row));
      if (line) text = text.slice(0, line.start) + line.text.replace(/[^\t]/g, ' ') + text.slice(line.end);
    }
    return { ...table, rows: table.rows.filter((r) => !others.has(r)) };
  });
  return text === source.text && tables.every((t, i) => t === source.tables[i]) ? source : { ...source, text, tables };
}
