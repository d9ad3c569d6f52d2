/**
 * A rider states what the act asks for: the dressing-room catering, a hot dinner or its buyout, the
 * rooms it needs. Nothing in it is booked yet, so a source that is a rider (documents.ts) gives no
 * meal and no stay; the venue's or promoter's answer, or the hotel's confirmation, does.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { categorise } from './documents.js';

/** True when the source is a rider: its hospitality part is asks, not bookings. */
export function asksOnly(source: ExtractedSource): boolean {
  return categorise(source) === 'rider';
}
