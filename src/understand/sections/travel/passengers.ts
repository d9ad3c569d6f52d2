/**
 * Passengers of a booking, read around their e-ticket numbers (3-digit airline prefix + 10 digits):
 * the person's name is written before the number (after the previous passenger), the seats after it,
 * one per segment in order ("14C / 22A", "seats 21A/19C"). A name wrapped onto the next line of a
 * printed table ("Mr Tobias" … "Rahm") is joined back. Seats not written beside a passenger may be on
 * the segment's own seat line (segmentSeats). Without tickets, a seat table: a header
 * headed by a passenger word ("PASSENGERS  OUT  BACK"), then one row per person with a seat per segment.
 */
import { foldText } from '../../../reference/index.js';
import { normaliseFlightNumber, normalisePersonName, normaliseSeat, normaliseTicketNumber } from '../../normalise/index.js';
import type { Hit } from './phrases.js';
import { seatsUnderFlightColumns } from './flight-seat-columns.js';
import { currentSeats } from './superseded-lines.js';
import { routeSeats } from './route-seats.js';
import { nameUnderNameColumn } from './ticket-name-column.js';
import { splitRunOnSeat, STRAY_LINES, withoutPassengerType } from './printed-seat-table.js';

export interface PassengerHits {
  name?: Hit<string>;
  ticket?: Hit<string>;
  seats: Hit<string>[];
  /** Seats written beside their flight's number ("Seats: DL 1183 - 14A | DL 2406 - 22B"), by normalised flight number. */
  seatsByFlight?: Map<string, Hit<string>>;
}

/** "EMD 105-…", "EMD no.: …": an electronic miscellaneous document, not a ticket. */
const MISC_DOCUMENT = /\bEMD\b[ \t]*(?:no\.?|number|#)?[ \t:]*$/i;
/** "0822387741025", "082-2387741025", GDS style "390 2417 889201", grouped "390 2417 889 201". */
const TICKET = /(?<![\d-])(\d{3})[- ]?(\d{4}) ?(\d{3} ?\d{3})(?![\d])/g;
const SEAT = /\b0?(\d{1,2}[A-K])\b/g;
export const SEAT_WORD = String.raw`(?:seats?|sitz(?:platz|e)?|sittplats(?:er)?|plats(?:er)?|pladser|plads|plass(?:er)?|sæder?|asientos?|si[èe]ges?|places?|stoel(?:en)?|zitplaats(?:en)?)`;
/** A seat word in a header's cell ("Seat out", "SEAT WAS"). */
const SEAT_HEADING = new RegExp(String.raw`\b${SEAT_WORD}\b`, 'i');
/** The seats right after a ticket ("14C / 22A", "seats 21A/19C"), a seat maybe with its leg in brackets: "14C (aller) / 9A (retour)". */
const SEAT_RUN = new RegExp(String.raw`^[\s,:;/-]*(?:${SEAT_WORD}\s*:?\s*)?(?:\d{1,2}[A-K]\b(?:\s*\(\p{L}{2,12}\))?[\s/,]*(?:and\s+|und\s+|och\s+|y\s+|et\s+)?)*`, 'iu');
/** Words around a ticket that name no one: the ticket's labels, a passenger-type cell ("Adult", "CHD"). */
const NOISE = /\b(?:e-?tickets?(?:\s+(?:number|no\.?))?|tickets?(?:\s+(?:number|no\.?))?|(?:e-?)?ticketnummer|etkt|tkt|adults?|child(?:ren)?|infants?|youth|ADT|CHD|INF|erwachsene[rn]?|vuxen|adultos?|adultes?|volwassenen?|biljett(?:nummer)?|billetes?|billets?|seats?|passengers?|passagiere?|passagerare)\b[:#]?/gi;

/** An agency's fee row ("Agency service fee (per ticket)  890…"): its document number is no passenger's ticket. */
const FEE_LABEL = /\b(?:service|agency|booking|handling|transaction)[ \t]+fees?\b/i;

function isFeeDocument(text: string, lineStart: number, at: number): boolean {
  let label = text.slice(lineStart, at);
  // A label wrapped in its cell ("Agency service fee (per" over "ticket, air)  890…") starts on the line above.
  if (/^[^(]*\)/.test(label) && lineStart > 0) label = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, at);
  return FEE_LABEL.test(label);
}

/** A seat written beside one person's name ("Ida Berg (seat 7F)", "Ida Berg, Sitzplatz 07F"): where it is in `text`. */
export function seatBesideName(text: string): Hit<string> | undefined {
  const m = new RegExp(String.raw`\b${SEAT_WORD}\s*:?\s*0?(\d{1,2}[A-K])\b`, 'i').exec(text);
  const seat = m ? normaliseSeat(m[1]!) : null;
  return m && seat ? { value: seat, index: m.index + m[0].length - m[1]!.length, length: m[1]!.length } : undefined;
}

export function passengersIn(text: string): PassengerHits[] {
  const out: PassengerHits[] = [];
  const tickets = [...text.matchAll(TICKET)];
  let floor = 0;
  let headed: SeatHeadings | undefined;
  tickets.forEach((m, i) => {
    const ticket = normaliseTicketNumber(m[0]);
    // An EMD (a paid extra bag or seat) has a ticket's shape but no passenger of its own.
    if (!ticket || MISC_DOCUMENT.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (isFeeDocument(text, lineStart, m.index)) return;
    const from = Math.max(lineStart, floor);
    const before = text.slice(from, m.index);
    // A numbered list ("1. M. Arnaud Lefebvre") puts the number before the name. A part opening with
    // a slash is a bilingual label's other half ("Ticket No / Номер билета"), not a name.
    // A reply's quote markers ("> > Ana Lee — 555-…") are no part of the name.
    const parts = before.replace(NOISE, ' ').replace(/^[ \t]*(?:>[ \t]*)+/, '').replace(/^\s*\d{1,2}(?:\.\d{1,2}|[.)])\s+/, '').split(/[\t(),;:|·•]| {2,}/);
    // "Name ⇥ Role ⇥ Ticket": the cell under the header's name column, not the role before the ticket (ticket-name-column.ts).
    const column = nameUnderNameColumn(text, lineStart);
    const named = parts.map((p) => p.trim()).filter((p) => /\p{L}{2,}/u.test(p) && !p.startsWith('/'));
    // A name in the airlines' SURNAME/GIVEN form is the person's; a note after it ("TSA PreCheck on file") is not.
    const raw = column && column.index >= from ? column.value : named.find((p) => SLASH_NAME.test(p)) ?? named.pop();
    let name: Hit<string> | undefined;
    if (raw) {
      let written = raw;
      const lineEnd = text.indexOf('\n', m.index);
      const nextLine = lineEnd < 0 ? '' : text.slice(lineEnd + 1, text.indexOf('\n', lineEnd + 1) < 0 ? undefined : text.indexOf('\n', lineEnd + 1));
      const wrapped = /^([\p{Lu}][\p{L}'-]+)(?:\t|$)/u.exec(nextLine);
      if (wrapped && !TICKET.test(nextLine) && written.split(/\s+/).length < 3) written = `${written} ${wrapped[1]}`;
      TICKET.lastIndex = 0;
      const value = normalisePersonName(written);
      if (value) name = { value, index: from + before.lastIndexOf(raw), length: raw.length };
    }
    const end = m.index + m[0].length;
    const nextTicket = tickets[i + 1]?.index ?? text.length;
    const lineEnd = text.indexOf('\n', end);
    const stop = Math.min(nextTicket, lineEnd < 0 ? text.length : lineEnd);
    const after = text.slice(end, stop);
    // Seats come right after the ticket; a name or a long word ends them.
    const seatRun = SEAT_RUN.exec(after)?.[0] ?? '';
    const seats: Hit<string>[] = [];
    for (const s of seatRun.matchAll(SEAT)) {
      const seat = normaliseSeat(s[1]!);
      if (seat) seats.push({ value: seat, index: end + s.index, length: s[0].length });
    }
    // A table row may put the seat's cell before the ticket's ("Ana Lee\t24A\t347-…").
    if (!seats.length) {
      const cell = /(?:^|\t| {2,})0?(\d{1,2}[A-K])[ \t]+$/.exec(before);
      const seat = cell ? normaliseSeat(cell[1]!) : null;
      if (cell && seat) seats.push({ value: seat, index: from + cell.index + cell[0].indexOf(cell[1]!), length: cell[1]!.length });
    }
    name ??= nameHeadingAbove(text, lineStart, floor);
    floor = end + seatRun.length;
    let seatsByFlight = flightSeats(text.slice(end, nextTicket), end);
    // An app's card writes each seat after its leg's route ("PDX - SLC Seat 14A"): on its lines before the next card's name.
    if (!seatsByFlight.size) seatsByFlight = routeSeats(text.slice(end, nextTicket), end);
    // A table with a column per flight: its cells say which seat is on which flight (travel/flight-seat-columns.ts).
    const columns = seatsByFlight.size ? null : seatsUnderFlightColumns(text, lineStart);
    if (columns) { seatsByFlight = columns; seats.length = 0; }
    // A schedule change's table may keep the old seat beside the new ("SEAT WAS  SEAT NOW").
    headed = { rowStart: lineStart, cells: seatHeadingsAbove(text, lineStart, headed) };
    const booked = currentSeats(headed.cells, seats);
    out.push({ name, ticket: { value: ticket, index: m.index, length: m[0].length }, seats: booked, ...(seatsByFlight.size ? { seatsByFlight } : {}) });
  });
  return out;
}

/** The seat cells of the header over the ticket row starting at `rowStart`. */
interface SeatHeadings { rowStart: number; cells: string[] }

/**
 * The seat cells of the header over a table of ticket rows: the first line above the rows that holds
 * no ticket. Climbing up to the row read before (`above`, its table's) gives that row's header.
 */
function seatHeadingsAbove(text: string, rowStart: number, above: SeatHeadings | undefined): string[] {
  let end = rowStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (above && start <= above.rowStart) return above.cells;
    const line = text.slice(start, end);
    TICKET.lastIndex = 0;
    if (!TICKET.test(line)) return line.trim().split(COLUMNS).filter((c) => SEAT_HEADING.test(c));
    end = start - 1;
  }
  return [];
}

/**
 * A passenger card puts the name alone on the line heading it ("ELENA MOSS") over labelled lines
 * (loyalty number, "eTicket #: …") indented under it: the ticket's line names nobody, so its name is
 * the first unindented line above (at most three lines, none past the previous ticket), when that
 * line is a name and nothing else.
 */
function nameHeadingAbove(text: string, lineStart: number, floor: number): Hit<string> | undefined {
  // The card's details are indented under its name: an unindented ticket line heads nothing, unless
  // OCR lost the indent and the line right above is the name alone in capitals ("ROSA QUINLAN").
  if (!/^[ \t]/.test(text.slice(lineStart, lineStart + 1))) return capitalNameRightAbove(text, lineStart, floor);
  let end = lineStart - 1;
  for (let k = 0; k < 3 && end > floor; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (start < floor) break;
    const line = text.slice(start, end);
    const raw = line.trim();
    if (!raw) break;
    if (/^[ \t]/.test(line)) { end = start - 1; continue; }
    if (!/[:#\d]/.test(raw) && /^\p{L}[\p{L}'.-]*(?:[ ]\p{L}[\p{L}'.-]*){1,3}$/u.test(raw)) {
      const value = normalisePersonName(raw);
      return value ? { value, index: start + line.indexOf(raw), length: raw.length } : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** The line right above `lineStart` when it is a name alone in capitals (two to four words). */
function capitalNameRightAbove(text: string, lineStart: number, floor: number): Hit<string> | undefined {
  const start = text.lastIndexOf('\n', lineStart - 2) + 1;
  if (lineStart === 0 || start < floor) return undefined;
  const line = text.slice(start, lineStart - 1);
  const raw = line.trim();
  if (!/^\p{Lu}[\p{Lu}'.-]+(?:[ ]\p{Lu}[\p{Lu}'.-]+){1,3}$/u.test(raw)) return undefined;
  const value = normalisePersonName(raw);
  return value ? { value, index: start + line.indexOf(raw), length: raw.length } : undefined;
}

/** A seat label opening a line ("Seats: …", "Sitzplatz …"). */
const SEAT_LABEL = new RegExp(String.raw`^\s*${SEAT_WORD}\b`, 'i');
const FLIGHT_SEAT = /\b([A-Z][A-Z0-9]|[0-9][A-Z])[ \u00a0]?(\d{1,4})(?:[ \t]*[-–:][ \t]*|[ \t]+)0?(\d{1,2}[A-K])\b/g;

/**
 * Seats paired with their flight's number on a seat-labelled line ("Seats: DL 1183 - 14A | DL 2406 - 22B", or with a
 * space only: "Seats: LH 2210 14C / LH 2211 not selected").
 */
function flightSeats(block: string, offset: number): Map<string, Hit<string>> {
  const out = new Map<string, Hit<string>>();
  for (const line of block.split('\n').reduce<{ text: string; at: number }[]>((acc, t) => {
    acc.push({ text: t, at: acc.length ? acc[acc.length - 1]!.at + acc[acc.length - 1]!.text.length + 1 : 0 });
    return acc;
  }, [])) {
    if (!SEAT_LABEL.test(line.text)) continue;
    // "SEATS XY 643: 14A 14B 14C" lists the whole party's seats on one flight (seatsOnFlightLine), not one passenger's.
    // A flight's designator may look like a seat ("9F 123 - 12A"): only seats outside the flight numbers count.
    const pairs = [...line.text.matchAll(FLIGHT_SEAT)];
    const seatsOnly = pairs.reduce((t, m) => t.slice(0, m.index) + ' '.repeat(m[0].length - m[3]!.length) + t.slice(m.index + m[0].length - m[3]!.length), line.text);
    if ([...seatsOnly.matchAll(SEAT)].length > pairs.length) continue;
    for (const m of pairs) {
      const fn = normaliseFlightNumber(`${m[1]}${m[2]}`);
      const seat = normaliseSeat(m[3]!);
      if (fn?.validated && seat) out.set(fn.value, { value: seat, index: offset + line.at + m.index + m[0].length - m[3]!.length, length: m[3]!.length });
    }
  }
  return out;
}

const PASSENGER_HEADER = /^(?:passengers?|passagiere?|passagerare|resenärer|reisende|pasajeros?|passagers?|passageiros?|name|namn|nombre|nom|naam)$/i;
const COLUMNS = /\t+| {2,}/;

/**
 * Rows of a seat table: each a person's name and one seat per segment, in the header's column order.
 * When some columns are headed by a seat word ("Seat out", "Stoel terugvlucht"), only those hold
 * seats: the others (baggage, meals) are left alone. A printed page's stray lines between rows, a
 * name run into its seat and a header repeated after a page break are read through (travel/printed-seat-table.ts).
 */
export function seatTable(text: string): PassengerHits[] {
  const out: PassengerHits[] = [];
  let seatColumns: number[] | null = null;
  // Once the table has ended, only its own header repeated (a page break) opens it again.
  let header: string | null = null;
  let ended = false;
  const lines = text.split('\n');
  const starts: number[] = [];
  lines.reduce((n, l) => (starts.push(n), n + l.length + 1), 0);
  const rowAt = (i: number): PassengerHits | null => (seatColumns ? seatRow(lines[i]!, starts[i]!, seatColumns) : null);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!seatColumns) {
      const cells = line.trim().split(COLUMNS);
      if (cells.length < 2 || !PASSENGER_HEADER.test(cells[0]!) || (ended && line.trim() !== header)) continue;
      const headed = headedSeatColumns(cells);
      seatColumns = headed.length ? headed : cells.slice(1).map((_, i) => i + 1);
      header = line.trim();
      continue;
    }
    // A blank line under the header, or a row's wrapped detail ("\t\t\t1 x 20kg bag"), is no new row.
    if (!line.trim() ? !out.length : /^[ \t]/.test(line) && out.length) continue;
    const row = rowAt(i);
    if (!row) {
      // A print's stray lines (a row's detail, a sidebar beside the table) with a row below them.
      if (Array.from({ length: STRAY_LINES }, (_, k) => i + 1 + k).some((k) => k < lines.length && rowAt(k))) continue;
      // A passenger header over no seats (the tickets' "Name ⇥ E-ticket number" table): the seat table may follow.
      seatColumns = null;
      ended = out.length > 0;
      continue;
    }
    // The same party again under the header: another flight's table, not more passengers.
    if (out.some((p) => p.name!.value === row.name!.value)) break;
    out.push(row);
  }
  return out;
}

/** A row of the seat table: the person's name and the seats of its seat columns, when it has one at least. */
function seatRow(line: string, start: number, seatColumns: number[]): PassengerHits | null {
  const cells = splitRunOnSeat(line.trim().split(COLUMNS), seatColumns[0]);
  const nameCell = withoutPassengerType(cells[0]!);
  const name = normalisePersonName(nameCell);
  const seatCells = seatColumns.map((i) => cells[i] ?? '');
  const seats = seatCells.map((c) => normaliseSeat(c));
  // A leg without a reserved seat ("Random*", "—") leaves that seat empty; a row needs one seat at least.
  if (!name || !seats.some((x) => x)) return null;
  const at = start + line.indexOf(nameCell);
  const hits: Hit<string>[] = [];
  seatColumns.forEach((column, i) => {
    const before = cells.slice(0, column).reduce((n, c) => line.indexOf(c, n) + c.length, line.indexOf(cells[0]!));
    if (seats[i]) hits[i] = { value: seats[i]!, index: start + line.indexOf(seatCells[i]!, before), length: seatCells[i]!.length };
  });
  return { name: { value: name, index: at, length: nameCell.length }, seats: hits };
}

const SEAT_HEADINGS = new RegExp(SEAT_HEADING.source, 'gi');

/**
 * The row columns that hold seats. A header cell naming several seats ("Seat EDI–BUD Seat BUD–EDI",
 * two headings the PDF ran together) stands for as many columns of the rows.
 */
function headedSeatColumns(header: string[]): number[] {
  const out: number[] = [];
  let column = 0;
  header.forEach((c, i) => {
    const seats = i > 0 ? c.match(SEAT_HEADINGS)?.length ?? 0 : 0;
    for (let k = 0; k < seats; k++) out.push(column + k);
    column += Math.max(1, seats);
  });
  return out;
}

/**
 * A seat label opening a line or an item of it ("Class: Economy - Seats: 4C, 4D"), or with its colon after the
 * segment's other items run onto one line ("Equipment A320 Baggage 30K Seats: SMITH/ANNA MS 4C …").
 */
const SEAT_LINE = new RegExp(String.raw`(?:(?:^[ \t]*|[ \t][-–|·][ \t]+)${SEAT_WORD}[ \t]*:?|[ \t]${SEAT_WORD}:)[ \t]*(.+)$`, 'imu');
const TAGGED_SEAT = /\b0?(\d{1,2}[A-K])\b(?:\s*\(([^)\n]{1,30})\))?/g;

/**
 * The seat list of one segment ("SEATS: 14A 14B 14C", "Pladser: 18A (Holm), 18B (Skov)"), one seat
 * per passenger: a seat tagged with a name goes to the passenger of that name; untagged seats go in
 * the passengers' order, and only when there is exactly one per passenger.
 */
export function segmentSeats(block: string, offset: number, names: (string | undefined)[]): (Hit<string> | undefined)[] {
  const line = SEAT_LINE.exec(block);
  if (!line) return [];
  // The value ends at a wide gap or a dash before the next item ("… - Bagage: 1 x 23 kg").
  const value = line[1]!.split(/ {2,}|\t| [-–|] /)[0]!;
  const valueAt = offset + line.index + line[0].length - line[1]!.length;
  const seats = [...value.matchAll(TAGGED_SEAT)].flatMap((m) => {
    const seat = normaliseSeat(m[1]!);
    return seat ? [{ seat: { value: seat, index: valueAt + m.index, length: m[1]!.length + (m[0].startsWith('0') ? 1 : 0) }, tag: m[2] }] : [];
  });
  const out: (Hit<string> | undefined)[] = names.map(() => undefined);
  const byNameBefore = seatsAfterNames(namedSeatColumns(block, line.index + line[0].length - line[1]!.length), valueAt, names)
    ?? seatsAfterNames(value, valueAt, names) ?? seatsBeforeNames(value, valueAt, names);
  if (byNameBefore) return byNameBefore;
  if (seats.length && seats.every((s) => s.tag)) {
    for (const { seat, tag } of seats) {
      const words = foldText(tag!).split(' ');
      const who = names.findIndex((n) => !!n && words.every((w) => foldText(n).split(' ').includes(w)));
      if (who >= 0 && !out[who]) out[who] = seat;
    }
  } else if (seats.length === names.length && seats.every((s) => !s.tag)) {
    seats.forEach((s, i) => { out[i] = s.seat; });
  }
  return out;
}

/** A seat line naming its flight: "SEATS XY 643: 14A 14B 14C (pax order)", "Seat AB 12 - 3C, 3D". */
const FLIGHT_SEAT_LINE = new RegExp(String.raw`^[ \t]*${SEAT_WORD}[ \t]+((?:[A-Z][A-Z0-9]|[0-9][A-Z])[ \u00a0]?\d{1,4})[ \t]*[:–-][ \t]*(.*)$`, 'gimu');

/**
 * The seats of the line naming `flight` (a normalised flight number), one per passenger in the
 * passengers' order: only when the line lists exactly as many seats as there are passengers.
 */
export function seatsOnFlightLine(text: string, flight: string, names: (string | undefined)[]): (Hit<string> | undefined)[] {
  for (const m of text.matchAll(FLIGHT_SEAT_LINE)) {
    if (normaliseFlightNumber(m[1]!)?.value !== flight) continue;
    const valueAt = m.index + m[0].length - m[2]!.length;
    const seats = [...m[2]!.matchAll(SEAT)].flatMap((s) => {
      const seat = normaliseSeat(s[1]!);
      return seat ? [{ value: seat, index: valueAt + s.index + s[0].length - s[1]!.length, length: s[1]!.length }] : [];
    });
    return seats.length === names.length ? seats : [];
  }
  return [];
}

/** A printed row of name–seat items ("HOLM/SIGNE 12B  KJAER/RASMUS --"), a seat not given written "--". */
const SEAT_ITEM = String.raw`\p{L}[\p{L}'’/.-]*(?: [\p{L}'’/.-]+){0,4}[ \t]+(?:0?\d{1,2}[A-K]|-{1,3})(?![\p{L}\d-])`;
const NAMED_SEAT_ROW = new RegExp(String.raw`^[ \t]*${SEAT_ITEM}(?:(?: *\t[ \t]*| {2,})${SEAT_ITEM})*[ \t]*$`, 'u');

/**
 * A seat line printed in columns, one "NAME SEAT" item per passenger, that runs on over the indented
 * lines below it: its whole text from `from`, or the line alone when it is no such row.
 */
function namedSeatColumns(block: string, from: number): string {
  const lineEnd = (at: number) => (block.indexOf('\n', at) < 0 ? block.length : block.indexOf('\n', at));
  let end = lineEnd(from);
  if (!NAMED_SEAT_ROW.test(block.slice(from, end))) return block.slice(from, end);
  while (end < block.length) {
    const next = block.slice(end + 1, lineEnd(end + 1));
    if (!/^[ \t]/.test(next) || !NAMED_SEAT_ROW.test(next)) break;
    end = lineEnd(end + 1);
  }
  return block.slice(from, end);
}

/** The passenger a written name is ("GARRIDO/ANA", "Ana Garrido", "Garrido"): every word of it is in the passenger's name. */
export function passengerNamed(written: string, names: (string | undefined)[]): number {
  const words = foldText(normalisePersonName(written) ?? '').split(' ').filter(Boolean);
  if (!words.length) return -1;
  return names.findIndex((n) => !!n && words.every((w) => foldText(n).split(' ').includes(w)));
}

/**
 * Seats each written after a passenger's name ("GARRIDO/ANA 14C · LEON/PAU 14D"): each seat to the
 * passenger named before it. Null unless every seat follows a passenger's name.
 */
function seatsAfterNames(value: string, valueAt: number, names: (string | undefined)[]): (Hit<string> | undefined)[] | null {
  const out: (Hit<string> | undefined)[] = names.map(() => undefined);
  // A name does not run over a wide gap: that is the next item of a printed row.
  const found = [...value.matchAll(/(\p{L}(?:[\p{L}'’/.-]| (?! ))*?)[ \t]+0?(\d{1,2}[A-K])\b/gu)];
  if (!found.length) return null;
  for (const m of found) {
    const seat = normaliseSeat(m[2]!);
    const who = passengerNamed(m[1]!.replace(/^[\s·•,;|-]+/, ''), names);
    if (!seat || who < 0 || out[who]) return null;
    const at = valueAt + m.index + m[0].length - m[2]!.length;
    out[who] = { value: seat, index: at, length: m[2]!.length };
  }
  return out;
}

/**
 * Seats each written before a passenger's name ("3C MBEKI, 3D FARRELL"): each seat to the
 * passenger named after it. Null unless every seat is followed by a passenger's name.
 */
function seatsBeforeNames(value: string, valueAt: number, names: (string | undefined)[]): (Hit<string> | undefined)[] | null {
  const out: (Hit<string> | undefined)[] = names.map(() => undefined);
  const found = [...value.matchAll(/\b0?(\d{1,2}[A-K])[ \t]+(\p{L}[\p{L}'’/.-]*(?: \p{L}[\p{L}'’/.-]*)?)/gu)];
  if (!found.length || found.length !== [...value.matchAll(SEAT)].length) return null;
  for (const m of found) {
    const seat = normaliseSeat(m[1]!);
    // The name may be one word ("22F OKONJO | …"): the next word is then not part of it.
    const named = passengerNamed(m[2]!, names);
    const who = named >= 0 ? named : passengerNamed(m[2]!.split(' ')[0]!, names);
    if (!seat || who < 0 || out[who]) return null;
    out[who] = { value: seat, index: valueAt + m.index + m[0].indexOf(m[1]!), length: m[1]!.length };
  }
  return out;
}

/** A name in the airlines' SURNAME/GIVEN form, with an optional title ("GARRIDO/ANA SRA", "Holm/Mads Mr"). */
const SLASH_NAME = /^[ \t]*(\p{L}[\p{L}' -]*\/\p{L}[\p{L}' .-]*?)[ \t]*$/u;

/**
 * The names listed one per line under a passenger label whose value is a SURNAME/GIVEN name
 * ("Passengers: GARRIDO/ANA SRA" / "LEON/PAU SR"): each following line in that form, up to the
 * first line that is not. `from` is where the label's line ends.
 */
export function slashNamesBelow(text: string, from: number): Hit<string>[] {
  const out: Hit<string>[] = [];
  let lineEnd = from;
  while (lineEnd >= 0 && lineEnd < text.length) {
    const start = lineEnd + 1;
    lineEnd = text.indexOf('\n', start);
    const m = SLASH_NAME.exec(text.slice(start, lineEnd < 0 ? undefined : lineEnd));
    if (!m) break;
    const at = start + m.index + m[0].indexOf(m[1]!);
    out.push({ value: m[1]!, index: at, length: m[1]!.length });
  }
  return out;
}
