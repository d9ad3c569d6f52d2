/**
 * Nepali (and Hindi) clock phrases in Devanagari as 24-hour clocks, at the same length. A Nepali day
 * sheet writes the part of the day before a 12-hour clock, "बजे" (o'clock) after a bare hour:
 * "बिहान ७:००" (morning), "दिउँसो १ बजे" (afternoon, 13:00), "बेलुका ६ बजे" (evening, 18:00),
 * "राति ११:४५" (night, 23:45). A range's second half without a word of its own takes the first half's
 * ("बेलुका ६:५० – ७:३५" is 18:50 to 19:35). The word is the clock's mark, so a Latin-digit hour
 * after it is read too. Works on the ASCII-digit copy (text/native-digits.ts).
 */
import { padRendering } from './rendering-pad.js';

type DayPart = 'morning' | 'afternoon' | 'evening' | 'night';

// Nepali words first, then the Hindi ones; the longer spelling of a word before its stem ("राति" before "रात").
const DAY_PARTS: [string, DayPart][] = [
  ['बिहानै', 'morning'], ['बिहान', 'morning'], ['सुबह', 'morning'],
  ['दिउँसो', 'afternoon'], ['दिउसो', 'afternoon'], ['मध्याह्न', 'afternoon'], ['दोपहर', 'afternoon'],
  ['बेलुकी', 'evening'], ['बेलुका', 'evening'], ['साँझ', 'evening'], ['साझ', 'evening'], ['शाम', 'evening'],
  ['राति', 'night'], ['राती', 'night'], ['रात', 'night'],
];
const WORD = DAY_PARTS.map(([w]) => w).join('|');
const SPACE = String.raw`[ \t\u00A0]`;
const CLOCK = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(${WORD})${SPACE}+(\d{1,2})(?::(\d{2}))?(?:${SPACE}*[–—-]${SPACE}*(?:(${WORD})${SPACE}+)?(\d{1,2})(?::(\d{2}))?)?(?![\d:])(?:${SPACE}*बजे(?![\p{L}\p{M}]))?`,
  'gu',
);

const partOf = (word: string) => DAY_PARTS.find(([w]) => w === word)![1];

function hour24(hour: number, part: DayPart): number | null {
  if (hour > 12) return null;
  if (part === 'morning') return hour;
  // "दिउँसो ११ बजे": the daytime word also covers the late morning.
  if (part === 'afternoon') return hour === 12 || hour >= 10 ? hour : hour + 12;
  // Late at night the small hours keep their number ("राति १ बजे" is 1 a.m.); "राति १२ बजे" is midnight.
  if (part === 'night') return hour === 12 ? 0 : hour >= 5 ? hour + 12 : hour;
  return hour === 12 ? 12 : hour + 12;
}

const clock = (hour: number, min: string | undefined) => `${String(hour).padStart(2, '0')}:${min ?? '00'}`;

/** `ascii` (the ASCII-digit copy) with Devanagari day-part clocks as 24-hour clocks or ranges. */
export function devanagariClocks(ascii: string): string {
  let out = '';
  let from = 0;
  for (const m of ascii.matchAll(CLOCK)) {
    const [whole, word, h, min, endWord, endH, endMin] = m as unknown as [string, string, string, string | undefined, string | undefined, string | undefined, string | undefined];
    if (Number(min ?? 0) > 59 || Number(endMin ?? 0) > 59) continue;
    const start = hour24(Number(h), partOf(word));
    let end = endH === undefined ? null : hour24(Number(endH), partOf(endWord ?? word));
    if (start === null || (endH !== undefined && end === null)) continue;
    // "बिहान ११ – १": a morning range that ends past noon.
    if (end !== null && !endWord && partOf(word) === 'morning' && end < start) end += 12;
    const text = end === null ? clock(start, min) : `${clock(start, min)} - ${clock(end, endMin)}`;
    if (text.length > whole.length) continue;
    out += ascii.slice(from, m.index) + padRendering(text, whole.length, ascii.slice(m.index + whole.length));
    from = m.index + whole.length;
  }
  return out + ascii.slice(from);
}
