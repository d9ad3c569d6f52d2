/**
 * Tamil clock times as Tanglish chats (Tamil in Latin letters) and Tamil script write them: the hour
 * before "mani" / "மணி" (o'clock), often with "-kku" (at): "7 mani", "10 manikku", "5 மணிக்கு", with
 * the part of the day before it: "kaalai" (morning), "madhiyam" (midday, afternoon), "saayangaalam" /
 * "maalai" (evening), "raathiri" / "iravu" (night), in either script. A part of the day also marks a
 * time in digits without "mani" ("madhiyam 2:15 ku"), and so does "ku" alone ("7:40 ku reception"). As for the Hindi hour (hindi-clock.ts), an hour
 * with no part of the day is read in the afternoon or evening, unless a morning word comes just before.
 */
import { MORNING_ITEM } from './time-words.js';

export interface TamilClockMatch { index: number; length: number; value: string }

const MORNING = 'kaalai|kalai|kaalaila|kaalayila|காலை';
const MIDDAY = 'madhiyam|mathiyam|madhyanam|mathiyanam|madhiyanam|மதியம்';
const EVENING = 'saayangaalam|sayangaalam|saayangalam|sayangalam|saayandhiram|sayandhiram|maalai|malai|சாயங்காலம்|மாலை';
const NIGHT = 'raathiri|rathiri|raatri|ratri|iravu|ராத்திரி|இரவு';
const PART = `${MORNING}|${MIDDAY}|${EVENING}|${NIGHT}`;
/** Letters and Tamil vowel signs: a word's edge. */
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{M}\d:.])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{M}])`;
const HOUR = String.raw`(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\d))?`;
/** "mani", "manikku", "maniku", "மணி", "மணிக்கு". Italian "a quattro mani" (four hands) is no clock. */
const MANI = String.raw`(?<mani>(?:mani|மணி)(?:kk?[ui]|க்கு)?)`;
const CLOCK = new RegExp(
  String.raw`${EDGE_BEFORE}(?:(?<part>${PART})\s+)?${HOUR}(?:\s*${MANI}|\s*(?<ku>kk?u))?${EDGE_AFTER}`,
  'giu',
);

/** Tanglish words that mark a sentence as Tamil; "la" alone does not (French and Spanish write it). */
export const TANGLISH = /(?<!\p{L})(?:kk?u|irundhu|irunthu|lendhu|pannu\p{L}*|naalaikku|innaikku|kaalai|madhiyam)(?!\p{L})/iu;
const TAMIL_SCRIPT = /[\u0B80-\u0BFF]/u;

/**
 * A bare "mani" in Latin letters after an hour is Tamil o'clock in Tamil or Tanglish text, or in lower case
 * ending a labelled value or a sentence ("Doors: 8 mani", a line of a Tanglish chat read alone); never a
 * name ("car 2 Mani Sharma", "car 2 Mani (driver)" in an English sheet) nor Italian "pianoforte 4 mani, ore 21".
 */
export function maniIsClock(text: string, mani: string, after: string): boolean {
  if (!/^mani$/iu.test(mani)) return true;
  if (mani === 'Mani' && /^\s+\p{Lu}/u.test(after)) return false;
  if (TAMIL_SCRIPT.test(text) || TANGLISH.test(text)) return true;
  return mani === 'mani' && /^\s*(?:[.!?]\s*)?$/u.test(after.split('\n')[0]!);
}

const isPart = (list: string, word: string) => list.split('|').includes(word);

function hourOf(hour: number, part: string | undefined, before: string): number {
  if (part && isPart(MORNING, part)) return hour % 12;
  if (part && isPart(MIDDAY, part)) return hour === 12 || hour > 6 ? hour : hour + 12;
  // "raathiri 12 mani" is midnight.
  if (part && isPart(NIGHT, part) && hour === 12) return 0;
  if (!part && hour < 12 && MORNING_ITEM.test(before)) return hour;
  return hour === 12 ? 12 : hour + 12;
}

export function findTamilClock(text: string): TamilClockMatch[] {
  const out: TamilClockMatch[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const g = m.groups!;
    // A part of the day or the postposition "ku" (at) marks "h:mm" as a clock; an hour alone needs "mani".
    if (!g.mani && !((g.part || g.ku) && g.m)) continue;
    if (g.mani && !g.part && !maniIsClock(text, g.mani, text.slice(m.index + m[0].length))) continue;
    if (!g.part && /(?<![\p{L}])a\s+$/iu.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const part = g.part?.toLowerCase();
    const hour = hourOf(Number(g.h), part, text.slice(Math.max(0, m.index - 60), m.index));
    out.push({ index: m.index, length: m[0].length, value: `${String(hour).padStart(2, '0')}:${g.m ?? '00'}` });
  }
  return out;
}
