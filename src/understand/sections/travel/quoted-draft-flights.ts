/**
 * A reply restates a booking its quoted draft gave ("the airline moved its schedule, so it is now
 * flight XY 302"): a flight read only in a quoted older message, on a route the newer message also
 * flies, is the draft's flight, replaced. Flights of routes the newer message does not speak of stay.
 */
import type { ExtractedSource, Flight } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import { depthAt, read } from '../../text/index.js';

type FlightDraft = Draft<Flight>;

export function withoutQuotedDraftFlights(source: ExtractedSource, drafts: FlightDraft[]): FlightDraft[] {
  const messages = read(source).messages;
  if (messages.length < 2) return drafts;
  const depthOf = (d: FlightDraft) => (d.flightNumber?.span ? depthAt(messages, d.flightNumber.span[0]) : 0);
  const route = (d: FlightDraft) => (d.fromAirport && d.toAirport ? `${d.fromAirport.value}-${d.toAirport.value}` : null);
  return drafts.filter((d) => {
    const depth = depthOf(d);
    if (!depth || !route(d)) return true;
    return !drafts.some((o) => o !== d && depthOf(o) < depth && route(o) === route(d) && o.flightNumber?.value !== d.flightNumber?.value);
  });
}
