/**
 * Burmese dates of the Gregorian calendar in English, at the same length. A Myanmar letter writes the year
 * first, "ခုနှစ်" (year) after it and "ရက်" (day) after the day, the month with or without "လ" (month) and the
 * weekday with "နေ့" (day) last: "၂၀၂၈ ခုနှစ်၊ မတ်လ ၁၈ ရက်၊ စနေနေ့" reads "Sat 18 Mar 2028"; a short
 * form puts the day first ("၁၈ မတ်"). A Myanmar-era month ("Tazaungmon", "တန်ဆောင်မုန်း") is no
 * Gregorian month and is left as written. Works on the ASCII-digit copy (text/native-digits.ts).
 */
import { padRendering } from './rendering-pad.js';

const MONTHS: [string, number][] = [
  ['ဇန်နဝါရီ', 1], ['ဖေဖော်ဝါရီ', 2], ['မတ်', 3], ['ဧပြီ', 4], ['မေ', 5], ['ဇွန်', 6], ['ဇူလိုင်', 7],
  ['ဩဂုတ်', 8], ['ဪဂုတ်', 8], ['သြဂုတ်', 8], ['စက်တင်ဘာ', 9], ['အောက်တိုဘာ', 10], ['နိုဝင်ဘာ', 11], ['ဒီဇင်ဘာ', 12],
];
const WEEKDAYS: [string, string][] = [
  ['တနင်္ဂနွေ', 'Sun'], ['တနင်္လာ', 'Mon'], ['အင်္ဂါ', 'Tue'], ['ဗုဒ္ဓဟူး', 'Wed'], ['ကြာသပတေး', 'Thu'], ['သောကြာ', 'Fri'], ['စနေ', 'Sat'],
];
const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const MONTH = `(${alternation(MONTHS.map(([m]) => m))})(?:လ)?`;
const WEEKDAY = `(${alternation(WEEKDAYS.map(([w]) => w))})(?:နေ့)?`;
const S = String.raw`[ \t\u00A0]*`;
const COMMA = String.raw`[၊,]?`;
const END = String.raw`(?![\p{L}\p{M}\d])`;
// "2028 ခုနှစ်၊ မတ်လ 18 ရက်၊ စနေနေ့", also without the year ("မတ်လ 18 ရက်").
const YEAR_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d])(?:(\d{4})${S}ခုနှစ်${COMMA}${S})?${MONTH}${S}(\d{1,2})${S}ရက်(?:နေ့)?(?:${COMMA}${S}${WEEKDAY})?${END}`,
  'gu',
);
// "18 မတ်" or "18 မတ် 2028".
const DAY_FIRST = new RegExp(String.raw`(?<![\p{L}\p{M}\d])(\d{1,2})${S}${MONTH}(?:${S}(\d{4}))?${END}`, 'gu');

type Parts = { weekday?: string; day: string; month: string; year?: string };

function english({ weekday, day, month, year }: Parts): string | null {
  const m = MONTHS.find(([name]) => name === month)![1];
  if (Number(day) < 1 || Number(day) > 31) return null;
  const short = weekday ? WEEKDAYS.find(([w]) => w === weekday)![1] : '';
  return [short, String(Number(day)), MONTH_EN[m - 1], year ?? ''].filter(Boolean).join(' ');
}

function rewrite(text: string, pattern: RegExp, parts: (m: RegExpMatchArray) => Parts): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    const rendering = english(parts(m));
    if (!rendering || rendering.length > m[0].length) continue;
    out += text.slice(from, m.index) + padRendering(rendering, m[0].length, text.slice(m.index! + m[0].length));
    from = m.index! + m[0].length;
  }
  return out + text.slice(from);
}

/** `ascii` (the ASCII-digit copy of a Burmese text) with its Gregorian dates in English. */
export function burmeseDates(ascii: string): string {
  const yearFirst = rewrite(ascii, YEAR_FIRST, (m) => ({ year: m[1], month: m[2]!, day: m[3]!, weekday: m[4] }));
  return rewrite(yearFirst, DAY_FIRST, (m) => ({ day: m[1]!, month: m[2]!, year: m[3] }));
}
