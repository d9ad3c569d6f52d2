/**
 * A calendar invite's flight (.ics, as the extraction writes each event: "Summary: Flight XY 123 Oslo -
 * Nice" / "Start: 20270503T081500Z" / "End: …" / "Location: …" / "Description: …"): the event's start
 * is the take-off and its end the landing. A UTC time ("…Z") and a zoned one (its TZID's or the
 * calendar's wall clock with that zone's offset, "…T110000+0100") are turned into the wall clock of the
 * departure airport (start) and of the arrival airport (end), by the airports' time zones: the flight's
 * airports as the flight's readings state them, else as the same flight states them elsewhere in the
 * import, else a pair of airport codes the event writes ("LHR-JFK"), else the one zone of every airport
 * of a city the summary names ("Oslo - Nice"). A calendar kept in London's
 * zone writes a landing at New York as London's clock (19:00 for 14:00 local). Where the airport's zone
 * is not known, a zoned time stays as written and a UTC one is left out: a wrong time costs more than a
 * missing one; a floating time (no zone) is the local time already. The calendar only fills the date and
 * times no other reading of the invite gave: a time its description writes out is the airport's own.
 */
import type { ExtractedSource, Flight } from '../../../interfaces.js';
import { airportCodesForCity, airportTimeZone } from '../../../reference/index.js';
import type { Draft } from '../../found.js';
import { FLIGHT_IN_TEXT, normaliseFlightNumber } from '../../normalise/index.js';
import { wallClock } from '../../schema-org/local-time.js';
import { readerFor } from './reader.js';

type FlightDraft = Draft<Flight>;

interface Field { value: string; span: [number, number] }
type Event = Partial<Record<'summary' | 'start' | 'end' | 'location' | 'description', Field>>;

const FIELD = /^(Summary|Start|End|Location|Description|Organizer|URL):[ \t]*(.*?)\s*$/;
const FLIGHT_WORD = /\b(?:flight|flug|vol|vuelo|volo|voo|vlucht|lot|fly|flyg|let)\b|✈/i;
const STAMP = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})\d{2}(Z|([+-])(\d{2})(\d{2}))?$/;

/** The events of an .ics source; a field seen again opens the next event (a description may hold blank lines). */
function eventsOf(text: string): Event[] {
  const events: Event[] = [];
  let event: Event & Record<string, Field> = {};
  let seen = new Set<string>();
  let offset = 0;
  for (const line of text.split('\n')) {
    const m = FIELD.exec(line);
    if (m) {
      const key = m[1]!.toLowerCase();
      if (seen.has(key)) {
        events.push(event);
        event = {};
        seen = new Set();
      }
      seen.add(key);
      const at = offset + line.indexOf(m[2]!, m[1]!.length + 1);
      event[key] = { value: m[2]!, span: [at, at + m[2]!.length] };
    } else if (event.description && seen.size && line.trim()) {
      // The description's further lines ("Aircraft: …" in an unlabelled run).
      event.description = { value: `${event.description.value}\n${line}`, span: [event.description.span[0], offset + line.length] };
    }
    offset += line.length + 1;
  }
  if (seen.size) events.push(event);
  return events;
}

/** An event about a flight but not the flight: the ride that meets it, the desk that checks it in. */
const NOT_THE_FLIGHT = /\b(?:pick[- ]?up|transfer|driver|shuttle|collect(?:ion)?|meet(?:ing)?|check[- ]?in|abholung|recogida|navette|ramassage)\b/i;

/**
 * The flight numbers of an event that is a flight: its summary names it ("Flight XY 123", "XY 123
 * Oslo - Nice"), and no ride or desk; then the numbers its description writes.
 */
function flightNumbersOf(event: Event): string[] {
  const summary = event.summary?.value ?? '';
  if (NOT_THE_FLIGHT.test(summary) || !(FLIGHT_WORD.test(summary) || new RegExp(FLIGHT_IN_TEXT.source).test(summary))) return [];
  const text = `${summary}\n${event.description?.value ?? ''}`;
  return [...text.matchAll(FLIGHT_IN_TEXT)].flatMap((m) => {
    const n = normaliseFlightNumber(m[0]);
    return n?.validated ? [n.value] : [];
  });
}

/** The one zone of every airport serving a city whose name a summary's side starts with ("London Heathrow" → London's). */
function cityZone(side: string): string | null {
  const words = side.trim().split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const zones = new Set(airportCodesForCity(words.slice(0, n).join(' ')).map((c) => airportTimeZone(c)));
    if (zones.size) return zones.size === 1 ? [...zones][0] ?? null : null;
  }
  return null;
}

/** "Flight XY 123 Oslo - Nice" → the zones of its two sides, where each city's airports share one. */
function summaryZones(summary: string | undefined): [string | null, string | null] {
  const route = /\b(?:[A-Z][A-Z0-9]|[0-9][A-Z])\s?\d{1,4}\b[:,]?\s+(.+?)\s+(?:-|–|→|->|to)\s+(.+)$/u.exec(summary ?? '');
  return route ? [cityZone(route[1]!), cityZone(route[2]!)] : [null, null];
}

/** "LHR-JFK", "LIS → KEF" in the event's summary, location or description: the zones of two known airports. */
function codePairZones(event: Event): [string, string] | null {
  const text = [event.summary, event.location, event.description].map((f) => f?.value ?? '').join('\n');
  for (const m of text.matchAll(/\b([A-Z]{3})[ \t]?(?:-|–|→|->|>|\/)[ \t]?([A-Z]{3})\b/g)) {
    const from = airportTimeZone(m[1]!), to = airportTimeZone(m[2]!);
    if (from && to) return [from, to];
  }
  return null;
}

/** The one value every draft of the flight elsewhere gives for a field, or undefined. */
function agreed(others: FlightDraft[], key: 'fromAirport' | 'toAirport'): string | undefined {
  const values = new Set(others.map((d) => d[key]?.value).filter((v): v is string => !!v));
  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * `20271014T104000Z` or `20271014T114000+0100` in the airport's `zone`; a floating time, or a zoned one
 * where the airport's zone is unknown, as written; null when a UTC time has no zone.
 */
function localStamp(value: string, zone: string | null): { date: string; time: string } | null {
  const m = STAMP.exec(value);
  if (!m) return null;
  const written = { date: `${m[1]}-${m[2]}-${m[3]}`, time: `${m[4]}:${m[5]}` };
  if (!m[6]) return written;
  if (!zone) return m[6] === 'Z' ? null : written;
  const offset = m[6] === 'Z' ? 'Z' : `${m[7]}${m[8]}:${m[9]}`;
  return wallClock(new Date(`${written.date}T${written.time}:00${offset}`), zone);
}

/**
 * Each .ics source's flights take their date, departure and arrival from their events; `all` is every
 * source's drafts, so that a UTC time finds the flight's airports where the invite does not name them.
 */
export function withCalendarTimes(all: { source: ExtractedSource; drafts: FlightDraft[] }[]): void {
  for (const { source, drafts } of all) {
    if (source.format !== 'ics' || !drafts.length) continue;
    const r = readerFor(source, 'label');
    for (const event of eventsOf(source.text)) {
      const numbers = flightNumbersOf(event);
      const draft = drafts.find((d) => d.flightNumber && numbers.includes(d.flightNumber.value));
      if (!draft || !event.start) continue;
      const others = all.flatMap((x) => x.drafts).filter((d) => d !== draft && d.flightNumber?.value === draft.flightNumber!.value);
      const [fromCity, toCity] = codePairZones(event) ?? summaryZones(event.summary?.value);
      const zoneOf = (code: string | undefined, city: string | null) => (code ? airportTimeZone(code) : null) ?? city;
      const departure = localStamp(event.start.value, zoneOf(draft.fromAirport?.value ?? agreed(others, 'fromAirport'), fromCity));
      const arrival = event.end ? localStamp(event.end.value, zoneOf(draft.toAirport?.value ?? agreed(others, 'toAirport'), toCity)) : null;
      if (departure) {
        draft.date ??= r.at(departure.date, event.start.span, true);
        draft.departureTime ??= r.at(`${departure.date}T${departure.time}`, event.start.span, true);
      }
      if (arrival && event.end) draft.arrivalTime ??= r.at(`${arrival.date}T${arrival.time}`, event.end.span, true);
    }
  }
}
