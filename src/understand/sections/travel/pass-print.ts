/**
 * A boarding pass's bar code (schema-org/bcbp.ts) holds no cities, times, cabin or e-ticket; the pass
 * printed around it does. A mobile pass prints them in grids of capitalised headers over one value per
 * column ("FLIGHT ⇥ DATE ⇥ CABIN" / "XY 123 ⇥ Mon, 4 Oct 2027 ⇥ Economy", "DEPARTURE ⇥ ARRIVAL" /
 * "07:40 ⇥ 09:15", "E-TICKET" / "123 4567890123"), and the cities of its airports written out under
 * the codes. Each pass is read on its own page (the whole text when it has no pages); only what the
 * bar code lacks is filled.
 */
import type { ExtractedSource, Flight } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import { airportByCode, cityNames } from '../../../reference/index.js';
import { normaliseFlightNumber, normaliseTicketNumber, normaliseTime } from '../../normalise/index.js';
import { cellsOf, labelKey, linesOf, type LabelKey, escapeRegExp } from '../../text/index.js';
import type { Reader } from './reader.js';

/** A grid's header cell: capital letters and spaces, hyphens, slashes; no figure. */
const HEADER_CELL = /^\p{Lu}[\p{Lu} ./-]*$/u;
const GRID_KEYS: ReadonlySet<LabelKey> = new Set(['flight', 'departure', 'arrival', 'travel_class', 'ticket']);

interface Cell { key: LabelKey; value: string; start: number }

/** The value cells of the header grids in `text` (starting at `offset`), by their column's key. */
function gridCells(text: string, offset: number): Cell[] {
  const lines = linesOf({ text, pages: [] });
  const out: Cell[] = [];
  lines.forEach((line, i) => {
    const head = cellsOf(line);
    if (!head.length || !head.every((c) => HEADER_CELL.test(c.text))) return;
    const keys = head.map((c) => labelKey(c.text));
    if (!keys.some((k) => k && GRID_KEYS.has(k))) return;
    const row = lines.slice(i + 1).find((l) => l.text.trim());
    const cells = row ? cellsOf(row) : [];
    if (cells.length !== head.length) return;
    cells.forEach((c, k) => {
      const key = keys[k];
      if (key && GRID_KEYS.has(key)) out.push({ key, value: c.text, start: offset + c.start });
    });
  });
  return out;
}

/** The text of the page holding `offset`: [start, end). */
function pageAround(source: ExtractedSource, offset: number): [number, number] {
  const pages = source.pages;
  const i = pages.findLastIndex((p) => p.offset <= offset);
  if (i < 0) return [0, source.text.length];
  return [pages[i]!.offset, pages[i + 1]?.offset ?? source.text.length];
}

/** Where airport `code`'s city is written as a capitalised whole word in `text`, if it is. */
function cityWritten(text: string, offset: number, code: string): [string, number] | undefined {
  const airport = airportByCode(code);
  for (const city of airport ? cityNames(airport.city) : []) {
    const m = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(city)}(?![\p{L}])`, 'u').exec(text);
    if (m) return [m[0], offset + m.index];
  }
  return undefined;
}

/** Fills each boarding pass's draft with what its printed pass states and its bar code does not. */
export function withPrintedPasses(r: Reader, passes: Draft<Flight>[]): Draft<Flight>[] {
  const source = r.source;
  for (const d of passes) {
    const at = d.flightNumber?.span?.[0];
    if (at === undefined) continue;
    const [from, to] = pageAround(source, at);
    const page = source.text.slice(from, to);
    const cells = gridCells(page, from);
    // A grid naming another flight is another pass's.
    const flight = cells.find((c) => c.key === 'flight');
    if (flight && normaliseFlightNumber(flight.value)?.value !== d.flightNumber!.value) continue;
    const cell = (key: LabelKey) => cells.find((c) => c.key === key);
    const time = (key: LabelKey) => {
      const c = cell(key);
      const value = c && normaliseTime(c.value);
      return c && value && d.date ? r.at(`${d.date.value}T${value}`, [c.start, c.start + c.value.length], true, 'label') : undefined;
    };
    const departure = time('departure');
    const arrival = time('arrival');
    if (departure) d.departureTime ??= departure;
    if (arrival) d.arrivalTime ??= arrival;
    const cabin = cell('travel_class');
    if (cabin && /^\p{L}[\p{L} ]*$/u.test(cabin.value)) d.travelClass ??= r.at(cabin.value, [cabin.start, cabin.start + cabin.value.length], null, 'label');
    const ticketCell = cell('ticket');
    const ticket = ticketCell ? normaliseTicketNumber(ticketCell.value) : null;
    const passenger = d.passengers?.[0];
    if (ticket && passenger && d.passengers!.length === 1) passenger.ticketNumber ??= r.at(ticket, [ticketCell!.start, ticketCell!.start + ticketCell!.value.length], true, 'label');
    for (const [field, code] of [['fromCity', d.fromAirport?.value], ['toCity', d.toAirport?.value]] as const) {
      const city = code ? cityWritten(page, from, code) : undefined;
      if (city) d[field] ??= r.at(city[0], [city[1], city[1] + city[0].length], null, 'pattern');
    }
  }
  return passes;
}
