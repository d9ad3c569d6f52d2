/**
 * A booking e-mail's schema.org FlightReservation rarely carries the flight's duration or aircraft,
 * while the visible card prints them under the flight number ("XY 123" / "✈ 1h 55m" / "Direct ·
 * Airbus A321neo"). The text reader cannot always find that card itself (a carrier designator it
 * does not know), but the markup names the flight: its printed number anchors the card, which runs
 * to the next markup flight's number, at most eight lines on. A duration is taken only when the card
 * prints exactly one (a connection's layover would make two); the aircraft is its first type named.
 */
import type { Flight } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import type { Reader } from './reader.js';

const DURATION = /(?<![\w:])(\d{1,2})\s?h(?:rs?)?\.?\s?(\d{1,2})\s?m(?:in)?\b/g;
const AIRCRAFT = /\b(?:Airbus\s?A?\d{3}(?:-\d{3})?(?:neo|ceo)?|Boeing\s?\d{3}(?:-\d{1,3})?(?:\sMAX(?:\s?\d)?)?|Embraer\s?(?:E|ERJ)?\s?\d{3}(?:-E2)?|ATR\s?\d{2}(?:-\d{3})?|De Havilland\s?Dash\s?8(?:-\d{3})?|Bombardier\s?CRJ\s?\d{3,4})\b/i;

function printedAt(text: string, flightNumber: string): number[] {
  const m = /^([A-Z0-9]{2})(\d{1,4})$/.exec(flightNumber);
  if (!m) return [];
  const pattern = new RegExp(`\\b${m[1]}[ \\u00a0]?0*${m[2]}\\b`, 'g');
  return [...text.matchAll(pattern)].map((hit) => hit.index);
}

export function withMarkupDetails(r: Reader, drafts: Draft<Flight>[]): Draft<Flight>[] {
  const text = r.source.text;
  const anchors = drafts.flatMap((d) => (d.flightNumber ? printedAt(text, d.flightNumber.value) : []));
  for (const d of drafts) {
    if (!d.flightNumber || (d.durationMinutes && d.aircraft)) continue;
    const starts = printedAt(text, d.flightNumber.value);
    if (starts.length !== 1) continue;
    const start = starts[0]!;
    let end = start;
    for (let k = 0; k < 8 && end >= 0; k++) end = text.indexOf('\n', end + 1);
    if (end < 0) end = text.length;
    const next = anchors.filter((a) => a > start).sort((a, b) => a - b)[0];
    if (next !== undefined && next < end) end = next;
    const card = text.slice(start, end);
    const durations = [...card.matchAll(DURATION)];
    const only = durations.length === 1 ? durations[0]! : undefined;
    if (!d.durationMinutes && only) {
      const minutes = Number(only[1]) * 60 + Number(only[2]);
      if (minutes > 0 && minutes < 20 * 60) d.durationMinutes = r.at(minutes, [start + only.index, start + only.index + only[0].length], true, 'pattern');
    }
    const aircraft = AIRCRAFT.exec(card);
    if (!d.aircraft && aircraft) d.aircraft = r.at(aircraft[0], [start + aircraft.index, start + aircraft.index + aircraft[0].length], null, 'pattern');
  }
  return drafts;
}
