/**
 * IATA Bar Coded Boarding Pass (BCBP, Resolution 792) strings, as e-mails and PDFs carry them in
 * text or in a barcode's alt text: "M1KARLSSON/ANNA MS    EZX4PLM CPHOSLSK 0413 247C003A0012 100".
 * Only the first leg's mandatory fields are read (fixed positions):
 *
 *   M | legs | name(20) | E-ticket(1) | PNR(7) | from(3) | to(3) | carrier(3) | flight(5) |
 *   Julian date(3) | compartment(1) | seat(4) | check-in sequence(5) | status(1)
 *
 * The Julian date has no year: it takes the year that puts the flight nearest the reference date.
 */
import type { ExtractedSource, Flight, Passenger } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { isAirportCode } from '../../reference/index.js';
import { normaliseFlightNumber, normalisePersonName, normaliseSeat, isoDate } from '../normalise/index.js';
import { readerFor } from '../sections/travel/reader.js';

/**
 * Text extraction may fold the padding spaces into a tab, so the fields are matched by shape rather
 * than by column: the name up to its padding, the PNR (after the "E" e-ticket flag), the airports,
 * carrier, flight number, Julian date, compartment and seat.
 */
const BCBP = /M[1-4](?<name>[A-Z][A-Z/ .'-]{1,19}?)[\t ]+(?<pnr>[A-Z0-9]{5,7})[\t ]*(?<from>[A-Z]{3})(?<to>[A-Z]{3})(?<carrier>[A-Z0-9]{2}) ?[ 0]*(?<flight>\d{1,4})[A-Z ]?[ ]?(?<julian>\d{3})[A-Z](?<seat>\d{3}[A-Z])/dg;

/** Day of year → ISO date, in the year nearest `ref`. */
function julianDate(day: number, ref: Date): string | null {
  const candidates = [-1, 0, 1].map((k) => {
    const d = new Date(Date.UTC(ref.getUTCFullYear() + k, 0, day));
    return { iso: isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), gap: Math.abs(d.getTime() - ref.getTime()) };
  });
  return candidates.sort((a, b) => a.gap - b.gap)[0]!.iso;
}

export function boardingPasses(source: ExtractedSource, ref: Date | null): Draft<Flight>[] {
  const r = readerFor(source, 'pattern');
  const drafts: Draft<Flight>[] = [];
  for (const m of source.text.matchAll(BCBP)) {
    const g = m.groups!;
    const at = (key: string): [number, number] => m.indices!.groups![key]!;
    const flight = normaliseFlightNumber(`${g.carrier}${g.flight}`);
    if (!flight?.validated || !isAirportCode(g.from!) || !isAirportCode(g.to!)) continue;
    // A 7-character PNR that starts with the e-ticket flag "E" had its padding folded away.
    const pnr = g.pnr!.length === 7 && g.pnr!.startsWith('E') ? g.pnr!.slice(1) : g.pnr!;
    const d: Draft<Flight> = { passengers: [] };
    d.airline = r.at(flight.airline, at('carrier'), true);
    d.flightNumber = r.at(flight.value, [at('carrier')[0], at('flight')[1]], true);
    d.fromAirport = r.at(g.from!, at('from'), true);
    d.toAirport = r.at(g.to!, at('to'), true);
    d.bookingReference = r.at(pnr, at('pnr'), null);
    const date = ref ? julianDate(Number(g.julian), ref) : null;
    if (date) d.date = r.at(date, at('julian'), true);
    const passenger: Draft<Passenger> = {};
    const person = normalisePersonName(g.name!.trim());
    if (person) passenger.name = r.at(person, at('name'), true);
    const seat = normaliseSeat(g.seat!);
    if (seat) passenger.seat = r.at(seat, at('seat'), true);
    if (passenger.name || passenger.seat) d.passengers!.push(passenger);
    drafts.push(d);
  }
  return drafts;
}
