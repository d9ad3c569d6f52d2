/**
 * Sinhala clock times as Sri Lankan chats write them, in Sinhala script or romanised ("Singlish"): the part
 * of the day before the hour — "උදේ" / "udee" (morning), "දවල්" / "dawal" (midday), "සවස" / "හවස" / "hawasa"
 * (afternoon, evening), "රෑ" / "රාත්‍රී" / "raa" (night) — then the hour, often with "ට" / "ta" (at): "සවස 5",
 * "රෑ 10.30", "raa 8ta". A range after a part of the day ("රෑ 9 – 10.20") is read in that part at both ends.
 * Without a part of the day a bare hour is no clock ("4ට බෑ", not at 4). The romanised words are English
 * ones too ("Rae" a name): they are read only in Sinhala text (isSinhalaText, or a Sinhala weekday) or with "ta".
 */
import { isSinhalaText, SINHALA_WEEKDAYS } from './sinhala-date.js';

export interface SinhalaClockMatch { index: number; length: number; value: string }

const MORNING = ['උදේ', 'උදෙ', 'udee', 'udeta', 'udey'];
const MIDDAY = ['දවල්', 'dawal', 'dawaal', 'dhawal'];
const EVENING = ['සවස', 'හවස', 'savasa', 'sawasa', 'hawasa', 'havasa'];
const NIGHT = ['රෑ', 'රාත්‍රී', 'රාත්රී', 'raa', 'rae', 'rathri', 'raathri'];

/** Sinhala letters carry vowel signs (marks) and the joiner in conjuncts: all are a word's inside. */
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{M}\u200d\d:.])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{M}\d])`;
const HOUR = (n: string) => String.raw`(?<h${n}>1[0-2]|0?[1-9])(?:[:.](?<m${n}>[0-5]\d))?`;
/** "8ta", "4ට", "6.30 ta": the postposition "at". */
const AT = (n: string) => String.raw`(?:[ \t]?(?<at${n}>ta|ට))?`;
const CLOCK = new RegExp(
  String.raw`${EDGE_BEFORE}(?<part>${[...MORNING, ...MIDDAY, ...EVENING, ...NIGHT].join('|')})[ \t]+${HOUR('1')}${AT('1')}(?:[ \t]*[–—-][ \t]*${HOUR('2')}${AT('2')})?${EDGE_AFTER}`,
  'dgiu',
);

function hourOf(hour: number, part: string): number {
  if (MORNING.includes(part)) return hour % 12;
  if (MIDDAY.includes(part)) return hour === 12 || hour > 6 ? hour : hour + 12;
  // "රෑ 12" is midnight, "raa 1" an hour after it.
  if (NIGHT.includes(part) && (hour === 12 || hour < 5)) return hour % 12;
  return hour === 12 ? 12 : hour + 12;
}

const clock = (hour: string, minute: string | undefined, part: string) =>
  `${String(hourOf(Number(hour), part)).padStart(2, '0')}:${minute ?? '00'}`;

const SINHALA_LETTER = /[\u0D80-\u0DFF]/u;
const ROMANISED_WEEKDAY = new RegExp(String.raw`(?<!\p{L})(?:${SINHALA_WEEKDAYS.flat().filter((w) => !SINHALA_LETTER.test(w)).join('|')})(?!\p{L})`, 'iu');

export function findSinhalaClock(text: string): SinhalaClockMatch[] {
  const out: SinhalaClockMatch[] = [];
  let sinhala: boolean | undefined;
  for (const m of text.matchAll(CLOCK)) {
    const g = m.groups!;
    const part = g.part!.toLowerCase();
    if (!SINHALA_LETTER.test(part) && !g.at1 && !g.at2) {
      sinhala ??= isSinhalaText(text) || ROMANISED_WEEKDAY.test(text);
      if (!sinhala) continue;
    }
    const end = m.indices!.groups!.h2;
    const startEnd = m.indices!.groups![g.m1 ? 'm1' : 'h1']![1];
    out.push({ index: m.index, length: (end ? startEnd : m.index + m[0].length) - m.index, value: clock(g.h1!, g.m1, part) });
    if (end) out.push({ index: end[0], length: m.index + m[0].length - end[0], value: clock(g.h2!, g.m2, part) });
  }
  return out;
}

/** Whether `value` opens with a Sinhala clock time ("රෑ 9 – 10.20", "raa 8ta"). */
export function opensWithSinhalaClock(value: string): boolean {
  return findSinhalaClock(value)[0]?.index === value.length - value.trimStart().length;
}
