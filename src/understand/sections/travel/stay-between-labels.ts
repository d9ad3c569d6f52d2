/**
 * A chat's hotel block spread over messages ("Hotel: X, address", then "Booked 4 rooms, from Fri 23 to Sun 25
 * Jan, ref AB-1", then "Check-in from 2pm"): a line without a label between the block's first and last
 * fields that states both days of a stay gives the block its dates (and its reference when it has none).
 */
import type { Hotel } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import type { Reading } from '../../text/index.js';
import type { Reader } from './reader.js';
import { readStay } from './stay.js';

export function stayBetweenLabels(reading: Reading, r: Reader, d: Draft<Hotel>, ctx: { ref: Date | null; showDate: string | null }): void {
  // Only a chat's: a printed block's unlabelled lines are remarks, cancellation terms and the like.
  if (reading.turns.length < 3) return;
  const starts = Object.values(d).flatMap((f) => (Array.isArray(f) ? f : [f])).map((f) => f?.span?.[0]).filter((n): n is number => n !== undefined);
  if (starts.length < 3) return;
  const [from, to] = [Math.min(...starts), Math.max(...starts)];
  for (const line of reading.lines) {
    if (line.start <= from || line.start > to) continue;
    const stay = readStay({ text: line.text, start: line.start }, ctx.ref, ctx.showDate);
    if (!stay.checkInDate || !stay.checkOutDate) continue;
    d.checkInDate = r.at(stay.checkInDate.value, [stay.checkInDate.index, stay.checkInDate.index + stay.checkInDate.length], true, 'pattern');
    d.checkOutDate ??= r.at(stay.checkOutDate.value, [stay.checkOutDate.index, stay.checkOutDate.index + stay.checkOutDate.length], true, 'pattern');
    if (stay.bookingReference) d.bookingReference ??= r.at(stay.bookingReference.value, [stay.bookingReference.index, stay.bookingReference.index + stay.bookingReference.length], null, 'pattern');
    if (stay.rooms) d.rooms ??= r.at(stay.rooms.value, [stay.rooms.index, stay.rooms.index + stay.rooms.length], null, 'pattern');
    return;
  }
}
