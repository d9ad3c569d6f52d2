/**
 * The cells of a typed-item export's rows (text/typed-rows.ts) as found values: the rows of given
 * kinds, a cell's text, date and time, each with its span. Shared by the readers of typed rows.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found, type Found } from '../found.js';
import { findDates, findTimes } from '../normalise/index.js';
import { evidenceAt, read, type TableCell } from '../text/index.js';
import { typedRowsOf, type RowKind, type TypedRow } from '../text/typed-rows.js';

/** The typed rows of `kinds` in a source, or null when the source is not a typed-item export. */
export function typedRows(source: ExtractedSource, ...kinds: RowKind[]): TypedRow[] | null {
  const rows = typedRowsOf(read(source));
  return rows ? rows.filter((row) => kinds.includes(row.kind)) : null;
}

export function cellFound(source: ExtractedSource, cell: TableCell, value = cell.value, validated: boolean | null = null): Found<string> {
  const at = cell.span ? cell.span[0] + Math.max(0, cell.value.indexOf(value)) : null;
  return found(value, evidenceAt(source, at === null ? null : [at, at + value.length], 'table', validated));
}

/** A normalised value read from the part of a cell written at `index`, `length`. */
export function cellValue<T>(source: ExtractedSource, cell: TableCell, value: T, index: number, length: number, validated: boolean | null = true): Found<T> {
  const span: [number, number] | null = cell.span ? [cell.span[0] + index, cell.span[0] + index + length] : null;
  return found(value, evidenceAt(source, span, 'table', validated));
}

/** Dates in a typed export carry their year (ISO or dd.mm.yyyy); the reference only fills a missing one. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1));

export function rowDate(source: ExtractedSource, row: TypedRow): Found<string> | undefined {
  const d = row.date ? findDates(row.date.value, NO_REFERENCE)[0] : undefined;
  return d && row.date ? cellValue(source, row.date, d.value, d.index, d.length) : undefined;
}

export function rowTime(source: ExtractedSource, cell: TableCell | undefined, nth = 0): Found<string> | undefined {
  const t = cell ? findTimes(cell.value)[nth] : undefined;
  return t && cell ? cellValue(source, cell, t.value, t.index, t.length) : undefined;
}

// ── schedule ──────────────────────────────────────────────────────────────────────────────────────
