/**
 * "Just so you have it, the show day: Sunday 7 Mar at Hall Name, Mill Road, Old Town.": a mail's sentence giving
 * the show's day and then, after "at", its venue and address. The day is what marks the place as the show's
 * (a hotel or a dinner "at" a place carries no show word before it); the place needs a street after the name.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { findDates } from '../normalise/index.js';
import { read } from '../text/index.js';
import { addVenue, NUMBER_ABBREVIATION_DOT } from './general-venue.js';
import { proseOf } from './schedule.js';

// The place runs to the sentence's end; the dot of "Road No. 12" is none.
const SHOW_DAY_AT = new RegExp(String.raw`(?<!\p{L})(?:show(?:[ \t]+day)?|gig|concert)[ \t]*(?::|is|will be)?[ \t]+([^.\n]{3,40}?)[ \t]+at[ \t]+((?:[^.\n]|${NUMBER_ABBREVIATION_DOT}){6,140})`, 'giu');

export function venueFromShowDayProse(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  for (const m of read(source).messages) {
    const prose = proseOf(m);
    for (const hit of prose.text.matchAll(SHOW_DAY_AT)) {
      if (!findDates(hit[1]!).length) continue;
      const place = hit[2]!;
      const offset = prose.offset + hit.index + hit[0].lastIndexOf(place);
      if (addVenue(draft, source, place.replace(/\s+/g, ' '), offset, 'pattern')) return;
    }
  }
}
