/**
 * An e-ticket PDF may print one receipt per passenger, each repeating the booking with its own
 * "Passenger:" name and ticket number and the whole itinerary with that passenger's seat on each
 * flight ("Seat / Sitz: 17A", "--" when none). The text from one ticket to the next is then that
 * passenger's part: the segments in it are their flights, the seat on each segment's lines their seat
 * there (or in the row's seat column), the name labelled nearest before the ticket (on its receipt) their name.
 */
import { normaliseSeat } from '../../normalise/index.js';
import type { Hit } from './phrases.js';
import { SEAT_WORD, type PassengerHits } from './passengers.js';
import type { Segment } from './segments.js';
import { seatUnderSeatColumn } from './seat-cell.js';

/** A seat label, maybe bilingual ("Seat / Sitz:"), and the value after it (a seat, or "--" for none). */
const SEAT_LABEL = new RegExp(String.raw`\b${SEAT_WORD}(?:[ \t]*/[ \t]*${SEAT_WORD})?[ \t]*:[ \t]*(\S+)`, 'i');

/** The seat under the first seat label of a segment's block; a label with no seat ("--") gives none. */
function blockSeat(text: string, s: Segment): Hit<string> | undefined {
  const m = SEAT_LABEL.exec(text.slice(s.block[0], s.block[1]));
  const seat = m ? normaliseSeat(m[1]!) : null;
  if (!m || !seat) return undefined;
  return { value: seat, index: s.block[0] + m.index + m[0].length - m[1]!.length, length: m[1]!.length };
}

const flightsKey = (segments: Segment[]) => segments.map((s) => `${s.flightNumber.value} ${s.date?.value ?? ''}`).join(',');

/**
 * Each segment's passenger when the source is one receipt per passenger (two or more different
 * tickets, each followed by the same flights before the next, no flight before the first), else null.
 * `names` are the names labelled as a passenger's, in the text's order.
 */
export function receiptPassengers(text: string, segments: Segment[], tickets: PassengerHits[], names: Hit<string>[]): PassengerHits[][] | null {
  const ticketed = tickets.filter((t) => t.ticket);
  if (ticketed.length < 2 || new Set(ticketed.map((t) => t.ticket!.value)).size !== ticketed.length) return null;
  const starts = ticketed.map((t) => t.ticket!.index);
  const partOf = (at: number) => starts.findLastIndex((s) => s <= at);
  if (segments.some((s) => partOf(s.flightNumber.index) < 0)) return null;
  const parts = starts.map((_, k) => segments.filter((s) => partOf(s.flightNumber.index) === k));
  if (parts.some((p) => !p.length || flightsKey(p) !== flightsKey(parts[0]!))) return null;
  const who = ticketed.map((t, k) => {
    const labelled = names.filter((n) => n.index < t.ticket!.index && n.index > (starts[k - 1] ?? -1)).pop();
    return { name: t.name ?? labelled, ticket: t.ticket };
  });
  return segments.map((s) => {
    const p = who[partOf(s.flightNumber.index)]!;
    // Without a seat label, the itinerary row may have a seat column (travel/seat-cell.ts).
    const seat = blockSeat(text, s) ?? seatUnderSeatColumn(text, s.flightNumber.index);
    return [{ ...(p.name ? { name: p.name } : {}), ticket: p.ticket, seats: seat ? [seat] : [] }];
  });
}
