/**
 * A flight table with a passengers column ("Airline | Flight | Date | … | Passengers", as a travel
 * form has its band fill in one row per flight): each row's cell lists the people on that row's
 * flight, comma- or semicolon-separated, in order. A tour app's export writes each name with its
 * seat after it ("Passengers (seat)" over "Ann Lee 14A; Bo Kim 14B"): the trailing seat is that passenger's.
 */
import type { Passenger } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import { normalisePersonName, normaliseSeat } from '../../normalise/index.js';
import { read } from '../../text/index.js';
import type { Reader } from './reader.js';

/** "Ann Lee 14A": a name, then a seat as its last word. */
const NAME_THEN_SEAT = /^(.*\S)\s+(\d{1,2}[A-K])$/;

/** The passengers in the passengers cell of the flight-table row holding `offset` (the flight number). */
export function passengerColumn(r: Reader, offset: number): Draft<Passenger>[] {
  for (const table of read(r.source).tables) {
    // A "Pax" column is a head count elsewhere; beside flights it may list the names (checked below).
    const key = table.keys.includes('passenger') ? 'passenger' : table.keys.includes('guest_count') ? 'guest_count' : null;
    // A transport sheet may head its flight numbers with no flight word ("Type ⇥ N° ⇥ De ⇥ À ⇥ Passagers",
    // "Mode ⇥ No. ⇥ From ⇥ … ⇥ Pax"): then the row is the one whose cell holds the flight number.
    const flightKeyed = table.keys.includes('flight');
    if (!key) continue;
    const holds = (c: { span: [number, number] | null } | undefined) => !!c?.span && c.span[0] <= offset && offset < c.span[1];
    const row = table.records.find((rec) => (flightKeyed ? holds(rec.cells.flight) : rec.all.some(holds)));
    const cell = row?.cells[key];
    if (!cell?.span) continue;
    const out: Draft<Passenger>[] = [];
    let from = 0;
    for (const part of cell.value.split(/\s*[,;]\s*/)) {
      const at = cell.value.indexOf(part, from);
      from = at + part.length;
      const seated = NAME_THEN_SEAT.exec(part);
      const written = seated ? seated[1]! : part;
      const name = normalisePersonName(written);
      // A name is two words at least: "Ana Lima", not a count ("4 pax") or a stray word.
      if (!name || !/\p{L}{2,}\s+\p{L}/u.test(name)) continue;
      const start = cell.span[0] + at;
      const passenger: Draft<Passenger> = { name: r.at(name, [start, start + written.length], null, 'table') };
      const seat = seated ? normaliseSeat(seated[2]!) : null;
      if (seat) passenger.seat = r.at(seat, [start + part.length - seated![2]!.length, start + part.length], null, 'table');
      out.push(passenger);
    }
    if (out.length) return out;
  }
  return [];
}
