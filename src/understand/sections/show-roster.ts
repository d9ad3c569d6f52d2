/**
 * A table of many acts on many days — an agency's roster or availability sheet, a tour routing of
 * several acts, a venue's season programme — describes no single show: its fee asks, holds, typical
 * door times and agents are nobody's advance. Such a source gives no show data when the table is its
 * body (most of its lines are rows) and nothing singles out one of its acts: the act is named nowhere
 * else in the source, nor in the import's other documents (a festival's line-up sent with "Prepared
 * for: X", or beside an e-mail about X's show, is read as usual).
 */
import type { ExtractedSource } from '../../interfaces.js';
import { findDates } from '../normalise/index.js';
import { cellsOf, foldLabel, labelKey, linesOf, type LabelKey } from '../text/index.js';

/** Rows of a table: the extracted tables, else the text's lines cut into columns (tabs, gaps, pipes). */
export function tablesIn(source: ExtractedSource): string[][][] {
  if (source.tables.length) return source.tables.map((t) => t.rows);
  const runs: string[][][] = [[]];
  for (const line of linesOf(source)) {
    const cells = cellsOf(line).map((c) => c.text);
    if (cells.length >= 3) runs[runs.length - 1]!.push(cells);
    else if (runs[runs.length - 1]!.length) runs.push([]);
  }
  return runs.filter((r) => r.length);
}

/** A table listed by one column: the distinct names in it, its rows, and the days its other cells write. */
export interface KeyedTable {
  names: string[];
  rows: string[][];
  days: Set<string>;
}

/** A row naming at least this many known fields (Date, Start, Phone, …) is a table's header of columns. */
const HEADER_LABELS = 3;

/** Whether `row` is a header of column labels: no figures, and several cells that name known fields. */
function isColumnHeader(row: string[]): boolean {
  return !row.some((c) => /\d/.test(c)) && row.filter((c) => c.trim() && labelKey(c) !== null).length >= HEADER_LABELS;
}

/**
 * The first header (within the first five rows, no figures) with a `key` column that `accept`s, and
 * the rows below it that fill that column and pass `keep`. Below a header of column labels that has no
 * `key` column there is none: an advance sheet headed "Item | Date | Start | Phone" whose row
 * "Band | Artist | … | The Examples" writes a field's label in its Item cell is a row of its body.
 */
export function keyedTable(
  rows: string[][], key: LabelKey,
  accept: (header: string[]) => boolean = () => true, keep: (row: string[], col: number) => boolean = () => true,
): KeyedTable | null {
  // Only the day and month are compared, so any reference year will do.
  const ref = new Date(Date.UTC(2000, 0, 1));
  for (let h = 0; h < Math.min(rows.length, 5); h++) {
    const header = rows[h]!;
    if (header.some((c) => /\d/.test(c))) continue;
    const col = header.findIndex((c) => labelKey(c) === key);
    if (col < 0 && isColumnHeader(header)) return null;
    if (col < 0 || !accept(header)) continue;
    const body = rows.slice(h + 1).filter((r) => r[col]?.trim() && keep(r, col));
    const days = new Set(body.flatMap((r) => r.filter((_, i) => i !== col).flatMap((c) => findDates(c, ref).map((d) => d.value))));
    return { names: [...new Set(body.map((r) => r[col]!.trim()))], rows: body, days };
  }
  return null;
}

interface Roster {
  acts: string[];
  rows: number;
}

/** An act column over rows of at least three acts on three days. */
function rosterOf(rows: string[][]): Roster | null {
  const table = keyedTable(rows, 'artist');
  return table && table.names.length >= 3 && table.days.size >= 3 ? { acts: table.names, rows: table.rows.length } : null;
}

/** How often `name` is written in `text`, as whole words, compared folded. */
export function mentions(text: string, name: string): number {
  const folded = ` ${foldLabel(text)} `;
  const needle = ` ${foldLabel(name)} `;
  if (needle.trim().length < 3) return 0;
  return folded.split(needle).length - 1;
}

/** True when the source is a roster of many acts' dates that names none of them on its own. */
export function isRoster(source: ExtractedSource, sources: ExtractedSource[]): boolean {
  const lines = linesOf(source).filter((l) => l.text.trim()).length;
  const others = sources.filter((s) => s !== source).map((s) => s.text).join('\n');
  return tablesIn(source).some((rows) => {
    const roster = rosterOf(rows);
    if (!roster || roster.rows * 2 < lines) return false;
    const rowsWith = (act: string) => rows.filter((r) => r.some((c) => mentions(c, act))).length;
    return roster.acts.every((act) => mentions(source.text, act) <= rowsWith(act) && !mentions(others, act));
  });
}
