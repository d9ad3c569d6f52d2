/**
 * A tour app's venue box: a heading line that is the venue's word alone, in any case ("Venue"),
 * over one line giving the name, the street address and the country parted by middle dots or bars
 * ("Tidewater Hall · Kaiveien 12, 0151 Oslo · Norway"). The heading in capitals with the name and
 * address on lines of their own is general-venue.ts's VENUE block.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseCountry } from '../normalise/index.js';
import { evidenceAt, read } from '../text/index.js';
import { labelKey } from '../text/lexicon.js';
import { addAddress } from './general-venue.js';
import { placeOf } from './place.js';

const PARTS = /\s+[·|•]\s+/u;
/** "Kaiveien 12, 0151 Oslo", "12 Harbour Rd, Cork": a street with its house number, then its city after a comma. */
const STREET_FIRST = /^(?:\p{L}[\p{L} .'’-]+\s\d+[a-z]?|\d+[a-z]?\s\p{L}[\p{L} .'’-]+),\s*\S/u;

export function fromDottedVenueBlock(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  const lines = read(source).lines.filter((l) => l.text.trim());
  for (const [i, line] of lines.entries()) {
    const heading = line.text.trim();
    if (heading.length > 20 || /[:\t]/.test(heading) || labelKey(heading) !== 'venue') continue;
    const next = lines[i + 1];
    const parts = next?.text.trim().split(PARTS) ?? [];
    if (!next || parts.length < 2 || parts.length > 3) continue;
    const [name, address, country] = parts as [string, string, string | undefined];
    if (!/^\p{Lu}/u.test(name) || /[\d:]/.test(name) || name.split(/\s+/).length > 5) continue;
    if (!STREET_FIRST.test(address) || !placeOf(address).city) continue;
    const code = country ? normaliseCountry(country) : null;
    if (country && !code) continue;
    const nameAt = next.start + next.text.indexOf(name);
    draft.venue = found(name, evidenceAt(source, [nameAt, nameAt + name.length], 'pattern'));
    const addressAt = next.start + next.text.indexOf(address, nameAt - next.start + name.length);
    addAddress(draft, source, address, addressAt, 'pattern');
    if (code && !draft.country) draft.country = found(code, evidenceAt(source, [next.start, next.end], 'pattern', true));
    return;
  }
}
