/**
 * Persian clock phrases as 24-hour clocks, at the same length. A Persian mail writes the hour with a
 * time-of-day word and often without minutes: "ساعت ۸ شب" (8 in the evening), "۲:۳۰ بعدازظهر",
 * "ساعت ۱۲ ظهر", "ساعت ۳ تا ۵ بعدازظهر" (3 to 5 in the afternoon; the word serves both ends),
 * "ساعت ۴ صبح تا ۱۱ شب" (4 in the morning to 11 at night; each end its own word).
 * An hour without minutes needs the lead word "ساعت" (o'clock): "۲ شب" alone is also "2 nights".
 * Works on the ASCII-digit copy (text/native-digits.ts) and only where the original has native digits.
 */
import { padRendering } from './rendering-pad.js';

// صبح morning, ظهر midday, بعدازظهر / عصر afternoon, شب evening or night, نیمه‌شب midnight (written
// with a zero-width non-joiner, a space or nothing between the parts).
const WORD = String.raw`بعد[ \t\u200C]?از[ \t\u200C]?ظهر|نیمه[ \t\u200C]?شب|صبح|ظهر|عصر|شب`;
const CLOCK = new RegExp(
  String.raw`(?<![\p{L}\d:])(ساعت[ \t\u00A0]+)?(\d{1,2})(?::(\d{2}))?(?:(?:[ \t\u00A0]+(${WORD}))?[ \t]*(?:تا|[–—-])[ \t]*(\d{1,2})(?::(\d{2}))?)?[ \t\u00A0]+(${WORD})(?![\p{L}\p{M}])`,
  'gu',
);
const NATIVE = /[\u06F0-\u06F9\u0660-\u0669]/;

function hour24(hour: number, word: string): number | null {
  if (hour > 12) return null;
  if (word.startsWith('صبح')) return hour === 12 ? 0 : hour;
  if (word.startsWith('ظهر')) return hour === 12 || hour >= 10 ? hour : hour + 12;
  if (word.startsWith('نیمه')) return hour === 12 ? 0 : null;
  // Late at night the small hours keep their number ("ساعت ۱ شب" is 1 a.m.).
  if (word.startsWith('شب')) return hour === 12 ? 0 : hour >= 5 ? hour + 12 : hour;
  return hour === 12 ? 12 : hour + 12;
}

const clock = (hour: number, min: string | undefined) => `${String(hour).padStart(2, '0')}:${min ?? '00'}`;

/** `ascii` (the ASCII-digit copy of `original`) with Persian clock phrases as 24-hour clocks or ranges. */
export function persianClocks(ascii: string, original: string): string {
  let out = '';
  let from = 0;
  for (const m of ascii.matchAll(CLOCK)) {
    const [whole, lead, h, min, startWord, endH, endMin, word] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined, string | undefined, string | undefined, string];
    const at = m.index;
    if (!NATIVE.test(original.slice(at, at + whole.length))) continue;
    // A bare hour is a clock only after "ساعت" or in a range with minutes ("۷:۱۵ تا ۷:۴۵ شب").
    if (!lead && min === undefined && endMin === undefined) continue;
    if (Number(min ?? 0) > 59 || Number(endMin ?? 0) > 59) continue;
    // "ساعت ۴ صبح تا ۱۱ شب": each end of the range with its own word; else the one word serves both.
    let start = hour24(Number(h), startWord ?? word);
    const end = endH === undefined ? null : hour24(Number(endH), word);
    if (start === null || (endH !== undefined && end === null)) continue;
    // "ساعت ۱۱ تا ۱ بعدازظهر": the start before noon when the word's half would put it after the end. A night
    // range wraps past midnight instead ("ساعت ۱۰ تا ۲ شب" is 22:00 to 02:00).
    if (end !== null && start > end && Number(h) < 12 && !startWord && !word.startsWith('شب')) start = Number(h);
    const text = end === null ? clock(start, min) : `${clock(start, min)} - ${clock(end, endMin)}`;
    if (text.length > whole.length) continue;
    out += ascii.slice(from, at) + padRendering(text, whole.length, ascii.slice(at + whole.length));
    from = at + whole.length;
  }
  return out + ascii.slice(from);
}
