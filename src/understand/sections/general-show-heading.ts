/**
 * A show block under its heading: "SHOW" / "KONCERT / SHOW" alone on a line (also between rule marks,
 * "━━ THE SHOW ━━", and beside its word in a script without capitals, "ပွဲ / THE SHOW"), then within a few
 * lines the venue written with its street address ("Club Name, Street 12, 10000 City"), or its name alone on
 * a line over the address (the Latin one, bracketed or not, when the address is written in two scripts). A
 * line opening the block "Act — “Event”" names the event. Quoted lines of a thread are read without their
 * quote markers: the first message often holds the block.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, foldLabel, read, unquoted, type Line } from '../text/index.js';
import { addAddress, addVenue, splitVenueAddress } from './general-venue.js';
import { placeOf } from './place.js';

/** A heading word for the show itself, in the languages of the lexicon. */
const SHOW_WORD = /^(?:show|the show|gig|concert|konzert|koncert|koncerts|concierto|concerto|konsert|keikka|spelning|koncertas|spectacle)$/;
// Rule marks a plain-text heading stands between ("━━ SHOW ━━", "== SHOW ==", "*** SHOW ***").
const RULE_MARKS = /^[\s\u2500-\u257F=*#~_-]+|[\s\u2500-\u257F=*#~_-]+$/g;
const LATIN = /[A-Za-z]/;

function isShowHeading(text: string): boolean {
  const t = text.replace(RULE_MARKS, '');
  if (!t || t.length > 40 || t !== t.toUpperCase() || /[\d:]/.test(t)) return false;
  // A half in a script without Latin letters is the heading's other language.
  const halves = t.split(/\s*\/\s*/).filter((half) => LATIN.test(half));
  return halves.length > 0 && halves.every((half) => SHOW_WORD.test(foldLabel(half)));
}

// "Act — “Event”": the act, a dash and the event's name in quotation marks, alone on the line.
const ACT_DASH_EVENT = /^\s*[^\s"“”„«»—–][^"“”„«»—–]{0,60}?\s+[—–]\s+["“„«]([^"“”„«»\n]{3,80})["”“»]\s*$/u;

/** The block's first line "Act — “Event”" gives the event. */
function eventLine(source: ExtractedSource, draft: Draft<General>, line: Line): void {
  const m = ACT_DASH_EVENT.exec(line.text);
  if (!m || draft.eventName) return;
  const at = line.start + line.text.lastIndexOf(m[1]!);
  draft.eventName = found(m[1]!.trim(), evidenceAt(source, [at, at + m[1]!.trim().length], 'pattern'));
}

/** A venue's name alone on its line ("The Hall"), then its address on the next line written in Latin letters. */
function nameOverAddress(source: ExtractedSource, draft: Draft<General>, block: Line[], n: number): boolean {
  const name = block[n]!.text.trim();
  if (!/^\p{Lu}/u.test(name) || /[\d:@"“”—–]/.test(name) || name.split(/\s+/).length > 5) return false;
  const next = block.slice(n + 1).find((l) => LATIN.test(l.text));
  const address = next?.text.trim().replace(/^\((.*)\)$/, '$1');
  if (!next || !address) return false;
  const split = splitVenueAddress(`${name}, ${address}`);
  if (!split || split.venue !== name || split.address !== address.replace(/\.$/, '') || !placeOf(address).city) return false;
  const nameAt = block[n]!.start + block[n]!.text.indexOf(name);
  draft.venue = found(name, evidenceAt(source, [nameAt, nameAt + name.length], 'pattern'));
  addAddress(draft, source, address, next.start + next.text.indexOf(address), 'pattern');
  return true;
}

export function fromShowHeading(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  const lines = read(source).lines.map(unquoted);
  for (let i = 0; i < lines.length; i++) {
    if (!isShowHeading(lines[i]!.text)) continue;
    const block = lines.slice(i + 1, i + 7);
    const first = block.find((l) => l.text.trim());
    if (first) eventLine(source, draft, first);
    for (const [n, line] of block.entries()) {
      const text = line.text.trim();
      if (!text) continue;
      if (nameOverAddress(source, draft, block, n)) return;
      if (n > 2) continue;
      const split = splitVenueAddress(text);
      if (!split || /:|@/.test(split.venue) || !placeOf(split.address).city) continue;
      if (addVenue(draft, source, text, line.start + line.text.indexOf(text), 'pattern')) return;
    }
  }
}
