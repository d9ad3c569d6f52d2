/**
 * Somali writes the part of the day after a 12-hour clock ("4:00 galabnimo" = 16:00, "9:30 subaxnimo" =
 * 09:30, "1:25 duhurnimo" = 13:25), often with the English "(4:00 PM)" beside it. Read as written, the
 * bare "4:00" would be taken first and early; the clock is rewritten as the 24-hour time at the same
 * length (offsets kept), the word's place padded. Only "H:MM" clocks: "$212.50 habeenkii" is a price per night.
 */
import { hour24, type DayPart } from '../normalise/day-part-hour.js';
import type { ExtractedSource } from '../../interfaces.js';
import { padRendering } from './rendering-pad.js';
import { rewrittenCopy, unchanged } from './rewritten-copy.js';

/** Adverbial ("-nimo") and definite ("-ta", "-tii", "-kii", "-da", "-dii") forms of each part of the day. */
const DAY_PARTS: readonly [RegExp, DayPart][] = [
  [/^(?:subax|aroor)/i, 'morning'],
  [/^duhur/i, 'midday'],
  [/^(?:galab|casar)/i, 'afternoon'],
  [/^fiid/i, 'evening'],
  [/^habeen/i, 'night'],
];
// The English rendering in brackets after it ("(3:00 PM)") restates the same time: it goes with the clock.
const CLOCK = /(?<![\d.,:$€£])(\d{1,2}):(\d{2})[ \t\u00A0]+((?:subax|aroor|duhur|galab|casar|fiid|habeen)(?:nimo|imo|ta|tii|kii|ka|da|dii))(?![\p{L}\d])(?:[ \t\u00A0]*\((\d{1,2}):(\d{2})[ \t\u00A0]*([AaPp])\.?[Mm]\.?\))?/gu;

export function somaliClocks(text: string): string {
  if (!/(?:subax|aroor|duhur|galab|casar|fiid|habeen)/i.test(text)) return text;
  return text.replace(CLOCK, (whole: string, h: string, m: string, word: string, rh: string | undefined, rm: string | undefined, ap: string | undefined, at: number) => {
    const part = DAY_PARTS.find(([re]) => re.test(word))?.[1];
    const hour = part && Number(m) <= 59 ? hour24(Number(h), part) : null;
    if (hour === null) return whole;
    const clock = `${String(hour).padStart(2, '0')}:${m}`;
    // A rendering that says another time is left to be read on its own.
    const rendered = rh !== undefined && Number(rh) % 12 + (/p/i.test(ap!) ? 12 : 0) === hour && rm === m;
    const own = rh === undefined || rendered ? whole : whole.slice(0, whole.indexOf('('));
    const kept = whole.slice(own.length);
    // Padded with zero-width spaces before more text on the line ("13:52, Terminal 1"), so no column gap opens there.
    const after = kept + text.slice(at + whole.length);
    const pad = /^[ \t]*(?:\n|$)/.test(after) ? padRendering(clock, own.length, after) : clock.padEnd(own.length, '\u200B');
    return pad + kept;
  });
}

/** The source with its Somali clocks as 24-hour ones (its attachments too), or the source itself when it writes none. */
export function withSomaliClocks(source: ExtractedSource): ExtractedSource {
  const own = somaliClocks(source.text) !== source.text;
  return rewrittenCopy(source, withSomaliClocks, own, own ? somaliClocks : unchanged);
}
