/**
 * A message that reports a flight's new times next to its old ones ("BT123 now leaves at 12:40
 * instead of 10:05 and lands at 17:45 (was 15:10)") states a schedule change the booking confirmation
 * predates: the new times replace the booked ones on that flight, the date kept, and the disagreement
 * is reported as a conflict. Only a statement that names the old time is read as a change, and only
 * when the merged flight still has that old time.
 */
import type { ExtractedSource, Flight } from '../../interfaces.js';
import { found, type Draft, type Found } from '../found.js';
import { evidenceAt } from '../text/index.js';
import type { Conflict } from './fields.js';

const TIME = String.raw`(\d{1,2}[:.h]\d{2})`;
const OLD = String.raw`[^.\n]{0,25}?(?:instead of|rather than|\(?\s*was|\(?\s*previously|\(?\s*originally|statt|au lieu de|en lugar de|in plaats van)\s*(?:at\s+)?${TIME}`;
const CHANGES: { field: 'departureTime' | 'arrivalTime'; re: RegExp }[] = [
  { field: 'departureTime', re: new RegExp(String.raw`\b(?:leaves|departs|takes off|departure(?: time)?(?: is)?(?: now)?|goes)\b[^.\n]{0,40}?\bat\s+${TIME}${OLD}`, 'giu') },
  { field: 'arrivalTime', re: new RegExp(String.raw`\b(?:lands|arrives|gets in|arrival(?: time)?(?: is)?(?: now)?)\b[^.\n]{0,40}?\bat\s+${TIME}${OLD}`, 'giu') },
];
const FLIGHT_NUMBER = /\b([A-Z][A-Z\d]|[A-Z\d][A-Z])\s?(\d{1,4})\b/g;

const hhmm = (t: string) => t.replace(/[.h]/, ':').padStart(5, '0');

/** The flights with the new times a message reports for them; each replacement is a conflict. */
export function withRescheduledFlights(flights: Draft<Flight>[], sources: readonly ExtractedSource[], conflicts: Conflict[]): Draft<Flight>[] {
  for (const source of sources) {
    for (const fm of source.text.matchAll(FLIGHT_NUMBER)) {
      const number = `${fm[1]}${fm[2]}`;
      const flight = flights.find((f) => f.flightNumber?.value.replace(/\s/g, '') === number);
      if (!flight) continue;
      // The statement: the rest of the flight number's line.
      const lineEnd = source.text.indexOf('\n', fm.index!);
      const from = fm.index! + fm[0].length;
      const text = source.text.slice(from, lineEnd < 0 ? undefined : lineEnd);
      for (const { field, re } of CHANGES) {
        const old = flight[field];
        for (const m of text.matchAll(re)) {
          const [now, was] = [hhmm(m[1]!), hhmm(m[2]!)];
          if (!old || old.source === source.name || now === was || !old.value.endsWith(`T${was}`)) continue;
          const at = from + m.index! + m[0].indexOf(m[1]!);
          const next: Found<string> = { ...found(`${old.value.slice(0, -5)}${now}`, evidenceAt(source, [at, at + m[1]!.length], 'pattern', true)), conflict: true };
          conflicts.push({ field: `${number}.${field}`, values: [{ value: next.value, source: source.name }, { value: old.value, source: old.source }] });
          flight[field] = next;
          break;
        }
      }
    }
  }
  return flights;
}
