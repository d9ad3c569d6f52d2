/**
 * A festival's artist pack titled with the festival and its year beside the pack's own words: "HARBOURFEST 2027
 * ⇥ ARTIST GUIDE", "Ribeira 2026 · Guía de artistas". The year makes the name an edition of an event (not
 * an act, which a pack never titles itself with); the guide words make the document the festival's own.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, read } from '../text/index.js';

const EDITION = /^(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})\s+((?:19|20)\d{2})$/u;
/** The pack's own title, in the languages read: artist guide / pack / handbook / info. */
const PACK_WORDS = /(?<!\p{L})(?:artist(?:s|en)?\s+(?:guide|gida|pack|handbook|info(?:rmation)?)|gu[íi]a\s+de\s+artistas|dossier\s+(?:d['’]|de\s+)artistas?|k[üu]nstler(?:info|handbuch)|guide\s+des\s+artistes)(?!\p{L})/iu;

/** "MAREALTA" → "Marealta": a title set in capitals, as prose writes the name. */
function unshouted(name: string): string {
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()) : name;
}

export function eventFromPackTitle(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.eventName) return;
  const line = read(source).lines.find((l) => l.text.trim() && !/^sheet:/i.test(l.text));
  if (!line || !PACK_WORDS.test(line.text)) return;
  for (const segment of line.text.split(/\t+|\s+[·|–—]\s+/)) {
    const m = EDITION.exec(segment.trim());
    if (!m) continue;
    const at = line.start + line.text.indexOf(segment.trim());
    draft.eventName = found(`${unshouted(m[1]!)} ${m[2]}`, evidenceAt(source, [at, at + m[0].length], 'pattern'));
    return;
  }
}
