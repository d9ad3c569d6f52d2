/**
 * A sentence placing the act at a named place on a day ("… for Cinder Moth at Kaiverket Scene,
 * Friday 9 April 2027."): once the act is known, the capitalised name after "at"/"@" that the day
 * follows is the venue. A hotel or restaurant so named is no venue.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { findDates } from '../normalise/index.js';
import { evidenceAt, read, escapeRegExp } from '../text/index.js';

const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’&.-]*(?:[ \t]+\p{Lu}[\p{L}'’&.-]*){0,4}`;
const NOT_VENUE = /(?<!\p{L})(?:hotel|hôtel|hotell|hostel|restaurant|restaurang|ristorante|airport|station)(?!\p{L})/iu;

export function venueBesideAct(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue || !draft.artist) return;
  const text = read(source).lines.map((l) => l.text).join('\n');
  const re = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(draft.artist.value)}[ \t]+(?:at|@)[ \t]+(?:the[ \t]+)?(${PLACE_NAME})[ \t]*,?[ \t]*(?:on[ \t]+)?`, 'gu');
  for (const m of text.matchAll(re)) {
    const name = m[1]!;
    // The day comes right after the name ("…, Saturday 17 April 2027"), not a street or another clause.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const day = findDates(after)[0];
    const opensWithDay = !!day && (day.index === 0 || /^\p{L}+,?\s+\d/u.test(after));
    if (NOT_VENUE.test(name) || !opensWithDay) continue;
    const at = m.index + m[0].indexOf(name, draft.artist.value.length);
    draft.venue = found(name, evidenceAt(source, [at, at + name.length], 'pattern'));
    return;
  }
}
