/**
 * Passengers of a booking, read around their e-ticket numbers (3-digit airline prefix + 10 digits):
 * the person's name is written before the number (after the previous passenger), the seats after it,
 * one per segment in order ("14C / 22A", "seats 21A/19C"). A name wrapped onto the next line of a
 * printed table ("Mr Tobias" … "Rahm") is joined back.
 */
import { normalisePersonName, normaliseSeat, normaliseTicketNumber } from '../../normalise/index.js';
import type { Hit } from './phrases.js';

export interface PassengerHits {
  name?: Hit<string>;
  ticket: Hit<string>;
  seats: Hit<string>[];
}

const TICKET = /(?<![\d-])(\d{3})[- ]?(\d{10})(?![\d])/g;
const SEAT = /\b0?(\d{1,2}[A-K])\b/g;
const SEAT_WORD = String.raw`(?:seats?|sitz(?:platz|e)?|sittplats(?:er)?|plats(?:er)?|asientos?|si[èe]ges?|places?|stoel(?:en)?|zitplaats(?:en)?)`;
const NOISE = /\b(?:e-?ticket(?:\s+(?:number|no\.?))?|ticket(?:\s+(?:number|no\.?))?|etkt|biljett(?:nummer)?|billete|billet|seats?|passengers?|passagiere?|passagerare)\b[:#]?/gi;

export function passengersIn(text: string): PassengerHits[] {
  const out: PassengerHits[] = [];
  const tickets = [...text.matchAll(TICKET)];
  let floor = 0;
  tickets.forEach((m, i) => {
    const ticket = normaliseTicketNumber(m[0]);
    if (!ticket) return;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const from = Math.max(lineStart, floor);
    const before = text.slice(from, m.index);
    const parts = before.replace(NOISE, ' ').split(/[\t(),;:|]| {2,}/);
    const raw = parts.map((p) => p.trim()).filter((p) => /\p{L}{2,}/u.test(p)).pop();
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
    const seatRun = new RegExp(String.raw`^[\s,:;/-]*(?:${SEAT_WORD}\s*:?\s*)?(?:\d{1,2}[A-K]\b[\s/,]*(?:and\s+|und\s+|och\s+|y\s+|et\s+)?)*`, 'i').exec(after)?.[0] ?? '';
    const seats: Hit<string>[] = [];
    for (const s of seatRun.matchAll(SEAT)) {
      const seat = normaliseSeat(s[1]!);
      if (seat) seats.push({ value: seat, index: end + s.index, length: s[0].length });
    }
    floor = end + seatRun.length;
    out.push({ name, ticket: { value: ticket, index: m.index, length: m[0].length }, seats });
  });
  return out;
}
