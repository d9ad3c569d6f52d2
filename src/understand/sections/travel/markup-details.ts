/**
 * A booking e-mail's schema.org FlightReservation rarely carries the flight's duration or aircraft,
 * while the visible card prints them under the flight number ("XY 123" / "✈ 1h 55m" / "Direct ·
 * Airbus A321neo"). The text reader cannot always find that card itself (a carrier designator it
 * does not know), but the markup names the flight: its printed number anchors the card, which runs
 * to the next markup flight's number, at most eight lines on. A duration is taken only when a card
 * prints exactly one (a connection's layover would make two) and the flight's cards agree on it; the
 * aircraft is the first type named in its cards.
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
  /** From a printing of the flight number to the next markup flight's, at most eight lines on. */
  const cardAt = (start: number): string => {
    let end = start;
    for (let k = 0; k < 8 && end >= 0; k++) end = text.indexOf('\n', end + 1);
    if (end < 0) end = text.length;
    const next = anchors.filter((a) => a > start).sort((a, b) => a - b)[0];
    return text.slice(start, next !== undefined && next < end ? next : end);
  };
  for (const d of drafts) {
    if (!d.flightNumber || (d.durationMinutes && d.aircraft)) continue;
    // The number may be printed more than once (a subject line, a summary and the card): each printing's card is read.
    const cards = printedAt(text, d.flightNumber.value).map((start) => ({ start, card: cardAt(start) }));
    const durations = cards.flatMap(({ start, card }) => {
      const found = [...card.matchAll(DURATION)];
      return found.length === 1 ? [{ start, hit: found[0]!, minutes: Number(found[0]![1]) * 60 + Number(found[0]![2]) }] : [];
    });
    // Cards that disagree on the duration give none.
    const only = new Set(durations.map((x) => x.minutes)).size === 1 ? durations[0] : undefined;
    if (!d.durationMinutes && only && only.minutes > 0 && only.minutes < 20 * 60) {
      d.durationMinutes = r.at(only.minutes, [only.start + only.hit.index, only.start + only.hit.index + only.hit[0].length], true, 'pattern');
    }
    for (const { start, card } of cards) {
      const aircraft = AIRCRAFT.exec(card);
      if (d.aircraft || !aircraft) continue;
      d.aircraft = r.at(aircraft[0], [start + aircraft.index, start + aircraft.index + aircraft[0].length], null, 'pattern');
    }
  }
  return drafts;
}
