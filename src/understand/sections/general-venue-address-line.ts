/**
 * "Sala Norte – Calle Mayor 8, 28013 Madrid (5 min from the station)": a line opening with the venue's
 * name, a dash (or colon) and a street address gives the show's address (without a remark in brackets
 * after it), as a promoter answers "venue address?" in a chat. Only once the venue is known, and
 * only a street with its number and a city.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { read, escapeRegExp } from '../text/index.js';
import { addAddress } from './general-venue.js';
import { placeOf } from './place.js';

/** A street and its number, opening the address ("Calle Mayor 8", "12 Quay Street"). */
const STREET_FIRST = /^(?:\p{L}[\p{L} .'’-]+\s\d+[a-z]?|\d+[a-z]?\s\p{L}[\p{L} .'’-]+),/u;

export function addressAfterVenueName(source: ExtractedSource, draft: Draft<General>): void {
  const venue = draft.venue?.value;
  if (draft.address || !venue) return;
  const opening = new RegExp(String.raw`^[ \t]*${escapeRegExp(venue)}[ \t]*[–—:-][ \t]*`, 'iu');
  for (const line of read(source).lines) {
    const head = opening.exec(line.text);
    if (!head) continue;
    // A remark in brackets after the city ("(Old Town, 5 min from the station)") is no part of the address.
    const address = line.text.slice(head[0].length).trim().replace(/\s*\([^()]*\)?[\s.]*$/u, '');
    if (!STREET_FIRST.test(address) || !placeOf(address).city) continue;
    addAddress(draft, source, address, line.start + head[0].length, 'pattern');
    return;
  }
}
