/**
 * A festival's running-order table: one row per act, a stage column and a column per item of the
 * day ("Stage | Artist | Line check | Show"). A document prepared for one act ("Prepared for: X",
 * a greeting, its file's cover) names that act outside the table too: only its row is the show's.
 * Each timed cell of that row is an item, named by its column ("Line check"), the show column by
 * the act, placed on the row's stage. Without such a row the table is other acts' and gives nothing.
 */
import type { ActivityKind, ExtractedSource } from '../../interfaces.js';
import { found, type Found } from '../found.js';
import { findTimes, normaliseText } from '../normalise/index.js';
import { evidenceAt, labelKey, read, type Table, type TableCell, type TableRecord } from '../text/index.js';
import { activityKind } from './activity-kinds.js';
import type { ScheduleItem } from './schedule.js';

/** Columns holding an item's time, and the kind each stands for when its header names none. */
const TIME_COLUMNS = { load_in: 'load_in', soundcheck: 'soundcheck', doors: 'doors', set_time: 'set', curfew: 'curfew' } as const;

/**
 * The table's time columns and the kind each stands for. A festival's bill ("Stage | Time | Act")
 * has one plain time column: each row's time is that act's set.
 */
function timeColumns(table: Table): [string, ActivityKind][] {
  const named = Object.entries(TIME_COLUMNS).filter(([key]) => table.keys.includes(key as never));
  if (named.length) return named;
  const bill = table.keys.includes('stage') && table.keys.includes('time') && !table.keys.includes('schedule_item');
  return bill ? [['time', 'set']] : [];
}

/** A running order's columns; one row is enough, as a festival's shared list is cut down to the act's own rows (show-act-rows.ts). */
function isRunningOrderHeader(table: Table): boolean {
  return table.keys.includes('artist') && timeColumns(table).length > 0;
}

/** The one row whose act the text names outside the table. */
function ownRow(source: ExtractedSource, table: Table): TableRecord | undefined {
  const spans = table.records.flatMap((r) => r.all.map((c) => c.span).filter((s): s is [number, number] => !!s));
  const [from, to] = [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
  const outside = (source.text.slice(0, from) + '\n' + source.text.slice(to)).toLowerCase();
  const named = table.records.filter((r) => {
    const act = r.cells.artist?.value.trim().toLowerCase();
    return act && act.length > 2 && outside.includes(act);
  });
  return named.length === 1 ? named[0] : undefined;
}

function itemOf(source: ExtractedSource, cell: TableCell, kind: ActivityKind, name: TableCell, stage: TableCell | undefined): ScheduleItem | null {
  const times = findTimes(cell.value);
  if (!times.length || !cell.span || !name.span) return null;
  const at = (t: (typeof times)[number]) => found(t.value, evidenceAt(source, [cell.span![0] + t.index, cell.span![0] + t.index + t.length], 'table'));
  const item: ScheduleItem = {
    name: found(normaliseText(name.value)!, evidenceAt(source, name.span, 'table')),
    kind: found(kind, evidenceAt(source, cell.span, 'table')),
    start: at(times[0]!),
  };
  if (times[1]) item.end = at(times[1]);
  if (kind === 'set') item.act = true;
  const place = stage?.span ? normaliseText(stage.value) : undefined;
  if (place) item.location = found(place, evidenceAt(source, stage!.span!, 'table'));
  return item;
}

/**
 * A row of the day in the act column ("— | Doors | | | 17:00"): the item its cell names, at the row's
 * time, in the table that holds the reader's own row.
 */
function dayRowItems(source: ExtractedSource, table: Table): ScheduleItem[] {
  return table.records.flatMap((rec) => {
    const name = rec.cells.artist;
    const kind = name && labelKey(name.value) ? activityKind(name.value) : null;
    if (!kind || kind === 'set' || kind === 'other') return [];
    const cell = timeColumns(table).map(([key]) => rec.cells[key as keyof typeof rec.cells]).find((c) => c && findTimes(c.value).length);
    const item = cell ? itemOf(source, cell, kind, name!, undefined) : null;
    return item ? [item] : [];
  });
}

/**
 * The items of the reader's own row in each running-order table of the source, dated by the day
 * heading above the table (`dateAt`, a festival's line-up printed day by day).
 */
export function runningOrderItems(source: ExtractedSource, dateAt: (offset: number) => Found<string> | undefined = () => undefined): ScheduleItem[] {
  const tables = read(source).tables.filter(isRunningOrderHeader);
  const items = tables.filter((t) => t.records.length >= 1).flatMap((table) => {
    const row = ownRow(source, table);
    if (!row) return [];
    return [...dayRowItems(source, table), ...timeColumns(table).flatMap(([key, fallback]) => {
      const cell = row.cells[key as keyof typeof row.cells];
      if (!cell) return [];
      // The show column is the act's set; another column is named by its header ("Line check").
      const kind = fallback === 'set' ? 'set' : (activityKind(cell.header) ?? fallback);
      const name = kind === 'set' ? row.cells.artist! : { ...cell, value: cell.header, span: headerSpan(source, cell) };
      const item = name.span ? itemOf(source, cell, kind, name, row.cells.stage) : null;
      return item ? [item] : [];
    })];
  });
  // Only a line-up printed day by day is dated by its headings: one table's heading may be anything.
  for (const item of tables.length > 1 ? items : []) {
    const date = item.start.span ? dateAt(item.start.span[0]) : undefined;
    if (date) item.date = date;
  }
  return items;
}

/** Where the column's header is written, the nearest above the row's cell (a pack prints a line-up per day). */
function headerSpan(source: ExtractedSource, cell: TableCell): [number, number] | null {
  const first = cell.span;
  if (!first) return null;
  // A header wrapped at its slash ("Karga-sarrera /" over "Carga", text/wrapped-header.ts) is found by its first line.
  const written = [cell.header, cell.header.replace(/(\/)\s+[^/]*$/, '$1')];
  for (const text of written) {
    const at = source.text.lastIndexOf(text, first[0]);
    if (at >= 0) return [at, at + text.length];
  }
  return null;
}
