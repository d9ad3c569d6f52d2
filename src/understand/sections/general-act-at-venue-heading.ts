/**
 * A sheet's heading line "Marrow Lanterns – Old Mill, Leeds": a name, a dash, then the show's venue
 * (as the sheet's labels name it) with its city. The name beside the venue is the act. A contact
 * sheet's title that opens with the same name ("MARROW LANTERNS · Spring Tour 2027") names the act
 * too, so it is no event name. A page header's bar-separated cells ("ACT | Venue, street | date") read the same.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { foldText } from '../../reference/index.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, read } from '../text/index.js';
import { NOT_ACT, unshout } from './general-act.js';

const HEADING_LINES = 8;
const NAME = /^\p{Lu}[^\d,:@]{1,60}$/u;

export function artistBesideVenue(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.artist || !draft.venue) return;
  const venue = foldText(draft.venue.value);
  for (const line of read(source).lines.slice(0, HEADING_LINES)) {
    // A page header's cells may stand apart by a bar or a middle dot: "ACT NAME ⇥ | ⇥ Venue, street… ⇥ date".
    const segments = line.text.split(/\s+[|·–—-]\s+/).map((s) => s.trim());
    if (segments.length !== 2) continue;
    const [name, place] = segments as [string, string];
    if (!NAME.test(name) || name.split(/\s+/).length > 5 || NOT_ACT.test(name) || foldText(place.split(',')[0]!.trim()) !== venue) continue;
    const at = line.start + line.text.indexOf(name);
    // A header's act in capitals of two words or more is written as a name ("THE X SEASON" → "The X Season").
    draft.artist = found(name.includes(' ') ? unshout(name) : name, evidenceAt(source, [at, at + name.length], 'pattern'));
    if (draft.eventName && foldText(draft.eventName.value) === foldText(name)) delete draft.eventName;
    return;
  }
}
