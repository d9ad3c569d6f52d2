/**
 * One typed-item export, several shows: a tour app's itinerary of a run (text/typed-rows.ts) holds
 * each show day's load-in, soundcheck, doors and curfew rows, at one venue per day. The import is
 * about one show, and with nothing naming another it is the run's first: its rows and the travel
 * before it stay. On the next show's day only the way out of the first show stays — the check-out of
 * the stay and the first leg of travel; that day's other rows and every later day's go with the next
 * show (blanked, so offsets still point into the source, and dropped from the tables). Undated rows
 * speak for the whole run and stay.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { cellsOf, foldLabel, linesOf, read } from '../text/index.js';
import { typedRowsOf, type TypedRow } from '../text/typed-rows.js';
import { activityKind } from './activity-kinds.js';
import { daysIn } from './show-blocks.js';
import { checkOutHotel } from './typed-stay.js';

/** Only the day and month are compared, so any reference year will do. */
const REF = new Date(Date.UTC(2000, 0, 1));

/** The moments only a show day has. */
const SHOW_MOMENTS = new Set(['soundcheck', 'doors', 'curfew']);
/** A leg of travel by its type word (a train or ferry has no row kind of its own). */
const TRAVEL_TYPE = /\b(?:flight|flug|flyg|vuelo|vol|train|rail|zug|tag|tren|trein|ferry|fahre|farja|bus|coach|ground|transfer|drive|van|car|taxi)\b/;

/** A typed row's own cells (date, type, title), each to be found among a table row's or a text line's cells. */
const ownCells = (row: TypedRow) => [row.date, row.type, row.time, row.title].flatMap((c) => (c?.value.trim() ? [c.value.trim()] : []));
const isRow = (own: string[], cells: string[]) => own.every((c) => cells.some((x) => x.trim() === c));

/** The days a date cell writes, as "MM-DD" (a run within weeks; one over the turn of the year is rare). */
const dayOf = (text: string | undefined) => (text ? [...new Set(daysIn(text, REF))] : []);

export function firstShowRowsOnly(source: ExtractedSource): ExtractedSource {
  const rows = typedRowsOf(read(source));
  if (!rows) return source;
  // Show days: a soundcheck, doors or curfew row, each day at its own venue.
  const venues = new Map<string, Set<string>>();
  for (const row of rows) {
    const day = dayOf(row.date?.value);
    if (day.length !== 1 || !row.title || !SHOW_MOMENTS.has(activityKind(row.title.value) ?? '')) continue;
    const at = venues.get(day[0]!) ?? new Set<string>();
    if (row.location?.value.trim()) at.add(foldLabel(row.location.value).split(' ')[0]!);
    venues.set(day[0]!, at);
  }
  const days = [...venues.keys()].sort();
  if (days.length < 2) return source;
  const [first, next] = [days[0]!, days[1]!];
  // The same venue on both days is one engagement over two nights, not two shows.
  if ([...venues.get(first)!].some((v) => venues.get(next)!.has(v)) || !venues.get(next)!.size) return source;
  const dropped: string[][] = [];
  let leftBy = false;
  for (const row of rows) {
    const day = dayOf(row.date?.value);
    if (day.length !== 1) continue;
    // The first show's day and the days around it, before the next show's, stay.
    if (day[0]! < next) continue;
    const travel = row.kind === 'flight' || row.kind === 'transfer' || TRAVEL_TYPE.test(foldLabel(row.type.value));
    if (day[0] === next && row.kind === 'hotel' && checkOutHotel(row.title?.value ?? '')) continue;
    if (day[0] === next && travel && !leftBy) {
      leftBy = true;
      continue;
    }
    dropped.push(ownCells(row));
  }
  if (!dropped.length) return source;
  const gone = (cells: string[]) => dropped.some((own) => isRow(own, cells));
  let text = source.text;
  for (const line of linesOf(source)) {
    if (!gone(cellsOf(line).map((c) => c.text))) continue;
    text = text.slice(0, line.start) + ' '.repeat(line.end - line.start) + text.slice(line.end);
  }
  const tables = source.tables.map((t) => ({ ...t, rows: t.rows.filter((r) => !gone(r)) }));
  return { ...source, text, tables };
}
