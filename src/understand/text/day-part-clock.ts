/**
 * Clock phrases led by the part of the day, as 24-hour clocks at the same length. A Nepali, Hindi, Punjabi
 * or Burmese day sheet writes the part of the day before a 12-hour clock, often with "o'clock" after it:
 * "बेलुका ६ बजे" (evening, 18:00), "ਸ਼ਾਮ ੪:੦੦" (evening, 16:00), "ည ၈ နာရီခွဲ" (night, 20:30). A range's
 * second half without a word of its own takes the first half's ("बेलुका ६:५० – ७:३५" is 18:50 to 19:35).
 * The word is the clock's mark, so a Latin-digit hour after it is read too. Each script gives its words
 * and the shape of its clock (text/devanagari-clock.ts, text/gurmukhi-clock.ts, text/burmese-clock.ts);
 * the hour follows one rule for all (normalise/day-part-hour.ts). Works on the ASCII-digit copy
 * (text/native-digits.ts).
 */
import { hour24, type DayPart } from '../normalise/day-part-hour.js';
import { padRendering } from './rendering-pad.js';
import { escapeRegExp } from './escape-regexp.js';

export type { DayPart } from '../normalise/day-part-hour.js';

export const SPACE = String.raw`[ \t\u00A0]`;

/** How one script writes the clock after its day-part word. */
export interface DayPartClockShape {
  /** The words for the parts of the day, a longer spelling before its stem ("राति" before "रात"). */
  dayParts: readonly [string, DayPart][];
  /** The clock after a word, as a pattern source with `captures` groups of its own. */
  clock: string;
  captures: number;
  /** The hour and the two-digit minutes of a clock from its groups. */
  read: (groups: readonly (string | undefined)[]) => { hour: number; minute: string };
  /** The space between the word and the clock: `+` where words are spaced, `*` where they may run on. */
  gap: '+' | '*';
  /** What closes the phrase: a look-ahead, and an "o'clock" word it takes in. */
  close: string;
  /** What parts a range's two clocks, with its spaces; a dash when not given. */
  to?: string;
}

const clock = (hour: number, minute: string) => `${String(hour).padStart(2, '0')}:${minute}`;

/** A reader that rewrites one script's day-part clocks (`shape`) in the ASCII-digit copy. */
export function dayPartClocks(shape: DayPartClockShape): (ascii: string) => string {
  // A word may be an abbreviation with its full stop ("सायं."), so each is taken literally.
  const word = shape.dayParts.map(([w]) => escapeRegExp(w)).join('|');
  const to = shape.to ?? String.raw`${SPACE}*[–—-]${SPACE}*`;
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{M}])(${word})${SPACE}${shape.gap}${shape.clock}(?:${to}(?:(${word})${SPACE}${shape.gap})?${shape.clock})?${shape.close}`,
    'gu',
  );
  const partOf = (w: string) => shape.dayParts.find(([p]) => p === w)![1];
  const n = shape.captures;
  return (ascii) => {
    let out = '';
    let from = 0;
    for (const m of ascii.matchAll(pattern)) {
      const whole = m[0];
      const startPart = partOf(m[1]!);
      const endWord = m[2 + n];
      const start = shape.read(m.slice(2, 2 + n));
      const stop = m[3 + n] === undefined ? null : shape.read(m.slice(3 + n, 3 + 2 * n));
      if (Number(start.minute) > 59 || Number(stop?.minute ?? 0) > 59) continue;
      const from24 = hour24(start.hour, startPart);
      let end = stop === null ? null : hour24(stop.hour, endWord ? partOf(endWord) : startPart);
      if (from24 === null || (stop !== null && end === null)) continue;
      // "बिहान ११ – १": a morning range that ends past noon.
      if (end !== null && !endWord && startPart === 'morning' && end < from24) end += 12;
      const text = end === null ? clock(from24, start.minute) : `${clock(from24, start.minute)} - ${clock(end, stop!.minute)}`;
      if (text.length > whole.length) continue;
      out += ascii.slice(from, m.index) + padRendering(text, whole.length, ascii.slice(m.index + whole.length));
      from = m.index + whole.length;
    }
    return out + ascii.slice(from);
  };
}

/**
 * A reader of a script that writes "H:MM" or a bare hour after the word and may close with its word for
 * "o'clock" (`oclock`, "बजे").
 */
export function dayPartClockReader(dayParts: readonly [string, DayPart][], oclock: string): (ascii: string) => string {
  return dayPartClocks({
    dayParts,
    clock: String.raw`(\d{1,2})(?::(\d{2}))?`,
    captures: 2,
    read: ([hour, minute]) => ({ hour: Number(hour), minute: minute ?? '00' }),
    gap: '+',
    close: String.raw`(?![\d:])(?:${SPACE}*(?:${oclock})(?![\p{L}\p{M}]))?`,
  });
}
