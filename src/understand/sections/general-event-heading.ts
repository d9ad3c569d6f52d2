/**
 * A festival's paper headed with its name and what it is, in one line near the top:
 * "HARBOUR SOUNDS 2027 · Music festival in Aarhus", "Sons de la Mar 2027 – Festival de música".
 * The segment beside the one opening with a festival word is the event's name. Written in
 * capitals, it takes its casing from another place the text writes it (a footer), else is title-cased.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt, read } from '../text/index.js';
import { titleCase } from './people.js';

/** A segment saying what the event is: "Festival de música a Girona", "Music festival", "Musikfestival in X". */
// Azerbaijani "Beynəlxalq Musiqi Festivalı" (international music festival) ends the word with its case.
const WHAT_IT_IS = /^(?:(?:international|internationales|music|musik|jazz|folk|rock|beynəlxalq|musiqi)\s+){0,2}festival(?:ı)?(?![\p{L}])/iu;
/** A title's cell naming the event with its year: "NORTHERN LIGHTS 2027". */
const DATED_NAME = /^\p{Lu}[\p{L}'’&. -]{2,60}[ \t](?:19|20)\d{2}$/u;
/** How far down the paper such a heading stands. */
const TOP_LINES = 8;

export function eventFromHeading(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.eventName) return;
  const lines = read(source).lines.filter((l) => l.text.trim()).slice(0, TOP_LINES);
  for (const [i, line] of lines.entries()) {
    // "NORTHERN LIGHTS 2027 ⇥ ARTIST ADVANCE" over "International Music Festival · 13–15 August": the
    // title's dated name is the event the line below says is a festival.
    const title = line.text.split('\t').map((c) => c.trim()).filter(Boolean);
    const below = lines[i + 1]?.text.trim().split(/\t|\s+[·|•–—]\s+/)[0] ?? '';
    if (title.length === 2 && DATED_NAME.test(title[0]!) && WHAT_IT_IS.test(below)) {
      const start = line.start + line.text.indexOf(title[0]!);
      draft.eventName = found(casedAsElsewhere(source.text, title[0]!, start), evidenceAt(source, [start, start + title[0]!.length], 'pattern'));
      return;
    }
    const segments = line.text.split(/\s+[·|•–—]\s+/);
    if (segments.length !== 2) continue;
    const at = segments.findIndex((s) => WHAT_IT_IS.test(s.trim()));
    const name = at >= 0 ? normaliseText(segments[1 - at]!) : null;
    // The name is a capitalised run of at most six words, with letters.
    if (!name || !/^\p{Lu}/u.test(name) || name.split(' ').length > 6 || !/\p{L}{3}/u.test(name) || /[:@]/.test(name)) continue;
    const start = line.start + line.text.indexOf(name);
    draft.eventName = found(casedAsElsewhere(source.text, name, start), evidenceAt(source, [start, start + name.length], 'pattern'));
    return;
  }
}

/** "SONS DE LA MAR 2027" as the text writes it elsewhere in mixed case ("Sons de la Mar 2027"), else title-cased. */
function casedAsElsewhere(text: string, name: string, at: number): string {
  if (name !== name.toUpperCase()) return name;
  const lower = lowerInPlace(name);
  const hay = lowerInPlace(text);
  for (let i = hay.indexOf(lower); i >= 0; i = hay.indexOf(lower, i + 1)) {
    const written = text.slice(i, i + name.length);
    if (i !== at && written !== written.toUpperCase()) return written;
  }
  return titleCase(name).replace(/\u0307/g, '');
}

/**
 * Lower case that keeps every offset: the dotted capital "İ" (Turkish, Azerbaijani) is "i", a letter whose
 * lower case is longer stays as it is.
 */
function lowerInPlace(text: string): string {
  return text.replace(/\p{Lu}/gu, (c) => (c === 'İ' ? 'i' : c.toLowerCase().length === c.length ? c.toLowerCase() : c));
}
