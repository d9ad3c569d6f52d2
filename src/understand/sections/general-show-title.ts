/**
 * A plan's title line naming the show in one of its parts: "ROOMING LIST · Leipzig · Show Sat
 * 16.10.2027 @ Halle Nord", "Crew pack | Konzert 12.03.2027 im Werk 2". The part opens with a show
 * word, then the date, then "@"/"at"/"im"/"à" and the venue; another part of the line that is a city
 * the reference data knows is the show's city. Only the first lines are read: a title, not prose.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { findDates, normaliseText } from '../normalise/index.js';
import { countryOfCity } from '../../reference/index.js';
import { evidenceAt, read } from '../text/index.js';

const TITLE_LINES = 6;
const PART_SEPARATOR = /\s+[·•|–—]\s+/;
const SHOW_PART = /^(?:show|gig|concert|konzert|konsert|concierto|concerto|spectacle)\s+(.+?)\s+(?:@|at|im|in der|in|à|au|en|i|på)\s+([^@,;]{2,51})$/iu;
/** A venue's name is capitalised ("@ Halle Nord"; "at the latest" names none): tested apart, as SHOW_PART's `i` lets \p{Lu} match any letter. */
const CAPITALISED = /^\p{Lu}/u;

export function fromShowTitle(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue && draft.date) return;
  for (const line of read(source).lines.slice(0, TITLE_LINES)) {
    const parts = line.text.split(PART_SEPARATOR).map((text) => ({ text: text.trim(), at: line.start + line.text.indexOf(text.trim()) }));
    const show = parts.map((p) => ({ p, m: SHOW_PART.exec(p.text) })).find((x) => x.m);
    if (!show) continue;
    const [dateText, written] = [show.m![1]!, show.m![2]!];
    const date = findDates(dateText)[0];
    const venue = CAPITALISED.test(written) ? normaliseText(written) : null;
    // The words between the show word and the place are its day and nothing else.
    if (!date || !venue || (dateText.slice(0, date.index) + dateText.slice(date.index + date.length)).replace(/^\s*\p{L}{2,10}\.?,?\s*$/u, '').trim()) continue;
    const dateAt = show.p.at + show.p.text.indexOf(dateText) + date.index;
    const venueAt = show.p.at + show.p.text.lastIndexOf(written);
    draft.date ??= found(date.value, evidenceAt(source, [dateAt, dateAt + date.length], 'pattern', true));
    draft.venue ??= found(venue, evidenceAt(source, [venueAt, venueAt + written.length], 'pattern'));
    const city = parts.find((p) => p !== show.p && countryOfCity(p.text));
    if (city && !draft.city) {
      draft.city = found(city.text, evidenceAt(source, [city.at, city.at + city.text.length], 'pattern'));
      draft.country ??= found(countryOfCity(city.text)!, evidenceAt(source, [city.at, city.at + city.text.length], 'inferred', true));
    }
    return;
  }
}
