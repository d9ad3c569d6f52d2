/**
 * Urdu clock phrases as 24-hour clocks, at the same length. An Urdu mail writes the hour before "بجے"
 * (o'clock) with the part of the day before it: "صبح ۱۰ بجے" (10 in the morning), "شام ۸ بجے", and a
 * range with "سے … تک" (from … until): "سہ پہر ۴ بجے سے شام ۶ بجے تک", "شام ۶:۱۵ سے ۷ بجے تک". Half
 * hours are words: "ساڑھے ۸" half past 8, "سوا ۸" quarter past, "پونے ۹" quarter to 9, "ڈیڑھ" 1:30 and
 * "ڈھائی" 2:30. An end without its own part of the day takes the start's, and the other way round.
 * Works on the ASCII-digit copy (text/native-digits.ts); "بجے" alone marks the clock, in either digits.
 */
import { padRendering } from './rendering-pad.js';

const GAP = String.raw`[ \t\u00A0]+`;
// صبح morning, دوپہر midday, سہ پہر afternoon, شام evening, رات night (after the hour too: "۸ بجے صبح").
const PART = String.raw`سہ[ \t\u200C]?پہر|دوپہر|صبح|شام|رات`;
const HOUR = String.raw`(?:(?:ساڑھے|سوا|پونے)${GAP})?\d{1,2}(?::\d{2})?|ڈیڑھ|ڈھائی`;
const CLOCK = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d:])(?:(${PART})${GAP})?(${HOUR})(?:(?:${GAP}بجے)?${GAP}سے${GAP}(?:(${PART})${GAP})?(${HOUR}))?${GAP}بجے(?:${GAP}(تک))?(?:${GAP}(${PART}))?(?![\p{L}\p{M}])`,
  'gu',
);

/** Minutes after midnight of an hour phrase read on a 12-hour dial ("ساڑھے 11" → 11:30), or null. */
function dialMinutes(phrase: string): number | null {
  if (phrase === 'ڈیڑھ') return 90;
  if (phrase === 'ڈھائی') return 150;
  const m = /(\S+ )?(\d{1,2})(?::(\d{2}))?$/u.exec(phrase.replace(/[ \t\u00A0]+/gu, ' '));
  if (!m) return null;
  const hour = Number(m[2]);
  const min = Number(m[3] ?? 0);
  if (hour < 1 || hour > 12 || min > 59 || (m[1] && m[3])) return null;
  const word = m[1]?.trim();
  const offset = word === 'ساڑھے' ? 30 : word === 'سوا' ? 15 : word === 'پونے' ? -15 : 0;
  return hour * 60 + min + offset;
}

/** The 24-hour minutes of a dial reading in a part of the day; without a part, the show day's afternoon or evening. */
function inDay(dial: number, part: string | undefined): number {
  const hour = Math.floor(dial / 60) % 12;
  const rest = dial - Math.floor(dial / 60) * 60;
  const pm = (hour + 12) * 60 + rest;
  if (part === 'صبح') return hour * 60 + rest;
  // "دوپہر ۱۲ بجے" is noon, "دوپہر ۱۱ بجے" still late morning.
  if (part === 'دوپہر') return hour >= 10 ? hour * 60 + rest : pm;
  // Late at night the small hours keep their number ("رات ۲ بجے" is 2 a.m.; "رات ۱۲ بجے" midnight).
  if (part === 'رات') return hour >= 6 ? pm : hour * 60 + rest;
  return pm;
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** `ascii` (the ASCII-digit copy of a text) with Urdu clock phrases as 24-hour clocks or ranges. */
export function urduClocks(ascii: string): string {
  if (!ascii.includes('بجے')) return ascii;
  let out = '';
  let from = 0;
  for (const m of ascii.matchAll(CLOCK)) {
    const [whole, startPart, startPhrase, endPart, endPhrase, , afterPart] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined, string | undefined, string | undefined];
    const start = dialMinutes(startPhrase);
    const end = endPhrase === undefined ? null : dialMinutes(endPhrase);
    if (start === null || (endPhrase !== undefined && end === null)) continue;
    const ownStart = startPart ?? endPart ?? afterPart;
    const ownEnd = endPart ?? afterPart ?? startPart;
    const text = end === null ? clock(inDay(start, ownStart)) : `${clock(inDay(start, ownStart))} - ${clock(inDay(end, ownEnd))}`;
    if (text.length > whole.length) continue;
    out += ascii.slice(from, m.index) + padRendering(text, whole.length, ascii.slice(m.index + whole.length));
    from = m.index + whole.length;
  }
  return out + ascii.slice(from);
}
