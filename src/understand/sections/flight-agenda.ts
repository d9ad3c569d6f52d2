/**
 * The flights of a calendar's agenda print (agenda-print.ts), as a mail app adds them from a booking
 * ("Flight to Hamburg (BA 968)"): the title holds the flight number, the location the route
 * ("London Heathrow (LHR) → Hamburg (HAM)"), the description the booking's details as labelled runs
 * ("Depart: … 10:15 (BST) Arrive: … 12:50", "Class:", "Aircraft:", "Booking reference:", "Passengers:").
 * The row's times are in the calendar's display zone; the description's are local, so they win.
 */
import type { ExtractedSource, Flight } from '../../interfaces.js';
import { airportByCode } from '../../reference/index.js';
import type { Draft, Found } from '../found.js';
import { findTimes, normaliseFlightNumber, normaliseText } from '../normalise/index.js';
import { agendaPrint, type AgendaEvent } from './agenda-print.js';

const FLIGHT_TITLE = /^(?:flight|flug|vuelo|vol|vlucht|flyg)\b.*?\b([A-Z][A-Z\d]|\d[A-Z])\s?(\d{1,4})\b/iu;
const ROUTE = /\(([A-Z]{3})\)\s*(?:→|->|–|-|to)\s*.*?\(([A-Z]{3})\)/u;
const LABELS = ['Depart', 'Arrive', 'Class', 'Aircraft', 'Booking reference', 'Passengers'] as const;
type Label = (typeof LABELS)[number];
/** A labelled run ends at the next label or at a middle dot. */
const RUN = new RegExp(String.raw`\b(${LABELS.join('|')}):\s*(.*?)\s*(?=\s·|\b(?:${LABELS.join('|')}):|$)`, 'g');

/** The agenda print's flights; null for any other source. */
export function agendaFlights(source: ExtractedSource): Draft<Flight>[] | null {
  const agenda = agendaPrint(source);
  if (!agenda) return null;
  return agenda.events.flatMap((e) => {
    const draft = flightOf(e);
    return draft ? [draft] : [];
  });
}

function flightOf(event: AgendaEvent): Draft<Flight> | null {
  const titled = FLIGHT_TITLE.exec(event.title.value);
  const number = titled ? normaliseFlightNumber(`${titled[1]}${titled[2]}`) : null;
  if (!number) return null;
  const at = <T>(value: T, from: Found<unknown> = event.title): Found<T> => ({ ...from, value } as Found<T>);
  const draft: Draft<Flight> = { airline: at(number.airline), flightNumber: at(number.value) };
  if (event.date) draft.date = at(event.date.value, event.date);
  const route = event.location ? ROUTE.exec(event.location.value) : null;
  if (route) {
    draft.fromAirport = at(route[1]!, event.location);
    draft.toAirport = at(route[2]!, event.location);
    const [from, to] = [airportByCode(route[1]!)?.city, airportByCode(route[2]!)?.city];
    if (from) draft.fromCity = at(from, event.location);
    if (to) draft.toCity = at(to, event.location);
  }
  const runs = new Map<Label, string>();
  for (const m of (event.description?.value ?? '').matchAll(RUN)) if (!runs.has(m[1] as Label)) runs.set(m[1] as Label, m[2]!);
  const description = event.description ?? event.title;
  const day = event.date?.value;
  const local = (label: Label, fallback?: Found<string>) => {
    const time = findTimes(runs.get(label) ?? '').pop()?.value ?? fallback?.value;
    return time && day ? at(`${day}T${time}`, runs.has(label) ? description : fallback) : undefined;
  };
  const departure = local('Depart', event.start);
  if (departure) draft.departureTime = departure;
  const arrival = local('Arrive', event.end);
  if (arrival) draft.arrivalTime = arrival;
  const travelClass = normaliseText(runs.get('Class') ?? '');
  if (travelClass) draft.travelClass = at(travelClass, description);
  const aircraft = normaliseText(runs.get('Aircraft') ?? '');
  if (aircraft) draft.aircraft = at(aircraft, description);
  const reference = /^[A-Z\d]{5,8}\b/.exec(runs.get('Booking reference') ?? '')?.[0];
  if (reference) draft.bookingReference = at(reference, description);
  draft.passengers = passengerNames(runs.get('Passengers') ?? '').map((name) => ({ name: at(name, description) }));
  return draft;
}

/**
 * "Ann Lee, Bo Ek This event was created…": the names listed, each its capitalised words; the list
 * ends where a capitalised word starts a sentence (a lower-case word after it).
 */
function passengerNames(list: string): string[] {
  const names: string[] = [];
  for (const part of list.split(/\s*,\s*/)) {
    const words = part.split(/\s+/);
    const name: string[] = [];
    for (const [i, word] of words.entries()) {
      if (!/^\p{Lu}/u.test(word)) break;
      if (i >= 2 && words[i + 1] && /^\p{Ll}/u.test(words[i + 1]!)) break;
      name.push(word);
    }
    if (name.length >= 2) names.push(name.join(' '));
    if (name.length < words.length) break;
  }
  return names;
}
