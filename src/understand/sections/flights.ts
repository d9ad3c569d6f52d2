/**
 * flights: the party's flights, one per flight number and date, each with its passengers.
 * Per source: IATA bar-coded boarding pass strings when the source carries them, completed by the
 * printed pass around them (travel/pass-print.ts; the text is not read for segments again); schema.org
 * FlightReservations, completed where partial by what its text states (travel/markup-gaps.ts);
 * otherwise the flight segments its text states (travel/segments.ts) — confirmations, itinerary rows
 * and tables (read as text, row by row), e-mail lines — with the booking's
 * reference and passengers (travel/passengers.ts) applied to each segment of that source; where a GDS
 * receipt prints one locator per airline, each segment takes its own airline's.
 *
 * direction: only when the import contains the show (ctx.general has its date) — a flight before
 * the show's date is inbound, after it outbound; on the day, one that leaves before the show's time
 * is inbound and one after it outbound, and without a time, into the show's city is inbound and out
 * of it outbound.
 */
import type { ExtractedSource, Flight, FlightDirection, Passenger } from '../../interfaces.js';
import type { SectionExtractor, UnderstandContext } from '../context.js';
import type { Draft, Found } from '../found.js';
import { airportByCode, foldText } from '../../reference/index.js';
import { normalisePersonName } from '../normalise/index.js';
import { boardingPasses, schemaOrgReservations } from '../schema-org/index.js';
import { read } from '../text/index.js';
import { airlineLocators, flightReference, type Hit } from './travel/phrases.js';
import { passengersIn, seatBesideName, seatsOnFlightLine, seatTable, segmentSeats, slashNamesBelow, type PassengerHits } from './travel/passengers.js';
import { put, readerFor, type Reader } from './travel/reader.js';
import { segmentsIn, type Segment } from './travel/segments.js';
import { referenceDate, showDateOf, showPlace } from './travel/context.js';
import { inStayParagraph } from './travel/stay-block-reference.js';
import { typedPassengers } from './typed-rows.js';
import { applyManifest, manifestRows } from './travel/manifest.js';
import { fillFromCard } from './travel/card-passenger.js';
import { passengerDetailLines } from './travel/passenger-detail-line.js';
import { cellLocator, itineraryColumnsAbove, rowLocator } from './travel/itinerary-header.js';
import { withTextGaps } from './travel/markup-gaps.js';
import { withMarkupDetails } from './travel/markup-details.js';
import { withPrintedPasses } from './travel/pass-print.js';
import { passengersOfLocator } from './travel/passenger-locators.js';
import { passengerList } from './travel/passenger-list.js';
import { routeKey } from './travel/flight-seat-columns.js';
import { bookingSections, sectionAt } from './travel/booking-sections.js';
import { receiptPassengers } from './travel/passenger-receipts.js';
import { passengerColumn } from './travel/passenger-column.js';
import { withSeatTableSeats } from './travel/ticket-seat-table.js';
import { agendaFlights } from './flight-agenda.js';
import { rideRowSegments } from './travel/ride-row-flights.js';
import { arrivalByDuration } from './travel/arrival-by-duration.js';
import { withCellRoutes } from './travel/cell-route.js';
import { countedNames } from './travel/counted-names.js';
import { sentencePassengers } from './travel/sentence-passengers.js';
import { introducedPassengerNames } from './travel/passenger-names-intro.js';
import { withCalendarTimes } from './travel/calendar-flights.js';
import { withoutQuotedDraftFlights } from './travel/quoted-draft-flights.js';
import { airlineClasses, bookingClass } from './travel/booking-class.js';
import { seatTableSeats } from './travel/segment-seat-table.js';

type FlightDraft = Draft<Flight>;

function at<T>(r: Reader, h: Hit<T> | undefined, validated: boolean | null = null): Found<T> | undefined {
  return h ? r.at(h.value, [h.index, h.index + h.length], validated, 'pattern') : undefined;
}


/** Each passenger's seat on this segment: written beside the passenger, else on the segment's seat line or in its passenger table. */
function passengerDrafts(r: Reader, passengers: PassengerHits[], segment: Segment, segmentIndex: number, until: number): Draft<Passenger>[] {
  const names = passengers.map((p) => p.name?.value);
  const inBlock = segmentSeats(r.source.text.slice(segment.block[0], segment.block[1]), segment.block[0], names);
  // "SEATS XY 643: 14A 14B 14C": a seat line naming the flight, wherever it stands.
  const onLine = inBlock.some(Boolean) ? inBlock : seatsOnFlightLine(r.source.text, segment.flightNumber.value, names);
  // "Passengers | Seat | Baggage" under the flight, before the next one: a row per person (travel/segment-seat-table.ts).
  const onSegment = onLine.some(Boolean) ? onLine : seatTableSeats(r.source.text, [segment.block[0], Math.max(segment.block[1], until)], names);
  return passengers.map((p, i) => {
    const d: Draft<Passenger> = {};
    if (p.name) d.name = at(r, p.name, true);
    if (p.ticket) d.ticketNumber = at(r, p.ticket, true);
    const column = p.seatsByFlight?.get(segment.flightNumber.value) ?? (segment.from && segment.to ? p.seatsByFlight?.get(routeKey(segment.from.value, segment.to.value)) : undefined);
    const seat = column ?? p.seats[segmentIndex] ?? (p.seats.length === 1 && segmentIndex === 0 ? p.seats[0] : undefined) ?? onSegment[i];
    if (seat) d.seat = at(r, seat, true);
    return d;
  });
}

/**
 * Passengers listed by name under a label (SURNAME/GIVEN names may go on one per line below it). A
 * seat beside a name belongs to the flight only when the source states one flight: with several,
 * nothing says which segment it is for; a seat on the segment's own seat line does.
 */
function namedPassengers(r: Reader, source: ExtractedSource, segment: Segment, segments: number): Draft<Passenger>[] {
  const out: Draft<Passenger>[] = [];
  for (const l of read(source).labelled.filter((x) => x.key === 'passenger')) {
    const parts: Hit<string>[] = [];
    let offset = 0;
    // "Ann Lee, Bo Ek · seats not reserved": a remark after a separator ends the list, and names nobody.
    for (const part of l.value.split(/\s*(?:[,;]|\s[·•|]\s|\band\b|\bund\b|\boch\b|\by\b|\bet\b)\s*/)) {
      const at = l.value.indexOf(part, offset);
      offset = at + part.length;
      parts.push({ value: part, index: l.span[0] + at, length: part.length });
    }
    if (parts.length === 1 && l.value.includes('/')) parts.push(...slashNamesBelow(source.text, l.line.end));
    for (const part of parts) {
      const name = normalisePersonName(part.value);
      // Each flight's line may list the party again: a name already read adds nobody.
      if (!name || !/\p{L}{2,}\s+\p{L}/u.test(name) || !/^\p{Lu}/u.test(name) || out.some((p) => p.name?.value === name)) continue;
      const passenger: Draft<Passenger> = { name: r.at(name, [part.index, part.index + part.length], null, 'label') };
      const seat = segments === 1 ? seatBesideName(part.value) : undefined;
      if (seat) passenger.seat = r.at(seat.value, [part.index + seat.index, part.index + seat.index + seat.length], true, 'label');
      out.push(passenger);
    }
  }
  // "4 pax: A. Lee, B. Ek, …": a counted list of the party's names (travel/counted-names.ts).
  // "… Passengers: A. Lee, B. Ek." after another sentence of a paragraph (travel/sentence-passengers.ts).
  if (!out.length) {
    // "Passenger names for the tickets:" over the names' line (travel/passenger-names-intro.ts).
    const counted = countedNames(source.text);
    const sentence = counted.length ? counted : sentencePassengers(source.text);
    for (const n of sentence.length ? sentence : introducedPassengerNames(source.text)) out.push({ name: r.at(n.value, [n.index, n.index + n.length], null, 'pattern') });
  }
  const onSegment = segmentSeats(source.text.slice(segment.block[0], segment.block[1]), segment.block[0], out.map((p) => p.name?.value));
  out.forEach((p, i) => {
    const seat = onSegment[i];
    if (seat && !p.seat) p.seat = r.at(seat.value, [seat.index, seat.index + seat.length], true, 'label');
  });
  return out;
}

/** The one passenger line's name and seat for the flight's one passenger, its cabin and reference for the flight, where none are read. */
function addPassengerLine(r: Reader, d: FlightDraft, text: string): void {
  const lines = passengerDetailLines(text);
  const passengers = d.passengers ?? [];
  if (lines.length !== 1 || passengers.length > 1) return;
  const line = lines[0]!;
  const p = passengers[0] ?? {};
  if (p.name && foldText(p.name.value) !== foldText(line.name.value)) return;
  p.name ??= at(r, line.name);
  if (line.seat) p.seat ??= at(r, line.seat, true);
  d.passengers = [p];
  if (line.cabin) d.travelClass ??= at(r, line.cabin);
  if (line.reference) d.bookingReference ??= at(r, line.reference);
}

/** The names written under a passenger label ("Passenger / Passagier  LINDGREN/HEDVIG MS"), in order. */
function labelledNames(source: ExtractedSource): Hit<string>[] {
  return read(source).labelled.filter((l) => l.key === 'passenger').flatMap((l) => {
    const name = normalisePersonName(l.value);
    return name ? [{ value: name, index: l.span[0], length: l.value.length }] : [];
  });
}

/**
 * A receipt for one passenger prints the name under its own label, apart from the ticket number
 * ("PASSENGER NAME: …" / "E-TICKET NUMBER: …"): the one labelled name is the ticket's.
 */
function nameTheOnlyPassenger(passengers: Draft<Passenger>[], named: () => Draft<Passenger>[]): void {
  if (passengers.length !== 1 || passengers[0]!.name) return;
  const [only, ...others] = named();
  if (only?.name && !others.length) passengers[0]!.name = only.name;
}

/** The segment's own lines: from its flight number to the first blank line (or the block's end). */
function ownLines(text: string, s: Segment): [number, number] {
  const blank = text.slice(s.flightNumber.index, s.block[1]).search(/\n[ \t]*\n/);
  return [s.flightNumber.index, blank < 0 ? s.block[1] : s.flightNumber.index + blank];
}

/**
 * Tickets per segment: when every ticket is written among one segment's own lines ("Billetes:
 * GARRIDO/ANA 075-…" under the flight it is for), each segment has the tickets written under it,
 * and a segment with none has its passengers by name; when each flight's table lists the tickets
 * again, each segment has those of its block. Null when tickets are for the whole booking.
 */
function ticketsPerSegment(text: string, segments: Segment[], tickets: PassengerHits[]): PassengerHits[][] | null {
  if (segments.length < 2 || !tickets.length) return null;
  const owned = segments.map((s) => {
    const [from, to] = ownLines(text, s);
    return tickets.filter((t) => t.ticket && t.ticket.index >= from && t.ticket.index < to);
  });
  if (owned.flat().length === tickets.length) return owned;
  // A table per flight, below it after a blank line, writes the same tickets again: each segment's block has its own.
  const numbers = tickets.map((t) => t.ticket!.value);
  if (new Set(numbers).size === numbers.length) return null;
  const inBlock = segments.map((s, i) => tickets.filter((t) => t.ticket && t.ticket.index >= s.block[0] && t.ticket.index < (segments[i + 1]?.block[0] ?? s.block[1])));
  // A travellers' summary or an invoice outside the flights may list those tickets once more, and no others.
  const blockNumbers = new Set(inBlock.flat().map((t) => t.ticket!.value));
  return tickets.every((t) => blockNumbers.has(t.ticket!.value)) && inBlock.every((o) => o.length) ? inBlock : null;
}

/**
 * The reference written in a segment's own block, or in the rest of the line its block ends on
 * ("… lands at 08:50. United confirmation: KQ7T2M."), never past the next segment's flight number;
 * else the locator in the row's reference column.
 */
function ownReference(text: string, s: Segment, next: Segment | undefined): Hit<string> | undefined {
  const lineEnd = text.indexOf('\n', Math.max(s.block[1] - 1, s.block[0]));
  const end = Math.min(lineEnd < 0 ? text.length : Math.max(lineEnd, s.block[1]), next?.flightNumber.index ?? text.length);
  const own = flightReference(text.slice(s.block[0], end));
  if (own) return { ...own, index: own.index + s.block[0] };
  // "Airline ref SK/QWE7RT" in the segment's own block: its airline's locator for this flight.
  const designated = airlineLocators(text.slice(s.block[0], end)).get(s.airline);
  if (designated) return { ...designated, index: designated.index + s.block[0] };
  // An itinerary row under a header with a reference column ("Airline ref") carries its own locator.
  const rowStart = text.lastIndexOf('\n', s.flightNumber.index - 1) + 1;
  const columns = itineraryColumnsAbove(text, rowStart);
  if (!columns?.reference) return undefined;
  const rowEnd = text.indexOf('\n', s.flightNumber.index);
  const row = text.slice(rowStart, rowEnd < 0 ? undefined : rowEnd);
  // A tabbed row keeps its cells under the header's: the reference column's cell is the row's locator.
  const cell = columns.referenceCell !== null ? cellLocator(row, rowStart, columns.referenceCell) : undefined;
  return cell ?? rowLocator(row, rowStart, columns.referenceLast);
}

function segmentDraft(r: Reader, s: Segment, reference: Hit<string> | undefined): FlightDraft {
  const d: FlightDraft = { passengers: [] };
  put(d, 'airline', r.at(s.airline, [s.flightNumber.index, s.flightNumber.index + 2], true, 'pattern'));
  put(d, 'flightNumber', at(r, s.flightNumber, true));
  put(d, 'date', at(r, s.date, true));
  put(d, 'fromAirport', at(r, s.from, true));
  put(d, 'toAirport', at(r, s.to, true));
  // Cities as the booking writes them: a bare airport code says nothing of how the city is called.
  put(d, 'fromCity', at(r, s.fromCity));
  put(d, 'toCity', at(r, s.toCity));
  if (s.date && s.departure) d.departureTime = r.at(`${s.date.value}T${s.departure.value}`, [s.departure.index, s.departure.index + s.departure.length], true, 'pattern');
  if (s.date && s.arrival) d.arrivalTime = r.at(`${(s.arrivalDate ?? s.date).value}T${s.arrival.value}`, [s.arrival.index, s.arrival.index + s.arrival.length], true, 'pattern');
  // A printed duration that does not lead to the arrival read: the written time it leads to (travel/arrival-by-duration.ts).
  const landing = arrivalByDuration(r.source.text, s);
  if (landing) d.arrivalTime = r.at(`${landing.date}T${landing.arrival.value}`, [landing.arrival.index, landing.arrival.index + landing.arrival.length], true, 'pattern');
  put(d, 'durationMinutes', at(r, s.duration, true));
  put(d, 'aircraft', at(r, s.aircraft));
  put(d, 'travelClass', at(r, s.travelClass));
  put(d, 'bookingReference', at(r, reference));
  return d;
}

/** Whether an airport (code or city) is where the show is: same city, else same country. */
function atShow(code: Found<string> | undefined, city: Found<string> | undefined, show: { city: string | null; country: string | null }): boolean {
  if (show.city && city && foldText(city.value) === foldText(show.city)) return true;
  const airport = code ? airportByCode(code.value) : null;
  return !!airport && !!show.country && airport.country === show.country;
}

/**
 * On the show's day, where the show's place does not tell: a flight into the airport a later flight
 * of the booking leaves from is the trip there; one out of the airport an earlier flight arrived at
 * is the trip back.
 */
function directionByReturn(d: FlightDraft, all: FlightDraft[]): FlightDirection | null {
  const date = d.date?.value;
  if (!date) return null;
  if (all.some((o) => o !== d && o.date && o.date.value > date && o.fromAirport?.value === d.toAirport?.value)) return 'inbound';
  if (all.some((o) => o !== d && o.date && o.date.value < date && o.toAirport?.value === d.fromAirport?.value)) return 'outbound';
  return null;
}

function directionOf(
  d: FlightDraft, showDate: string, showTime: string | null, show: { city: string | null; country: string | null },
): FlightDirection | null {
  const date = d.date?.value;
  if (!date) return null;
  if (date < showDate) return 'inbound';
  if (date > showDate) return 'outbound';
  // The clock is the surer sign: a short hop from the same country lands near the venue, not in its city.
  const departs = d.departureTime?.value.slice(11);
  if (showTime && departs) return departs < showTime ? 'inbound' : 'outbound';
  const into = atShow(d.toAirport, d.toCity, show);
  const outOf = atShow(d.fromAirport, d.fromCity, show);
  if (into && !outOf) return 'inbound';
  if (outOf && !into) return 'outbound';
  return null;
}

/** The flight segments the source's text states, with their references and passengers. */
function textFlights(source: ExtractedSource, ctx: UnderstandContext): FlightDraft[] {
  const r = readerFor(source, 'pattern');
  // A flight a chauffeur's ride meets is read from its ride's row alone (travel/ride-row-flights.ts).
  const { segments, onRide, landedAtPickUp } = rideRowSegments(source, segmentsIn(source.text, referenceDate(source, ctx)), referenceDate(source, ctx));
  // A table cell holding a whole flight ("FA 212 · BFN 07:20 → ELS 08:35") is read from that cell (travel/cell-route.ts).
  withCellRoutes(source.text, segments);
  // A hotel's confirmation in its own paragraph is not the flights' booking (travel/stay-block-reference.ts).
  const bookingRef = [flightReference(source.text)].find((ref) => !ref || !inStayParagraph(source.text, ref));
  const locators = airlineLocators(source.text);
  const tickets = passengersIn(source.text);
  const perSegment = ticketsPerSegment(source.text, segments, tickets);
  // Seats may stand in a table of their own, by passenger name (travel/ticket-seat-table.ts).
  const seated = tickets.length ? withSeatTableSeats(tickets, seatTable(source.text)) : seatTable(source.text);
  // A low-cost booking lists its passengers by name alone under a heading (travel/passenger-list.ts).
  const passengers = seated.length ? seated : passengerList(source.text);
  const owns = segments.map((s, i) => ownReference(source.text, s, segments[i + 1]));
  // Segments booked under references of their own: one without its own is on its airline's booking, else none known.
  const mixed = owns.some((o) => o && o.value !== bookingRef?.value);
  // A summary booking each group under its own locator, part by part: its part's locator is a flight's (travel/booking-sections.ts).
  const sections = bookingSections(source.text, segments.map((s) => s.flightNumber.index));
  // One receipt per passenger, each with the whole itinerary: each segment is its receipt's passenger's (travel/passenger-receipts.ts).
  const receipts = receiptPassengers(source.text, segments, tickets, labelledNames(source));
  const drafts = segments.map((s, i) => {
    const sameAirline = owns.find((o, j) => o && segments[j]!.airline === s.airline);
    const section = sectionAt(sections, s.flightNumber.index);
    const reference = onRide.has(s) ? owns[i] : section?.reference ?? owns[i] ?? locators.get(s.airline) ?? sameAirline ?? (mixed ? undefined : bookingRef);
    const d = segmentDraft(r, s, reference);
    // Where it lands is inferred from the ride's pick-up place, not stated with the flight: a weaker reading.
    if (landedAtPickUp.has(s)) {
      const inferred = readerFor(source, 'inferred');
      if (s.to) d.toAirport = inferred.at(s.to.value, [s.to.index, s.to.index + s.to.length], null, 'inferred');
      if (s.toCity) d.toCity = inferred.at(s.toCity.value, [s.toCity.index, s.toCity.index + s.toCity.length], null, 'inferred');
    }
    // Seats written after a segment's own tickets are for that segment; a passenger table may give each traveller's locator.
    const inSection = (p: PassengerHits) => sectionAt(sections, (p.ticket ?? p.name)?.index ?? -1) === section;
    const mine = receipts ? receipts[i]! : perSegment ? perSegment[i]! : section ? passengers.filter(inSection) : passengersOfLocator(source.text, passengers, reference);
    const legIndex = receipts || perSegment ? 0 : section ? segments.filter((o) => sectionAt(sections, o.flightNumber.index) === section).indexOf(s) : i;
    d.passengers = mine.length ? passengerDrafts(r, mine, s, legIndex, segments[i + 1]?.block[0] ?? source.text.length) : namedPassengers(r, source, s, segments.length);
    if (mine.length) nameTheOnlyPassenger(d.passengers, () => namedPassengers(r, source, s, segments.length));
    // A one-flight app card labels the passenger's name and seat from the line above (travel/card-passenger.ts).
    if (segments.length === 1) d.passengers = fillFromCard(r, d.passengers, source.text);
    // A one-flight sheet's passenger line ("Passenger: Ann Lee · Seat 22A · Economy · Booking code QX7P2L", travel/passenger-detail-line.ts).
    if (segments.length === 1) addPassengerLine(r, d, source.text);
    // A tour app's flight row lists its own passengers in its details cell.
    if (!d.passengers.length) d.passengers = typedPassengers(r, s.flightNumber.index);
    // A flight table's row may name its own passengers in a passengers column (travel/passenger-column.ts).
    if (!d.passengers.length) d.passengers = passengerColumn(r, s.flightNumber.index);
    return d;
  });
  // One cabin labelled over the booking's flights is each one's (travel/booking-class.ts).
  const cabin = segments.length && drafts.every((d) => !d.travelClass) ? bookingClass(source.text, segments[0]!.flightNumber.index) : undefined;
  if (cabin) for (const d of drafts) put(d, 'travelClass', at(r, cabin));
  // A class line naming each airline's cabin by its code gives each flight its airline's (travel/booking-class.ts).
  const byAirline = airlineClasses(source.text);
  segments.forEach((s, i) => {
    const own = byAirline.get(s.airline);
    if (own) drafts[i]!.travelClass = at(r, own);
  });
  // A manifest lists each flight's passengers row by row (travel/manifest.ts).
  applyManifest(r, drafts, manifestRows(read(source).lines));
  // A quoted draft's flight that the reply has replaced on its route (travel/quoted-draft-flights.ts).
  return withoutQuotedDraftFlights(source, drafts);
}

function flightsIn(source: ExtractedSource, ctx: UnderstandContext): FlightDraft[] {
  const schema = schemaOrgReservations(source).flights;
  const passes = boardingPasses(source, referenceDate(source, ctx));
  // Markup the text completes where it is partial (travel/markup-gaps.ts); a boarding pass's bar code
  // is completed by the pass printed around it (travel/pass-print.ts).
  // A calendar's agenda print: its flight events are the flights (flight-agenda.ts).
  const agenda = agendaFlights(source);
  return agenda ?? (passes.length ? [...schema, ...withPrintedPasses(readerFor(source, 'label'), passes)]
    : schema.length ? withMarkupDetails(readerFor(source, 'pattern'), withTextGaps(schema, textFlights(source, ctx))) : textFlights(source, ctx));
}

/** Each source's flights, inbound or outbound by the show's date and place. */
function withDirections(source: ExtractedSource, drafts: FlightDraft[], ctx: UnderstandContext): FlightDraft[] {
  const showDate = showDateOf(ctx);
  if (showDate) {
    const r = readerFor(source, 'inferred');
    const showTime = ctx.general.setTime?.value ?? ctx.general.doorsTime?.value ?? null;
    for (const d of drafts) {
      const direction = directionOf(d, showDate, showTime, showPlace(ctx)) ?? directionByReturn(d, drafts);
      if (direction) d.direction = r.at(direction, null, null, 'inferred');
    }
  }
  return drafts;
}

export const extract: SectionExtractor<Flight> = (ctx) => {
  const all = ctx.sources.map((source) => ({ source, drafts: flightsIn(source, ctx) }));
  // A calendar invite's flight takes its times from the event's start and end (travel/calendar-flights.ts).
  withCalendarTimes(all);
  return all.flatMap((x) => withDirections(x.source, x.drafts, ctx));
};
