/**
 * A contract defines the place of the show as a term: "to perform at The Hall, 12 Mill Lane, Leeds
 * LS2 7QT (“the Venue”)". The name before the first comma is the venue and the rest its address,
 * even when a narrow column wraps the clause over several lines. This outranks any other address the
 * contract writes (the parties' registered offices in its letterhead and preamble).
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt } from '../text/index.js';
import { placeOf } from './place.js';

/**
 * "at NAME, ADDRESS (“the Venue”)", the definition perhaps opened by "hereinafter". Case counts (no `i`):
 * the name is capitalised, and holds no other "at"/"in", so "perform in concert at The Hall" names The Hall.
 */
const DEFINED_VENUE = /\b(?:at|in)\s+(\p{Lu}(?:(?!\s(?:at|in)\s)[^,()\n]){2,60}(?:\n[^,()\n]{1,60})?),\s*([^()]{6,120}?)\s*\(\s*(?:(?:[Hh]ereinafter|[Hh]ereafter)\s+(?:called\s+|referred to as\s+)?)?["“](?:[Tt]he|THE)\s+(?:[Vv]enue|VENUE)["”]\s*\)/u;

export function venueFromDefinedTerm(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  const m = DEFINED_VENUE.exec(source.text);
  if (!m) return;
  const venue = normaliseText(m[1]!);
  const address = normaliseText(m[2]!);
  const place = address ? placeOf(address) : null;
  if (!venue || !address || !place?.city) return;
  const venueAt = m.index + m[0].indexOf(m[1]!);
  const addressAt = m.index + m[0].indexOf(m[2]!, venueAt - m.index + m[1]!.length);
  draft.venue = found(venue, evidenceAt(source, [venueAt, venueAt + m[1]!.length], 'pattern'));
  draft.address = found(address, evidenceAt(source, [addressAt, addressAt + m[2]!.length], 'pattern'));
  draft.city = found(place.city, evidenceAt(source, [addressAt, addressAt + m[2]!.length], 'inferred'));
  if (place.country) draft.country = found(place.country, evidenceAt(source, [addressAt, addressAt + m[2]!.length], 'inferred', true));
}
