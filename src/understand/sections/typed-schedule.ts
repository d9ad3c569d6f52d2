/**
 * The items of the day in a typed-item export: a row typed as a schedule item or a transfer is one,
 * its kind from the type word (else the title); in its details "Until 18:00" is the end, "30 min" the
 * length, "A → B" the route, anything else the notes. Below the schedule, which asks it first.
 */
import type { ActivityKind, ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { normaliseDuration, normaliseText, normaliseTime } from '../normalise/index.js';
import { evidenceAt, type TableCell } from '../text/index.js';
import type { TypedRow } from '../text/typed-rows.js';
import { activityKind, ROUTE } from './activity-kinds.js';
import type { ScheduleItem } from './schedule.js';
import { cellFound, cellValue, rowDate, rowTime, typedRows } from './typed-cells.js';

const SUPPORT_SLOT = /^(?:support|opener|opening act|vorband|vorprogramm|förband|telonero|première partie|1re partie|voorprogramma)\s*:\s*(\p{Lu}.*)$/iu;
const UNTIL = /^(?:until|till|to|bis|hasta|jusqu['’]?(?:à|a)|tot|fino alle|[-–])\s*(\d{1,2}[:.h]\d{2})\s*(?:uhr|h)?\.?$/i;
/** A ride's details opening with its arrival ("Arr 13:41 · Coach 3"): the end, the rest a note. */
const ARRIVAL_LEAD = /^(?:arr(?:ival|ives?)?|an(?:kunft)?|ankomst|llegada|arriv[ée]e|aankomst)\.?:?\s*(\d{1,2}[:.h]\d{2})\s*(?:[·|,;]\s*)?/i;
const LENGTH_ONLY = /^\d{1,3}\s*(?:min\w*|h(?:ours?|rs?)?)\.?$/i;

function scheduleKind(row: TypedRow): ActivityKind | null {
  if (row.kind === 'transfer') return 'transfer';
  const own = activityKind(row.type.value);
  const titled = row.title ? activityKind(row.title.value) : null;
  // "Show" as the type of every show-day row (load-in, soundcheck, doors, curfew): the title names the moment.
  if (own === 'set' && titled && titled !== 'other') return titled;
  if (own && own !== 'other') return own;
  return row.title ? titled ?? 'other' : own;
}

/** A details cell: a length, an end ("Until 18:00"), a route, else a note. */
function readScheduleDetails(source: ExtractedSource, cell: TableCell, item: ScheduleItem): void {
  const text = normaliseText(cell.value);
  if (!text) return;
  const arrival = item.kind.value === 'transfer' && !item.end ? ARRIVAL_LEAD.exec(text) : null;
  if (arrival) {
    item.end = cellValue(source, cell, normaliseTime(arrival[1]!) ?? arrival[1]!, cell.value.indexOf(arrival[1]!), arrival[1]!.length);
    const rest = text.slice(arrival[0].length).trim();
    if (rest) item.notes = cellFound(source, cell, rest);
    return;
  }
  const until = UNTIL.exec(text);
  const route = ROUTE.exec(text);
  if (LENGTH_ONLY.test(text)) {
    const minutes = normaliseDuration(text);
    if (minutes) item.lengthMinutes = cellValue(source, cell, minutes, 0, cell.value.length);
  } else if (until && !item.end) item.end = rowTime(source, cell);
  else if (route && !item.location) readPlace(source, cell, item);
  else item.notes = cellFound(source, cell, text);
}

/** A place cell: "A → B" is where a ride goes from and to, anything else where the item is. */
function readPlace(source: ExtractedSource, cell: TableCell, item: ScheduleItem): void {
  const route = ROUTE.exec(cell.value);
  item.location = cellFound(source, cell, route ? route[1]! : cell.value);
  if (route) item.destination = cellFound(source, cell, route[2]!);
}

/** The day's timed items among a typed export's rows (load-in, soundcheck, press, doors, sets, transfers…); null for another source. */
export function typedScheduleItems(source: ExtractedSource): ScheduleItem[] | null {
  const rows = typedRows(source, 'schedule', 'transfer');
  if (!rows) return null;
  const items: ScheduleItem[] = [];
  for (const row of rows) {
    const start = rowTime(source, row.time);
    const kind = scheduleKind(row);
    if (!start || !kind || !row.title) continue;
    const slot = kind === 'set' ? SUPPORT_SLOT.exec(row.title.value) : null;
    const item: ScheduleItem = {
      name: cellFound(source, row.title, slot ? slot[1]!.trim() : row.title.value),
      kind: found(kind, evidenceAt(source, row.type.span, 'table')),
      start,
    };
    if (slot) item.support = true;
    // A set titled by no word for a set ("The Marrow Pines", not "Show") is named by its act.
    else if (kind === 'set' && activityKind(row.title.value) === 'other') item.act = true;
    const end = rowTime(source, row.time, 1) ?? rowTime(source, row.end);
    if (end) item.end = end;
    if (row.location) readPlace(source, row.location, item);
    const date = rowDate(source, row);
    if (date) item.date = date;
    if (row.details) readScheduleDetails(source, row.details, item);
    items.push(item);
  }
  return items;
}

// ── hotels ────────────────────────────────────────────────────────────────────────────────────────
