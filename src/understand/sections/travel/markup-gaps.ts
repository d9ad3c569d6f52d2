/**
 * A booking e-mail's schema.org markup may be partial: one FlightReservation for the first traveller
 * only, a second block cut off before it parses. What the visible text states fills what the markup
 * leaves out — never what it states:
 *
 *   a flight the markup has (same number, a compatible date) takes the text's fields it lacks, and
 *   the text's travellers it lacks (a traveller the markup has takes the seat and ticket it lacks);
 *   a flight the markup has on another day is left as the markup states it;
 *   a flight only the text states is added when the text gives its whole route (both airports and
 *   the departure time).
 *
 * The same for a LodgingReservation (one guest of two, no rooms, no notes, a placeholder phone): a
 * stay the text names (the same hotel, a compatible check-in) takes the text's fields and guests it
 * lacks. One exception: a booking site's markup carries its own itinerary number, and the hotel's
 * own labelled number in the text ("Hotel confirmation #: …") is the stay's reference.
 */
import type { Flight, Hotel, Passenger } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import { foldText } from '../../../reference/index.js';

type FlightDraft = Draft<Flight>;

/** The same person (or hotel), whichever order or extra words ("Mr", "Hotel") the two readings wrote the name in. */
function samePerson(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const [x, y] = [foldText(a).split(/\s+/), foldText(b).split(/\s+/)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}

function fillPassengers(into: Draft<Passenger>[], from: Draft<Passenger>[]): void {
  for (const p of from) {
    const same = into.find((q) => samePerson(q.name?.value, p.name?.value));
    if (!same) { if (p.name) into.push(p); continue; }
    same.seat ??= p.seat;
    same.ticketNumber ??= p.ticketNumber;
  }
}

/** Copies into `markup` each field of `text` the markup lacks; the people's list (`people`) is merged by the caller. */
function fillMissing<T extends object>(markup: T, text: T, people: keyof T): void {
  for (const key of Object.keys(text) as (keyof T)[]) {
    if (key === people || markup[key]) continue;
    markup[key] = text[key];
  }
}

export function withTextGaps(markup: FlightDraft[], text: FlightDraft[]): FlightDraft[] {
  const out = [...markup];
  for (const t of text) {
    const same = markup.filter((d) => d.flightNumber?.value === t.flightNumber?.value);
    const m = same.find((d) => !d.date || !t.date || d.date.value === t.date.value);
    // The markup's flight on another day than the text's reading: the markup's date is the surer.
    if (!m) {
      if (!same.length && t.fromAirport && t.toAirport && t.departureTime) out.push(t);
      continue;
    }
    fillMissing(m, t, 'passengers');
    m.passengers ??= [];
    fillPassengers(m.passengers, t.passengers ?? []);
  }
  return out;
}

type HotelDraft = Draft<Hotel>;

/** A booking-number label that names the hotel as its issuer ("Hotel confirmation #", "Hotel booking no."). */
const HOTEL_OWN_REFERENCE = /^[ \t]*(?:hotel|hotell|hôtel|hotels|hotellets|property|unterkunft|albergo)[' ]*s?[ \t]+(?:confirmation|conf\b|booking|reservation|ref|reference|bestätigung|buchung|bokning|conferma|prenotazione|reserva)/i;

/** Whether the text's reference stands after a label naming the hotel as the one who issued it. */
function isHotelsOwnReference(ref: HotelDraft['bookingReference'], text: string): boolean {
  if (!ref?.span) return false;
  const lineStart = text.lastIndexOf('\n', ref.span[0] - 1) + 1;
  return HOTEL_OWN_REFERENCE.test(text.slice(lineStart, ref.span[0]));
}

function sameNights(a: HotelDraft, b: HotelDraft): boolean {
  return !!a.checkInDate && !!a.checkOutDate && a.checkInDate.value === b.checkInDate?.value && a.checkOutDate.value === b.checkOutDate?.value;
}

/** "Booked by: Jo Brand", "Gebucht von: …", "Réservé par …": the text names the person as the booking's maker. */
const BOOKED_BY = /(?:booked|reserved|made)\s+by|gebucht\s+von|reserviert\s+von|r[ée]serv[ée]e?\s+par|reservado\s+por|geboekt\s+door|bokad\s+av|prenotato\s+da/iu;

function namedAsBooker(name: string, sourceText: string): boolean {
  const folded = foldText(sourceText);
  const at = folded.indexOf(foldText(name));
  if (at < 0) return false;
  for (let i = at; i >= 0; i = folded.indexOf(foldText(name), i + 1)) {
    if (BOOKED_BY.test(folded.slice(Math.max(0, i - 25), i))) return true;
  }
  return false;
}

export function withStayTextGaps(markup: HotelDraft[], text: HotelDraft[], sourceText: string): HotelDraft[] {
  for (const t of text) {
    // The same hotel on compatible dates; or, the text having misread the name (an upsell's hotel, a
    // stray "·"), the markup's only stay on the very same nights.
    const m = markup.find((d) => samePerson(d.name?.value, t.name?.value)
      && (!d.checkInDate || !t.checkInDate || d.checkInDate.value === t.checkInDate.value))
      ?? (markup.length === 1 && sameNights(markup[0]!, t) ? markup[0] : undefined);
    if (!m) continue;
    fillMissing(m, t, 'guests');
    if (t.bookingReference && isHotelsOwnReference(t.bookingReference, sourceText)) m.bookingReference = t.bookingReference;
    // The markup's holder the text lists no room under, only as who booked ("Booked by: X"), is the booker, no guest.
    const listed = t.guests ?? [];
    const guests = (m.guests ?? []).filter((g) => !listed.length || listed.some((q) => samePerson(q.value, g.value)) || !namedAsBooker(g.value, sourceText));
    for (const g of listed) if (!guests.some((q) => samePerson(q.value, g.value))) guests.push(g);
    if (guests.length) m.guests = guests;
  }
  return markup;
}
