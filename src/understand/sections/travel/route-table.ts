/**
 * Transport bookings laid out as a table (bus routings, train tickets): each trip is a transfer of
 * the party. The header names its columns in any of the supported languages; two layouts exist:
 * - one row per trip: "Tur | Dato | Afgang | Fra | Til | Ankomst ca. | Bemærkning";
 * - one row per stop (tickets): "Halt | Datum | Zeit | Gleis | Produkte | Reservierung", where a
 *   train's departure ("ab 08:48") and its arrival ("an 11:29") stand on two rows.
 * The trip's remark or seat reservation is its note; platforms, prices and references are not kept.
 */
import type { Activity, ExtractedSource } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import { findDates, findTimes, normaliseFlightNumber, normaliseText } from '../../normalise/index.js';
import { writtenYearDate } from '../written-year.js';
import { writesYearFirst, yearFirstPair } from '../../normalise/year-first-pair.js';
import { coachItem } from './rail.js';
import { read, type Line } from '../../text/index.js';
import { readerFor, type Reader } from './reader.js';
import { seatRoster } from './seat-roster.js';
import { isCancelledCell } from './rooming-rows.js';
import { isBlankedRow } from '../show-scope.js';

type Role = 'name' | 'number' | 'date' | 'depart' | 'arrive' | 'time' | 'from' | 'to' | 'stop' | 'notes';

/** A ship or ferry column ("Ship", "Fähre", "Fartyg", "Laiva"): a sea crossing is a trip too. */
const SHIP = 'ship|vessel|ferry|boat|schiff|f[äa]hre|boot|fartyg|f[äa]rja|b[åa]t|skip|ferje|ferge|skib|f[æa]rge|laiva|alus|lautta|nave|traghetto|barco|buque|navire|bateau|schip|veerboot';

/** Column labels by role (EN/DE/DA/SV/NO/NL/ES/FR/IT/FI), compared whole, without a trailing "ca."/"approx.". */
const COLUMN: [Role, RegExp][] = [
  // A day sheet's "Item" column names each row's means ("Train – Intercity", "Minibus").
  ['name', new RegExp(`^(?:tur|trip|run|ride|leg|item|fahrt|etappe|train|zug|produkte?|service|servicio|servizio|tog|t[åa]g|tren|treno|trein|bus|reise|resa|viaje|trajet|${SHIP})$`)],
  // A transport sheet's "Type" column names each trip's means ("Navette", "Train"), its "N°" the service's number.
  ['name', /^(?:type|mode|moyen|means|tipo|typ)$/],
  ['number', /^(?:n°|no\.?|nr\.?|num[ée]ro|number|nummer|n[úu]mero)$/],
  ['date', /^(?:date|dato|datum|fecha|data|day|d[ií]a|tag|dag|p[äa]iv[äa](?:m[äa][äa]r[äa])?|pvm)$/],
  ['depart', /^(?:dep(?:\.|arture)?|abfahrt|afgang|avgang|avg[åa]ng|salida|d[ée]part|partenza|vertrek|l[äa]ht[öo]|pick-?up)(?: time| ?tid| ?zeit)?$/],
  ['arrive', /^(?:arr(?:\.|ival)?|eta|ankunft|ankomst|llegada|arriv[ée]e|arrivo|aankomst|saapuminen|perill[äa])(?: time| ?tid| ?zeit)?$/],
  ['time', /^(?:time|zeit|tid|hora|heure|ora|tijd|uhrzeit|kl|klokken|klockan)$/],
  // French sheets head the pick-up place "Prise en charge" (taken in charge), as English writes "Pick-up".
  ['from', /^(?:from|fra|von|fr[åa]n|desde|origen|origin|de|da|van|mist[äa]|(?:lieu de )?prise en charge)$/],
  ['to', /^(?:to|til|till|nach|hasta|destino|destination|[àa]|vers|naar|destinazione|minne|m[äa][äa]r[äa]np[äa][äa])$/],
  ['stop', /^(?:halt|station|stop|bahnhof|h[åa]llplats|stasjon|stationer|estaci[óo]n|gare|stazione)$/],
  ['notes', /^(?:notes?|remarks?|bem[æa]rkning(?:er)?|bemerkung(?:en)?|anmerkung(?:en)?|hinweis|reservierung|reservation|seats?|sitzpl[äa]tze?|pladser|anm[äa]rkning|merknad|observaciones|notas|remarques?|note)$/],
];
const APPROX = /[ \t]*(?:ca\.?|approx\.?|circa|etwa|omkring|ungef[äa]r)$/iu;
/** A table of flights is read as flights, not as transfers. */
const FLIGHT_WORD = /(?<![\p{L}])(?:flight|flug|fly|flyg|vuelo|vol|volo|vlucht)(?![\p{L}])/iu;
/** "ab 08:48" departs, "an 11:29" arrives (and their words in other languages). */
const ARRIVES = /^(?:an|arr\.?|ankomst|llegada|arriv[ée]e|arrivo|aankomst)(?![\p{L}])/iu;
const DEPARTS = /^(?:ab|dep\.?|afgang|avg[åa]ng|salida|d[ée]part|partenza|vertrek)(?![\p{L}])/iu;
/** A cell that says "none": a dash or an empty mark. */
const NONE = /^[-–—/.]*$/;

export interface Cell { text: string; index: number }
type Columns = Partial<Record<Role, number>>;

/** A row's tab cells, empty ones kept: columns are found by position (text/labels.ts's cellsOf drops them). */
export function cellsOf(line: Line): Cell[] {
  const out: Cell[] = [];
  let offset = 0;
  for (const part of line.text.split('\t')) {
    const text = part.trim();
    out.push({ text, index: line.start + offset + part.indexOf(text) });
    offset += part.length + 1;
  }
  return out;
}

function roleOf(label: string): Role | undefined {
  const key = label.toLowerCase().replace(APPROX, '').replace(/[:.]$/, '').trim();
  const role = COLUMN.find(([, re]) => re.test(key))?.[0];
  if (role || !key.includes('/')) return role;
  // A bilingual ticket's label ("Departure / Départ", "Train / Trein"): its parts must name one role ("From / To" names none).
  // A half in a language the list lacks ("Nondik / Desde") leaves the other half to name it.
  const roles = new Set(key.split(/\s*\/\s*/).map((part) => part.replace(APPROX, '').replace(/[:.]$/, '').trim()).map((part) => COLUMN.find(([, re]) => re.test(part))?.[0]).filter((r) => r));
  return roles.size === 1 ? [...roles][0] : undefined;
}

/**
 * A header wrapped onto a second line ("Abfahrt / ⇥ Von / From ⇥ … ⇥ Ankunft" over "Dep. ⇥ ⇥ ⇥ ca. / ETA"):
 * the two lines' cells joined column by column, when the second holds only words.
 */
function wrappedHeader(line: Line, next: Line | undefined): Line | null {
  if (!next || !next.text.includes('\t') || /\d/.test(next.text)) return null;
  const upper = line.text.split('\t'), lower = next.text.split('\t');
  if (lower.length > upper.length) return null;
  return { ...line, text: upper.map((c, i) => [c.trim(), lower[i]?.trim() ?? ''].filter(Boolean).join(' ')).join('\t') };
}

/** The columns of a header row, or null when it is no transport table's header. */
function headerColumns(line: Line): Columns | null {
  const cells = cellsOf(line);
  if (cells.length < 3 || FLIGHT_WORD.test(line.text)) return null;
  const cols: Columns = {};
  cells.forEach((c, i) => {
    const role = roleOf(c.text);
    if (role && cols[role] === undefined) cols[role] = i;
  });
  const perTrip = cols.from !== undefined && cols.to !== undefined && (cols.depart ?? cols.time) !== undefined;
  const perStop = cols.stop !== undefined && (cols.time ?? cols.depart) !== undefined;
  // A ticket's "Train | Departure | Arrival" row: each time cell names its station too ("09:12 Köln Hbf").
  const timedStations = cols.name !== undefined && cols.depart !== undefined && cols.arrive !== undefined && cols.from === undefined && cols.to === undefined;
  return perTrip || perStop || timedStations ? cols : null;
}

interface Table { cols: Columns; rows: Cell[][]; lines: Line[]; header: number }

/** Header rows and the tab rows under them, up to the first line that is no row. */
function tablesIn(lines: Line[]): Table[] {
  const out: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const wrapped = lines[i]!.text.includes('\t') && !headerColumns(lines[i]!) ? wrappedHeader(lines[i]!, lines[i + 1]) : null;
    const cols = headerColumns(wrapped ?? lines[i]!);
    if (!cols) continue;
    const table: Table = { cols, rows: [], lines: [], header: i };
    // The header's wrapped second line is no row (its cells are only joined to the first line's for the labels).
    if (wrapped) i += 1;
    for (let j = i + 1; j < lines.length && (lines[j]!.text.includes('\t') || isBlankedRow(lines[j]!.text)); j++) {
      // A row of another show blanked out of a tour book (show-scope.ts) leaves the table going on.
      if (isBlankedRow(lines[j]!.text)) continue;
      table.rows.push(cellsOf(lines[j]!));
      table.lines.push(lines[j]!);
      i = j;
    }
    if (table.rows.length) out.push({ ...table, cols: { ...table.cols, name: wordedNameColumn(cellsOf(lines[table.header]!), table) } });
  }
  return out;
}

/** "R-204", "T1031": a run's code, letters then digits. */
const RUN_CODE = /^[A-Z]{1,4}[- ]?\d{2,6}[A-Z]?$/;

/**
 * "Run | Service | Date | Time | From | To" over "R-204 | Hotel shuttle | …": two columns name the trip, the first
 * only numbering the runs with codes; the worded one beside it is the trip's name.
 */
function wordedNameColumn(header: Cell[], { cols, rows }: Table): number | undefined {
  const first = cols.name;
  if (first === undefined) return first;
  const filled = (col: number) => rows.map((row) => row[col]?.text ?? '').filter((t) => t && !NONE.test(t));
  const codes = filled(first);
  if (codes.length < 2 || !codes.every((t) => RUN_CODE.test(t))) return first;
  const other = header.findIndex((c, i) => i > first && roleOf(c.text) === 'name' && filled(i).length > 0 && filled(i).every((t) => /\p{Ll}/u.test(t)));
  return other < 0 ? first : other;
}

const cell = (row: Cell[], col: number | undefined): Cell | undefined => {
  const c = col === undefined ? undefined : row[col];
  return c && !NONE.test(c.text) ? c : undefined;
};

class TripBuilder {
  private at<T>(value: T, c: Cell, validated: boolean | null = null) {
    return this.r.at(value, [c.index, c.index + c.text.length], validated, 'pattern');
  }
  text(c: Cell | undefined) {
    const value = c ? normaliseText(c.text) : null;
    return c && value ? this.at(value, c) : undefined;
  }
  /** A year-less day ("Thu 16 Sep") takes its year from the message's date, else the first year the source writes. */
  constructor(private r: Reader, private ref: Date | null = null, private yearFirst = false) {}
  date(c: Cell | undefined) {
    // "06/12" in a paper writing "2027/06/11" is month first (normalise/year-first-pair.ts).
    const pair = c && this.yearFirst && this.ref ? yearFirstPair(c.text, this.ref) : null;
    const d = pair ?? (c ? findDates(c.text, this.ref ?? undefined)[0] : undefined);
    return c && d ? this.r.at(d.value, [c.index + d.index, c.index + d.index + d.length], true, 'pattern') : undefined;
  }
  time(c: Cell | undefined) {
    const t = c ? findTimes(c.text)[0] : undefined;
    return c && t ? this.r.at(t.value, [c.index + t.index, c.index + t.index + t.length], true, 'pattern') : undefined;
  }
  trip(parts: { name?: Cell; date?: Cell; start?: Cell; end?: Cell; from?: Cell; to?: Cell; notes?: Cell }): Draft<Activity> | null {
    const startTime = this.time(parts.start);
    const name = this.text(parts.name) ?? this.r.at('Transfer', null, null, 'inferred');
    if (!startTime) return null;
    const d: Draft<Activity> = { name, kind: this.r.at('transfer', null, null, 'inferred'), startTime };
    const fields = { date: this.date(parts.date), endTime: this.time(parts.end), location: this.text(parts.from), destination: this.text(parts.to), notes: this.text(parts.notes) };
    for (const [k, v] of Object.entries(fields)) if (v) (d as Record<string, unknown>)[k] = v;
    return d;
  }
}

/** "London (LHR) T5": an airport named by its code in brackets. */
const AIRPORT_CELL = /\([A-Z]{3}\)/;
const FLIGHT_NUMBER_AT_END = /(?:^|\s)((?:[A-Z][A-Z0-9]|[0-9][A-Z])[ \u00a0]?\d{1,4})$/;

/** An agency's mixed itinerary row for a flight: a flight number in the row, airports in brackets at both ends. The flights section reads it. */
function isFlightRow(row: Cell[], from: Cell, to: Cell): boolean {
  return AIRPORT_CELL.test(from.text) && AIRPORT_CELL.test(to.text)
    && row.some((c) => !!normaliseFlightNumber(FLIGHT_NUMBER_AT_END.exec(c.text)?.[1] ?? '')?.validated);
}

/**
 * "Thu 9 Oct InterCity 573" in the date column: the service's name, run into the date's cell (a PDF's
 * cells one above the other), is the part after the date; the service column then holds its details.
 */
function nameAfterDate(c: Cell | undefined): Cell | undefined {
  const d = c ? findDates(c.text)[0] : undefined;
  if (!c || !d || d.index > 4) return undefined;
  const rest = c.text.slice(d.index + d.length);
  const name = rest.trim();
  return /^\p{L}[\p{L}.&' -]*\d{1,5}$/u.test(name) ? { text: name, index: c.index + d.index + d.length + rest.indexOf(name) } : undefined;
}

/** A service's own designation: its letters and number ("IC 3527", "ICE 874"), no bare figure. */
const SERVICE = /^\p{Lu}{1,4}[ ]?\d{2,5}$/u;

/**
 * "Train ⇥ TGV 6605": the means and, in the next cell, the service's number name the trip together.
 * "Train ⇥ NS ⇥ IC 3527": a designation further on (past the carrier) names it alone, as printed.
 */
function withNumber(name: Cell | undefined, number: Cell | undefined): Cell | undefined {
  if (!name || !number) return name;
  if (number.index === name.index + name.text.length + 1) return { text: `${name.text} ${number.text}`, index: name.index };
  return SERVICE.test(number.text) ? number : name;
}

/**
 * One trip per row: a row needs its departure time and both ends of the route. Without a date column,
 * the day's date printed above the table ("Date ⇥ Tue 4 May 2027" over a day sheet's travel) dates its rows.
 */
function tripsPerRow(b: TripBuilder, { cols, rows, header }: Table, lines: Line[]): Draft<Activity>[] {
  const above = cols.date === undefined ? dateAbove(b, lines, header) : undefined;
  const routed = (row: Cell[] | undefined) => !!row && !!cell(row, cols.from) && !!cell(row, cols.to);
  return rows.flatMap((row, i) => {
    const from = cell(row, cols.from), to = cell(row, cols.to);
    if (!from || !to || !/\p{L}/u.test(from.text) || !/\p{L}/u.test(to.text) || isFlightRow(row, from, to)) return [];
    // A run whose remark cancels it ("CANCELLED – replaced by the later run") is no trip (rooming-rows.ts).
    if (row.some((c) => isCancelledCell(c.text))) return [];
    const dated = nameAfterDate(cell(row, cols.date));
    // The service's details run into its cell, or stand on a row of their own under the trip ("⇥ ⇥ Reservation: Coach 14 · seats 31, 32").
    const below = rows[i + 1] && !routed(rows[i + 1]) ? rows[i + 1]!.filter((c) => c.text) : [];
    const details = dated ? [cell(row, cols.name)].filter((c) => !!c) : below;
    const coach = details.map((c) => coachItem(c.text, c.index)).find((c) => !!c);
    const trip = b.trip({
      // "Di 08.06.2027 02:15": a departure cell may carry the trip's date when no column gives it.
      name: dated ?? withNumber(cell(row, cols.name), cell(row, cols.number)), date: cell(row, cols.date) ?? (b.date(cell(row, cols.depart)) ? cell(row, cols.depart) : above), start: cell(row, cols.depart ?? cols.time),
      end: cell(row, cols.arrive), from, to,
      notes: cell(row, cols.notes) ?? (coach ? { text: coach.value, index: coach.index } : undefined),
    });
    return trip ? [trip] : [];
  });
}

/** One stop per row: a departure row (with the train) and the next arrival row make one trip. */
function tripsPerStop(b: TripBuilder, { cols, rows }: Table): Draft<Activity>[] {
  const out: Draft<Activity>[] = [];
  const timeCol = cols.time ?? cols.depart;
  const departs = (row: Cell[]) => {
    const t = cell(row, timeCol);
    return !!t && !ARRIVES.test(t.text) && (DEPARTS.test(t.text) || !!cell(row, cols.name));
  };
  rows.forEach((row, i) => {
    if (!departs(row)) return;
    const next = rows[i + 1];
    const arrival = next && !departs(next) ? next : undefined;
    const trip = b.trip({
      name: cell(row, cols.name), date: cell(row, cols.date), start: cell(row, timeCol),
      end: arrival && (cell(arrival, cols.arrive) ?? cell(arrival, timeCol)), from: cell(row, cols.stop),
      to: arrival && cell(arrival, cols.stop), notes: cell(row, cols.notes),
    });
    if (trip) out.push(trip);
  });
  return out;
}

/**
 * "09:12 Köln Hbf Check-in closes 09:07", "12:31 Paris Nord via Liège-Guillemins": a
 * time cell opening with the time and the station; a check-in or boarding remark, a platform and the
 * stations the train calls at ("via …") are no part of the station's name.
 */
const TIMED_STATION = /^((?:[01]?\d|2[0-3]):[0-5]\d)[ \t]+(\p{L}.*)$/u;
const STATION_REMARK = /[ \t,;]+(?:via|check-?in|boarding|gate|platform|track|voie|quai|spoor|perron|gleis|bahnsteig|einstieg|embarquement|enregistrement|inchecken|instappen)(?![\p{L}])/iu;
/** How far above its header a table without a date column may print the travel date ("Travel date ⇥ Sat 14.03.2026"). */
const DATE_LOOK_BACK = 8;

/** The last line within DATE_LOOK_BACK above a table's header that holds a date, as a cell. */
function dateAbove(b: TripBuilder, lines: Line[], header: number): Cell | undefined {
  const line = lines.slice(Math.max(0, header - DATE_LOOK_BACK), header).findLast((l) => b.date({ text: l.text, index: l.start }));
  return line ? { text: line.text, index: line.start } : undefined;
}

function timedStation(c: Cell | undefined): { time: Cell; station: Cell } | undefined {
  const m = c ? TIMED_STATION.exec(c.text) : null;
  if (!c || !m) return undefined;
  const station = m[2]!.slice(0, STATION_REMARK.exec(m[2]!)?.index ?? m[2]!.length).trim();
  const at = c.index + c.text.indexOf(m[2]!);
  return station ? { time: { text: m[1]!, index: c.index }, station: { text: station, index: at } } : undefined;
}

/** One trip per row whose departure and arrival cells each hold a time and a station; the date printed above the table. */
function tripsOfTimedStations(b: TripBuilder, { cols, rows, lines: rowLines, header }: Table, lines: Line[]): Draft<Activity>[] {
  const dateLine = dateAbove(b, lines, header);
  return rows.flatMap((row, i) => {
    const dep = timedStation(cell(row, cols.depart)), arr = timedStation(cell(row, cols.arrive));
    if (!dep || !arr) return [];
    const roster = seatRoster(lines, rowLines[i]!.index + 1);
    const trip = b.trip({
      name: withNumber(cell(row, cols.name), cell(row, cols.number)), date: cell(row, cols.date) ?? dateLine,
      start: dep.time, end: arr.time, from: dep.station, to: arr.station,
      notes: cell(row, cols.notes) ?? (roster ? { text: roster.value, index: roster.index } : undefined),
    });
    return trip ? [trip] : [];
  });
}

/**
 * The trips of a source's transport tables, the lines those tables take, and how many trips a
 * routing (one row per trip, a hire's plan of movements rather than a ticket's stops) gives.
 */
export function routeTables(source: ExtractedSource): { trips: Draft<Activity>[]; lines: Line[]; routed: number } {
  const tables = tablesIn(read(source).lines);
  if (!tables.length) return { trips: [], lines: [], routed: 0 };
  // The year a paper writes is only looked for once it has a table to date (a whole paper's dates are costly).
  const b = new TripBuilder(readerFor(source, 'pattern'), read(source).referenceDate ?? writtenYearDate(source), writesYearFirst(source.text));
  const timed = (t: Table) => t.cols.from === undefined && t.cols.stop === undefined;
  const perTable = tables.map((t) => ({
    routing: t.cols.stop === undefined && !timed(t),
    trips: t.cols.stop !== undefined ? tripsPerStop(b, t) : timed(t) ? tripsOfTimedStations(b, t, read(source).lines) : tripsPerRow(b, t, read(source).lines),
  }));
  return {
    trips: perTable.flatMap((t) => t.trips),
    lines: tables.flatMap((t) => t.lines),
    routed: perTable.filter((t) => t.routing).reduce((n, t) => n + t.trips.length, 0),
  };
}
