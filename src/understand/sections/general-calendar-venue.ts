/**
 * A show's calendar invite: "Summary: Cinder Moth – Halle Nord" over "Location: Halle Nord, Ringstraße 4,
 * 4020 Linz". A location opening with a name the event's summary also writes is the venue, the rest its
 * address. A flight's or hotel's event rarely repeats its place in the title so, and an address alone
 * ("Location: Ringstraße 4, Linz") names no venue.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { foldText } from '../../reference/index.js';
import { read } from '../text/index.js';
import { calendarEvents } from './calendar.js';
import { addVenue } from './general-venue.js';

export function venueFromCalendar(source: ExtractedSource, draft: Draft<General>): void {
  if (source.format !== 'ics' || draft.venue) return;
  for (const event of calendarEvents(read(source).lines)) {
    const location = event.location;
    const name = location?.value.split(',')[0]!.trim();
    if (!location || !name || !/\p{L}/u.test(name) || /\d/.test(name)) continue;
    if (!foldText(event.summary.value).includes(foldText(name))) continue;
    if (addVenue(draft, source, location.value, location.span[0], 'label')) return;
  }
}
