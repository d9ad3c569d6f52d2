/**
 * A venue's day sheet names its house on a line of its own under the title: "Salle Pleyel — 12 rue du Port,
 * 75008 Paris", the name, a dash, the street address. Where no other reading found the venue (a photo's OCR
 * garbles the letterhead's big type), the first such line is the show's place. A hotel's or a restaurant's
 * line of that shape is where the party sleeps or eats, and a line with a clock time is a schedule's row.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { findTimes } from '../normalise/index.js';
import { evidenceAt, read } from '../text/index.js';
import { categorise } from './documents.js';
import { addAddress } from './general-venue.js';
import { RESTAURANT } from './food-words.js';
import { isStreetAddress, placeOf } from './place.js';
import { addresses, lodgingNames } from './travel/phrases.js';

/** A capitalised name of one to five words, then a dash, at the line's start. */
const NAME_DASH = /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,4})[ \t]+[–—][ \t]+$/u;

export function venueFromDashLine(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue || draft.address || categorise(source) !== 'itinerary') return;
  for (const line of read(source).lines) {
    const address = addresses(line.text).find((a) => isStreetAddress(a.value) && placeOf(a.value).city);
    const name = address ? NAME_DASH.exec(line.text.slice(0, address.index)) : null;
    if (!address || !name || findTimes(line.text).length || lodgingNames(line.text).length || RESTAURANT.test(name[1]!)) continue;
    const nameAt = line.start + name.index + name[0].indexOf(name[1]!);
    draft.venue = found(name[1]!, evidenceAt(source, [nameAt, nameAt + name[1]!.length], 'pattern'));
    addAddress(draft, source, address.value, line.start + address.index, 'pattern');
    return;
  }
}
