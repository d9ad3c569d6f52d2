/**
 * A chauffeur's booking names the flight its driver meets on one of the ride's rows ("Flight to meet ⇥
 * LH946 from Frankfurt (FRA) · scheduled arrival 10:40"): that row is all the booking states of the
 * flight. The rows and rides after it (pick-up times, the next ride's day) are not the flight's, so
 * the flight is read from its row alone (a day written before it still dates it), and the booking's
 * number is the car's, no reference of the flight's. When the row names only where the flight comes
 * from, it lands at the airport the ride picks up from ("From ⇥ Manchester Airport (MAN)").
 */
import type { ExtractedSource } from '../../../interfaces.js';
import { airportByCode, foldText } from '../../../reference/index.js';
import { ridePickUpAt } from '../schedule-ride-form.js';
import { segmentsIn, type Segment } from './segments.js';

/** Segments named on the row of a ride block timed by its pick-up, re-read from the text cut after that row; the others as they are. */
export function rideRowSegments(source: ExtractedSource, segments: Segment[], ref: Date | null): { segments: Segment[]; onRide: Set<Segment>; landedAtPickUp: Set<Segment> } {
  const onRide = new Set<Segment>();
  const landedAtPickUp = new Set<Segment>();
  const text = source.text;
  const out = segments.map((s) => {
    const at = s.flightNumber.index;
    const pickUp = ridePickUpAt(source, [at, at + s.flightNumber.length]);
    if (!pickUp) return s;
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    // Blank out everything after the row, keeping offsets, so the segment's block cannot run past it.
    const cut = text.slice(0, lineEnd) + text.slice(lineEnd).replace(/[^\n]/g, ' ');
    const own = segmentsIn(cut, ref).find((o) => o.flightNumber.index === at) ?? s;
    if (own.from && !own.to && landAtPickUp(pickUp, own)) landedAtPickUp.add(own);
    onRide.add(own);
    return own;
  });
  return { segments: out, onRide, landedAtPickUp };
}

/** The airport in brackets in the ride's pick-up place, as the flight's destination, with the city the place opens with. */
function landAtPickUp(place: { value: string; at: number }, s: Segment): boolean {
  const code = /\(([A-Z]{3})\)/.exec(place.value);
  const airport = code ? airportByCode(code[1]!) : null;
  if (!code || !airport || code[1] === s.from?.value) return false;
  s.to = { value: code[1]!, index: place.at + code.index + 1, length: 3 };
  if (airport.city && foldText(place.value).startsWith(foldText(airport.city))) s.toCity = { value: place.value.slice(0, airport.city.length), index: place.at, length: airport.city.length };
  return true;
}
