/**
 * A festival names where the act plays by its stage ("19:00-20:00 ACT (Lakeside Stage)") and gives
 * that place's address on its own: "Lakeside Stage address for your GPS:" over "Strandvej 1, 6960
 * Town". The set's place, so addressed, is the show's venue and its address the show's.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, read, escapeRegExp } from '../text/index.js';
import { addAddress } from './general-venue.js';
import { placeOf } from './place.js';
import { scheduleOf } from './schedule.js';

/** "X address …:", "Address of X:", "Adresse X:" (and the Nordic/Romance forms), then the address on that line or the next. */
function addressOf(text: string, place: string): { value: string; index: number } | null {
  const name = escapeRegExp(place);
  const label = new RegExp(String.raw`(?:(?<![\p{L}])${name}(?:['’]s)?\s+(?:address|adresse|adress|dirección|adres|indirizzo)\b[^:\n]{0,40}|(?<![\p{L}])(?:address|adresse|adress|dirección|adres|indirizzo)\s+(?:of\s+|for\s+|von\s+|de\s+|du\s+|del\s+|til\s+|för\s+)?(?:the\s+)?${name})\s*:[ \t]*`, 'iu');
  const m = label.exec(text);
  if (!m) return null;
  let start = m.index + m[0].length;
  if (text[start] === '\n' || text[start] === '\r') start = text.indexOf('\n', start) + 1;
  const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  const value = text.slice(start, end).trim().replace(/\.$/, '');
  if (!/\d/.test(value) || !placeOf(value).city) return null;
  return { value, index: start + text.slice(start, end).indexOf(value) };
}

export function venueFromStageAddress(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue || draft.address) return;
  const text = read(source).source.text;
  for (const item of scheduleOf(source)) {
    const place = item.location;
    if (item.kind.value !== 'set' || !place?.span || /[,\d]/.test(place.value)) continue;
    const address = addressOf(text, place.value);
    if (!address) continue;
    draft.venue = found(place.value, evidenceAt(source, place.span, 'inferred'));
    addAddress(draft, source, address.value, address.index, 'pattern');
    return;
  }
}
