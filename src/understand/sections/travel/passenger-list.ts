/**
 * A booking's passenger list under a heading alone on its line ("PASSENGERS", "Passagiere:",
 * "Travellers (2)"), one person a line: the name (a title may open it), then maybe the fare's
 * details after a wide gap or a separator ("Ms Ada Lind      Basic · 1 x 20 kg bag"), up to the
 * first line that opens with no name. Low-cost carriers print no ticket numbers to read names by.
 * Indented lines under a name, each opening with a flight's number and giving a seat ("  Outbound FR 1234
 * Seat 17A  Priority"), are that passenger's seat on each flight.
 */
import { normaliseFlightNumber, normalisePersonName, normaliseSeat } from '../../normalise/index.js';
import { SEAT_WORD, type PassengerHits } from './passengers.js';
import type { Hit } from './phrases.js';

const HEADING = /^[ \t]*(?:passengers?|passagiere?|passagerare|passasjerer|passagerer|resenärer|reisende|pasajeros?|passagers?|passeggeri|passagiers|travell?ers)[ \t]*(?:\(\d{1,2}\))?[ \t]*:?[ \t]*$/i;
const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Sr|Sra|Mme|M)\.?[ \t]+)?`;
const WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
/** The name ends the line, or stands before a wide gap, a tab or a separator. */
const ROW = new RegExp(String.raw`^[ \t]*(${TITLE}${WORD}(?: ${WORD}){1,3})(?= {2,}|\t|[ \t]*[·•|,(]|[ \t]*$)`, 'u');
/** An indented line under a name opening with a flight's number, a leg word or two before it ("  Outbound FR 1234"). */
const FLIGHT_UNDER_NAME = /^[ \t]+(?:\p{L}+[ \t]+){0,2}?([A-Z][A-Z0-9]|[0-9][A-Z])[ \u00a0]?(\d{1,4})(?!\d)/u;
/** Its seat on that flight: "Seat 17A", "Seat: 04C". */
const SEAT_ON_LINE = new RegExp(String.raw`(?<!\p{L})${SEAT_WORD}[ \t]*:?[ \t]*(0?\d{1,2}[A-K])(?![\p{L}\d])`, 'iu');

/** The passenger's seat on one flight, from an indented line under their name naming the flight; null when the line is none. */
function seatUnderName(line: string, start: number): { flight: string; seat: Hit<string> } | null {
  const flight = FLIGHT_UNDER_NAME.exec(line);
  const seat = flight ? SEAT_ON_LINE.exec(line) : null;
  const number = flight ? normaliseFlightNumber(`${flight[1]}${flight[2]}`) : null;
  const value = seat ? normaliseSeat(seat[1]!) : null;
  if (!number?.validated || !seat || !value) return null;
  return { flight: number.value, seat: { value, index: start + seat.index + seat[0].length - seat[1]!.length, length: seat[1]!.length } };
}

export function passengerList(text: string): PassengerHits[] {
  const lines = text.split('\n');
  let offset = 0;
  let listing = false;
  const out: PassengerHits[] = [];
  for (const line of lines) {
    const start = offset;
    offset += line.length + 1;
    if (!listing) {
      listing = HEADING.test(line);
      continue;
    }
    // Passengers printed as blocks (a name over its seat lines) may stand apart by a blank line.
    if (!line.trim() && (!out.length || out[out.length - 1]!.seatsByFlight)) continue;
    // "  Outbound FR 1234  Seat 17A" under a name: that passenger's seat on the flight, and the list goes on.
    const under = out.length ? seatUnderName(line, start) : null;
    if (under) {
      const seats = (out[out.length - 1]!.seatsByFlight ??= new Map());
      if (!seats.has(under.flight)) seats.set(under.flight, under.seat);
      continue;
    }
    const m = ROW.exec(line);
    const name = m ? normalisePersonName(m[1]!) : null;
    if (!m || !name) {
      if (out.length) break;
      listing = false;
      continue;
    }
    out.push({ name: { value: name, index: start + line.indexOf(m[1]!), length: m[1]!.length }, seats: [] });
  }
  // In blocks every passenger has their flights' lines: a capitalised line after the last block is the next heading.
  return out.some((p) => p.seatsByFlight) ? out.filter((p) => p.seatsByFlight) : out;
}
