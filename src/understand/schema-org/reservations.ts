/**
 * schema.org reservations → Drafts (method `schema_org`): FlightReservation → flights (one flight
 * per flight number + date, a passenger per reservation), LodgingReservation → hotels,
 * FoodEstablishmentReservation → food, EventReservation → the show's general details.
 *
 * Date-times in markup carry UTC offsets ("2025-05-02T10:40:00+02:00"); the contract wants the local
 * wall-clock time, which is the written part before the offset — unless the markup wrote UTC itself
 * ("…Z"), when the place's country turns it into local time (local-time.ts). Each value's span points
 * at the place the visible text writes it, when it does.
 */
import type { ExtractedSource, Flight, Food, General, Hotel, Passenger } from '../../interfaces.js';
import type { Draft, Found } from '../found.js';
import { airlineCodeForName, airportByCode, countryCode, isAirlineCode } from '../../reference/index.js';
import {
  normaliseBookingReference, normaliseEmail, normaliseFlightNumber, normalisePersonName, normalisePhone,
  normaliseSeat, normaliseText, normaliseTicketNumber, normaliseDuration,
} from '../normalise/index.js';
import { put, readerFor, type Reader } from '../sections/travel/reader.js';
import { schemaNodesOfHtml } from './html.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { isNode, listAt, nodeAt, textAt, typeOf, type SchemaNode } from './nodes.js';
import { localDateTime, splitDateTime } from './local-time.js';

export interface SchemaOrgFindings {
  flights: Draft<Flight>[];
  hotels: Draft<Hotel>[];
  food: Draft<Food>[];
  events: Draft<General>[];
}

export { splitDateTime };

/** ISO 8601 durations ("PT1H5M") and written ones → minutes. */
function minutes(text: string | null): number | null {
  const iso = /^P(?:T)?(?:(\d+)H)?(?:(\d+)M)?$/i.exec(text ?? '');
  if (iso && (iso[1] || iso[2])) return Number(iso[1] ?? 0) * 60 + Number(iso[2] ?? 0);
  return text ? normaliseDuration(text) : null;
}

interface Place {
  address: string | null;
  street: string | null;
  city: string | null;
  country: string | null;
}

function placeOf(node: SchemaNode | undefined): Place {
  const addr = node && (nodeAt(node, 'address') ?? nodeAt(node, 'location', 'address'));
  const flat = node && !addr ? textAt(node, 'address') : null;
  if (!addr) return { address: flat, street: null, city: null, country: null };
  const street = textAt(addr, 'streetAddress');
  const city = textAt(addr, 'addressLocality');
  const postal = textAt(addr, 'postalCode');
  const countryText = textAt(addr, 'addressCountry');
  const locality = [postal, city].filter(Boolean).join(' ');
  return {
    address: [street, locality].filter(Boolean).join(', ') || null,
    street,
    city,
    country: countryText ? countryCode(countryText) : null,
  };
}

/**
 * The address as the visible text writes it: the rest of the line from the street address on
 * (contact details after a separator cut off), else composed from the markup's parts.
 */
function addressFound(r: Reader, place: Place): Found<string> | undefined {
  if (place.street) {
    const at = r.source.text.indexOf(place.street);
    if (at >= 0) {
      const lineEnd = r.source.text.indexOf('\n', at);
      const line = r.source.text.slice(at, lineEnd < 0 ? undefined : lineEnd);
      // A sentence that goes on after the city ("…, 9900 Norddeich. Gates 11:30") ends the address there.
      const written = line.split(/\s+[/·|•]\s+|\s+(?:Tel|Phone|Tfn|Telefon)\b|(?<=\p{L}{3})[.;]\s+(?=\p{Lu})/iu)[0]!.trim().replace(/[,;]$/, '');
      if (written.includes(place.city ?? written)) return r.at(written, [at, at + written.length], true);
    }
  }
  return place.address ? r.at(place.address, place.street ?? place.address) : undefined;
}


function textFound(r: Reader, text: string | null): Found<string> | undefined {
  const t = normaliseText(text);
  return t ? r.at(t, t) : undefined;
}

function phoneFound(r: Reader, text: string | null, country: string | null): Found<string> | undefined {
  const p = text ? normalisePhone(text, country) : null;
  return p ? r.at(p.value, text, p.validated) : undefined;
}

function emailFound(r: Reader, text: string | null): Found<string> | undefined {
  const e = text ? normaliseEmail(text) : null;
  return e ? r.at(e, e, true) : undefined;
}

function refFound(r: Reader, text: string | null): Found<string> | undefined {
  const ref = text ? normaliseBookingReference(text) : null;
  return ref ? r.at(ref, text) : undefined;
}

function dateFound(r: Reader, date: string | null, time: string | null) {
  return {
    date: date ? r.at(date, null, true) : undefined,
    time: time ? r.at(time, time, true) : undefined,
  };
}

function guestsOf(r: Reader, node: SchemaNode): Found<string>[] {
  return listAt(node, 'underName').flatMap((g) => {
    const written = typeof g === 'string' ? g : g && typeof g === 'object' && !Array.isArray(g) ? textAt(g, 'name') : null;
    const name = written ? normalisePersonName(written) : null;
    return name ? [r.at(name, written, true)] : [];
  });
}

function hotelOf(r: Reader, res: SchemaNode): Draft<Hotel> {
  const lodging = nodeAt(res, 'reservationFor') ?? {};
  const place = placeOf(lodging);
  const checkIn = localDateTime(textAt(res, 'checkinTime') ?? textAt(res, 'checkinDate'), place.country, r.source.text);
  const checkOut = localDateTime(textAt(res, 'checkoutTime') ?? textAt(res, 'checkoutDate'), place.country, r.source.text);
  const rooms = Number(textAt(res, 'numRooms'));
  const draft: Draft<Hotel> = { guests: guestsOf(r, res) };
  put(draft, 'name', textFound(r, textAt(lodging, 'name')));
  put(draft, 'address', addressFound(r, place));
  put(draft, 'city', textFound(r, place.city));
  put(draft, 'country', place.country ? r.at(place.country, null, true) : undefined);
  put(draft, 'checkInDate', dateFound(r, checkIn.date, null).date);
  put(draft, 'checkInTime', dateFound(r, null, checkIn.time).time);
  put(draft, 'checkOutDate', dateFound(r, checkOut.date, null).date);
  put(draft, 'checkOutTime', dateFound(r, null, checkOut.time).time);
  put(draft, 'rooms', Number.isInteger(rooms) && rooms > 0 ? r.at(rooms, null, true) : undefined);
  put(draft, 'bookingReference', refFound(r, textAt(res, 'reservationNumber')));
  put(draft, 'phone', phoneFound(r, textAt(lodging, 'telephone'), place.country));
  put(draft, 'email', emailFound(r, textAt(lodging, 'email')));
  return draft;
}

function foodOf(r: Reader, res: SchemaNode): Draft<Food> {
  const venue = nodeAt(res, 'reservationFor') ?? {};
  const place = placeOf(venue);
  const start = localDateTime(textAt(res, 'startTime') ?? textAt(res, 'startDate'), place.country, r.source.text);
  const party = Number(textAt(res, 'partySize'));
  const draft: Draft<Food> = { kind: r.at('restaurant' as const, null, true) };
  put(draft, 'name', textFound(r, textAt(venue, 'name')));
  put(draft, 'address', addressFound(r, place));
  put(draft, 'city', textFound(r, place.city));
  put(draft, 'phone', phoneFound(r, textAt(venue, 'telephone'), place.country));
  put(draft, 'email', emailFound(r, textAt(venue, 'email')));
  put(draft, 'date', dateFound(r, start.date, null).date);
  put(draft, 'time', dateFound(r, null, start.time).time);
  put(draft, 'guestCount', Number.isInteger(party) && party > 0 ? r.at(party, null, true) : undefined);
  put(draft, 'bookingReference', refFound(r, textAt(res, 'reservationNumber')));
  return draft;
}

function airlineOf(flight: SchemaNode): string | null {
  const code = textAt(flight, 'airline', 'iataCode')?.toUpperCase() ?? null;
  if (code && isAirlineCode(code)) return code;
  const name = textAt(flight, 'airline');
  return (name && airlineCodeForName(name)) ?? code ?? name;
}

function airportFound(r: Reader, airport: SchemaNode | undefined) {
  const code = airport ? textAt(airport, 'iataCode')?.toUpperCase() ?? null : null;
  const known = code ? airportByCode(code) : null;
  const city = airport ? textAt(airport, 'address', 'addressLocality') : null;
  return {
    code: code ? r.at(code, code, known !== null) : undefined,
    // The city as the document writes it; else the airport's city from the reference data.
    city: city ? r.at(city, city) : known?.city ? r.at(oneCityName(known.city, r.source.text), known.city, true, 'inferred') : undefined,
  };
}

/**
 * "Tarnby / Kastrup": reference data may name an airport's place two ways; the city is the one the document
 * writes, else the first.
 */
function oneCityName(city: string, text: string): string {
  const names = city.split(/\s+\/\s+/).map((n) => n.trim()).filter(Boolean);
  if (names.length < 2) return city;
  return names.find((n) => new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, 'u').test(text)) ?? names[0]!;
}

function passengerOf(r: Reader, res: SchemaNode): Draft<Passenger> | null {
  const written = textAt(res, 'underName');
  const name = written ? normalisePersonName(written) : null;
  const seatText = textAt(res, 'airplaneSeat');
  const seat = seatText ? normaliseSeat(seatText) : null;
  const ticketText = textAt(res, 'ticketNumber');
  const ticket = ticketText ? normaliseTicketNumber(ticketText) : null;
  if (!name && !seat && !ticket) return null;
  const p: Draft<Passenger> = {};
  put(p, 'name', name ? r.at(name, written, true) : undefined);
  put(p, 'seat', seat ? r.at(seat, seatText, true) : undefined);
  put(p, 'ticketNumber', ticket ? r.at(ticket, ticketText, true) : undefined);
  return p;
}

function flightOf(r: Reader, res: SchemaNode): Draft<Flight> {
  const flight = nodeAt(res, 'reservationFor') ?? {};
  const airline = airlineOf(flight);
  const numberText = textAt(flight, 'flightNumber');
  const number = numberText ? normaliseFlightNumber(/^\d+$/.test(numberText) && airline ? airline + numberText : numberText) : null;
  const airportAt = (key: string) => airportByCode(textAt(flight, key, 'iataCode') ?? '');
  const countryOf = (key: string) => airportAt(key)?.country ?? null;
  // A UTC time turns into the airport's own zone where the data knows it, else its country's (local-time.ts).
  const dep = localDateTime(textAt(flight, 'departureTime'), countryOf('departureAirport'), r.source.text, airportAt('departureAirport')?.timeZone);
  const arr = localDateTime(textAt(flight, 'arrivalTime'), countryOf('arrivalAirport'), r.source.text, airportAt('arrivalAirport')?.timeZone);
  const from = airportFound(r, nodeAt(flight, 'departureAirport'));
  const to = airportFound(r, nodeAt(flight, 'arrivalAirport'));
  const duration = minutes(textAt(flight, 'estimatedFlightDuration') ?? textAt(flight, 'duration'));
  const cls = textAt(res, 'airplaneSeatClass');
  const draft: Draft<Flight> = { passengers: [] };
  put(draft, 'airline', airline ? r.at(airline, textAt(flight, 'airline'), isAirlineCode(airline)) : undefined);
  put(draft, 'flightNumber', number ? r.at(number.value, number.value, number.validated) : undefined);
  put(draft, 'date', dep.date ? r.at(dep.date, null, true) : undefined);
  put(draft, 'fromAirport', from.code);
  put(draft, 'fromCity', from.city);
  put(draft, 'toAirport', to.code);
  put(draft, 'toCity', to.city);
  put(draft, 'departureTime', dep.date && dep.time ? r.at(`${dep.date}T${dep.time}`, dep.time, true) : undefined);
  put(draft, 'arrivalTime', arr.date && arr.time ? r.at(`${arr.date}T${arr.time}`, arr.time, true) : undefined);
  put(draft, 'durationMinutes', duration ? r.at(duration, null, true) : undefined);
  put(draft, 'aircraft', textFound(r, textAt(flight, 'aircraft')));
  put(draft, 'travelClass', textFound(r, cls));
  put(draft, 'bookingReference', refFound(r, textAt(res, 'reservationNumber')));
  const passenger = passengerOf(r, res);
  if (passenger) draft.passengers!.push(passenger);
  return draft;
}

/**
 * The act a reservation is for: the only performer; among several (a festival's line-up), the one
 * the reservation is made under; else none.
 */
function actOf(res: SchemaNode, event: SchemaNode): { name: string | null; alone: boolean } {
  const performers = listAt(event, 'performer').map((p) => (typeof p === 'string' ? p.trim() : isNode(p) ? textAt(p, 'name') : null));
  if (performers.length <= 1) return { name: performers[0] ?? null, alone: true };
  const holder = textAt(res, 'underName')?.toLowerCase();
  return { name: performers.find((p) => p && p.toLowerCase() === holder) ?? null, alone: false };
}

function eventOf(r: Reader, res: SchemaNode): Draft<General> {
  const event = nodeAt(res, 'reservationFor') ?? {};
  const venue = nodeAt(event, 'location');
  const place = placeOf(venue);
  const start = localDateTime(textAt(event, 'startDate'), place.country, r.source.text);
  const doors = localDateTime(textAt(event, 'doorTime'), place.country, r.source.text);
  const artist = actOf(res, event);
  const draft: Draft<General> = {};
  put(draft, 'eventName', textFound(r, textAt(event, 'name')));
  put(draft, 'artist', textFound(r, artist.name));
  put(draft, 'venue', venue ? textFound(r, textAt(venue, 'name')) : undefined);
  put(draft, 'address', addressFound(r, place));
  put(draft, 'city', textFound(r, place.city));
  put(draft, 'country', place.country ? r.at(place.country, null, true) : undefined);
  put(draft, 'date', start.date ? r.at(start.date, null, true) : undefined);
  // A line-up's start is the programme's, not this act's set.
  put(draft, 'setTime', start.time && artist.alone ? r.at(start.time, start.time, true) : undefined);
  put(draft, 'doorsTime', doors.time ? r.at(doors.time, doors.time, true) : undefined);
  return draft;
}

/** One flight per flight number + date: reservations for several passengers on one flight fold together. */
function groupFlights(drafts: Draft<Flight>[]): Draft<Flight>[] {
  const byKey = new Map<string, Draft<Flight>>();
  for (const d of drafts) {
    const key = `${d.flightNumber?.value ?? '?'}|${d.date?.value ?? '?'}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, d);
    else seen.passengers!.push(...d.passengers!);
  }
  return [...byKey.values()];
}

/**
 * A booking's reservations for rooms it describes apart ("Superior Double", "Twin Room", each "numRooms": 1) add
 * their rooms up; the same room repeated per guest (one description, or none) counts once.
 */
function addRooms(into: Draft<Hotel>, from: Draft<Hotel>, units: Map<Draft<Hotel>, Set<string>>): void {
  const own = units.get(into);
  const other = units.get(from);
  if (!own || !other || !into.rooms || !from.rooms) return;
  const described = [...other].filter((u) => u && !own.has(u));
  if (!described.length || own.has('')) return;
  into.rooms = { ...into.rooms, value: into.rooms.value + from.rooms.value };
  for (const u of described) own.add(u);
}

/** Hotels and food repeated per guest fold the same way, keeping every guest once. */
function groupByReference<T extends { bookingReference?: Found<string>; name?: Found<string> }>(
  drafts: T[], merge: (into: T, from: T) => void,
): T[] {
  const byKey = new Map<string, T>();
  for (const d of drafts) {
    const key = `${d.bookingReference?.value ?? ''}|${d.name?.value ?? ''}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, d);
    else merge(seen, d);
  }
  return [...byKey.values()];
}

export function schemaOrgReservations(source: ExtractedSource): SchemaOrgFindings {
  const out: SchemaOrgFindings = { flights: [], hotels: [], food: [], events: [] };
  if (!source.html) return out;
  const r = readerFor(source, 'schema_org');
  // The room each stay's reservation books ("Twin Room"): one per room of a booking, several guests per room.
  const units = new Map<Draft<Hotel>, Set<string>>();
  for (const node of schemaNodesOfHtml(source.html)) {
    switch (typeOf(node)) {
      case 'FlightReservation': out.flights.push(flightOf(r, node)); break;
      case 'LodgingReservation': {
        const hotel = hotelOf(r, node);
        units.set(hotel, new Set([textAt(node, 'lodgingUnitDescription') ?? '']));
        out.hotels.push(hotel);
        break;
      }
      case 'FoodEstablishmentReservation': out.food.push(foodOf(r, node)); break;
      case 'EventReservation': out.events.push(eventOf(r, node)); break;
    }
  }
  out.flights = groupFlights(out.flights);
  out.hotels = groupByReference(out.hotels, (into, from) => {
    const names = new Set(into.guests!.map((g) => g.value));
    into.guests!.push(...from.guests!.filter((g) => !names.has(g.value)));
    addRooms(into, from, units);
  });
  return out;
}
