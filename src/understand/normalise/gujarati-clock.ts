/**
 * Gujarati clock times written in Latin letters, as an Ahmedabad or Surat day sheet romanises them: the part
 * of the day before a 12-hour clock — "savare" (morning), "bapore" (afternoon), "saanje" (evening), "raatre"
 * (night) — and often "vage" (o'clock) after it: "bapore 2:45", "saanje 7 vage", "raatre 8:40 – 10:10" (a range
 * read in that part at both ends). A bare clock later on the same line without a word of its own ("dep saanje
 * 5:10 · arr 6:35") stays in the part's half of the day when that keeps it after the clock before it. The
 * words are no English ones; a bare hour is a clock only with "vage".
 */
import { hour24, type DayPart } from './day-part-hour.js';

export interface GujaratiClockMatch { index: number; length: number; value: string }

// The hour follows the rule of every day-part clock (normalise/day-part-hour.ts): "bapore" is midday,
// "bapore 11:30" still late morning; "raatre 12:00" is midnight.
const WORDS: [string, DayPart][] = [
  ['savare', 'morning'], ['savaare', 'morning'], ['savar', 'morning'],
  ['bapore', 'midday'], ['bapor', 'midday'], ['bapoore', 'midday'],
  ['saanje', 'evening'], ['sanje', 'evening'], ['saanj', 'evening'], ['sanj', 'evening'],
  ['raatre', 'night'], ['ratre', 'night'], ['raatna', 'night'],
];
const PART = WORDS.map(([w]) => w).join('|');
const HOUR = (n: string) => String.raw`(?<h${n}>1[0-2]|0?[1-9])(?:[:.](?<m${n}>[0-5]\d))?`;
const CLOCK = new RegExp(
  String.raw`(?<![\p{L}\d:.])(?<part>${PART})[ \t]+${HOUR('1')}(?:[ \t]*[–—-][ \t]*${HOUR('2')})?(?<vage>[ \t]+vage)?(?![\p{L}\d])`,
  'dgiu',
);
const PART_WORD = new RegExp(String.raw`(?<!\p{L})(?:${PART})(?!\p{L})`, 'iu');
/** A bare H:MM after the clock on its line, not itself after a part of the day. */
const LATER = new RegExp(String.raw`(?<![\p{L}\d:.])(?<!(?:${PART})[ \t]+)(?<h>1[0-2]|0?[1-9]):(?<m>[0-5]\d)(?![\d:])`, 'giu');

// The pattern takes the hours 1 to 12 only, each one a 12-hour clock's.
const hourOf = (hour: number, part: DayPart) => hour24(hour, part)!;
const clock = (hour: number, minute: string | undefined) => `${String(hour).padStart(2, '0')}:${minute ?? '00'}`;
const minutes = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3));

export function findGujaratiClock(text: string): GujaratiClockMatch[] {
  const out: GujaratiClockMatch[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const g = m.groups!;
    if (!g.m1 && !g.vage) continue;
    const part = WORDS.find(([w]) => w === g.part!.toLowerCase())![1];
    const start = clock(hourOf(Number(g.h1), part), g.m1);
    const end = m.indices!.groups!.h2;
    const startEnd = m.indices!.groups![g.m1 ? 'm1' : 'h1']![1];
    out.push({ index: m.index, length: (end ? startEnd : m.index + m[0].length) - m.index, value: start });
    let last = start;
    if (end) {
      // "savare 11:00 – 1:30": a morning range that ends past noon.
      const endHour = hourOf(Number(g.h2), part);
      last = clock(part === 'morning' && clock(endHour, g.m2) < start ? endHour + 12 : endHour, g.m2);
      out.push({ index: end[0], length: m.index + m[0].length - end[0], value: last });
    }
    out.push(...laterOnLine(text, m.index + m[0].length, part, last));
  }
  return out;
}

/** Bare clocks after a day-part clock on its line, in the part's half of the day when that keeps them later. */
function laterOnLine(text: string, from: number, part: DayPart, previous: string): GujaratiClockMatch[] {
  const lineEnd = text.indexOf('\n', from);
  const rest = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
  const out: GujaratiClockMatch[] = [];
  for (const m of rest.matchAll(LATER)) {
    if (PART_WORD.test(rest.slice(0, m.index))) break;
    const hour = Number(m.groups!.h);
    const inPart = clock(hourOf(hour, part), m.groups!.m);
    const literal = clock(hour, m.groups!.m);
    const value = minutes(inPart) >= minutes(previous) ? inPart : literal;
    out.push({ index: from + m.index, length: m[0].length, value });
    previous = value;
  }
  return out;
}
