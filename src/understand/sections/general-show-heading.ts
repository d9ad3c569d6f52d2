/**
 * A show block under its heading: "SHOW" / "KONCERT / SHOW" alone on a line, then within a few
 * lines the venue written with its street address ("Club Name, Street 12, 10000 City"). Quoted
 * lines of a thread are read without their quote markers: the first message often holds the block.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { foldLabel, read, unquoted } from '../text/index.js';
import { addVenue, splitVenueAddress } from './general-venue.js';
import { placeOf } from './place.js';

/** A heading word for the show itself, in the languages of the lexicon. */
const SHOW_WORD = /^(?:show|the show|gig|concert|konzert|koncert|koncerts|concierto|concerto|konsert|keikka|spelning|koncertas|spectacle)$/;

function isShowHeading(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 40 || t !== t.toUpperCase() || /[\d:]/.test(t)) return false;
  return t.split(/\s*\/\s*/).every((half) => SHOW_WORD.test(foldLabel(half)));
}

export function fromShowHeading(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  const lines = read(source).lines.map(unquoted);
  for (let i = 0; i < lines.length; i++) {
    if (!isShowHeading(lines[i]!.text)) continue;
    for (const line of lines.slice(i + 1, i + 4)) {
      const text = line.text.trim();
      if (!text) continue;
      const split = splitVenueAddress(text);
      if (!split || /:|@/.test(split.venue) || !placeOf(split.address).city) continue;
      if (addVenue(draft, source, text, line.start + line.text.indexOf(text), 'pattern')) return;
    }
  }
}
