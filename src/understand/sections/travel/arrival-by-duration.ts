/**
 * A booking page prints a segment's old and new times side by side ("06:15 10:55" struck through over
 * "06:40 11:20") or another leg's times beside its card: the arrival read may be another's. When the
 * departure, the printed duration and both airports' zones are known, the arrival is the departure plus
 * the duration in the arrival airport's clock; when that time is written in the source and the one read
 * is not it, the written one holds ("19:50 MAN, 2h 45m" → "00:35" in Riga, the next day).
 */
import { airportTimeZone } from '../../../reference/index.js';
import { wallClock } from '../../schema-org/local-time.js';
import type { Hit } from './phrases.js';
import type { Segment } from './segments.js';

/** The instant a wall-clock date and time shows in `zone`. */
function instantAt(date: string, time: string, zone: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  const shown = wallClock(guess, zone);
  const offset = new Date(`${shown.date}T${shown.time}:00Z`).getTime() - guess.getTime();
  return new Date(guess.getTime() - offset);
}

/** The arrival (with its date) the duration gives, as written in `text`; null when the read one agrees or none is written. */
export function arrivalByDuration(text: string, s: Segment): { arrival: Hit<string>; date: string } | null {
  if (!s.date || !s.departure || !s.arrival || !s.duration || !s.from || !s.to) return null;
  const [fromZone, toZone] = [airportTimeZone(s.from.value), airportTimeZone(s.to.value)];
  if (!fromZone || !toZone) return null;
  const landing = wallClock(new Date(instantAt(s.date.value, s.departure.value, fromZone).getTime() + s.duration.value * 60_000), toZone);
  if (landing.time === s.arrival.value) return null;
  const [h, m] = landing.time.split(':');
  // Written within the segment's own block.
  const written = new RegExp(`(?<![\\d:.])0?${Number(h)}:${m}(?![\\d])`).exec(text.slice(s.block[0], s.block[1]));
  if (!written) return null;
  return { arrival: { value: landing.time, index: s.block[0] + written.index, length: written[0].length }, date: landing.date };
}
