/**
 * A stay written as the nights it covers: "Fri 13 + Sat 14 Aug (2 nights)", "nights of 13 & 14
 * March", "12, 13 and 14 May, 3 nights". The month is written once, after the last day; the stay
 * begins on the first night listed and ends the morning after the last; the nights follow each
 * other. Only read so when the text
 * says these are nights (a night count equal to the days listed, or "nights of" before them): "13 &
 * 14 Aug" alone may as well be an arrival and a departure.
 */
import { addDays, type DateMatch } from '../../normalise/index.js';
import { COUNT, countOf } from './phrases.js';

/** A weekday's name, whole or shortened, in the supported languages ("Fri", "Freitag", "ven.", "vie"). */
const WEEKDAY = String.raw`(?<![\p{L}])(?:mon|tue|wed|thu|fri|sat|sun|mån|tis|ons|tor|fre|lör|sön|man|tir|lør|søn|mo|di|mi|do|fr|sa|so|lun|mar|mer|mié|jeu|jue|ven|vie|sam|sáb|dim|dom|ma|wo|vr|za|zo)\p{L}*\.?,?[ \t]+`;
/** A day of the month before a joiner, maybe after its weekday: "Fri 13 + ", "12, ", "13th and ". */
const DAY_BEFORE = new RegExp(String.raw`(?:${WEEKDAY})?(?<![\d.])(\d{1,2})(?:st|nd|rd|th|\.)?[ \t]*(?:\+|&|,|and|und|och|og|et|y|e|en)[ \t]*(?:${WEEKDAY})?$`, 'iu');
/** What joins two nights written as whole dates: "March 12 and March 13", "12 March & 13 March". */
const JOINER = /^[ \t]*(?:\+|&|,|and|und|och|og|et|y|e|en)[ \t]*$/iu;
const NIGHT_COUNT = new RegExp(String.raw`\b${COUNT}\s*(?:nights?|n[äa]chte|n[äa]tter|noches|nuits|nachten)\b`, 'i');
const NIGHTS_OF = /\bnights?\s+(?:of|on)\s+$/i;

export interface NightList {
  first: DateMatch;
  /** The morning after the last night: the check-out. */
  out: DateMatch;
}

export function listedNights(text: string, dates: DateMatch[]): NightList | undefined {
  for (const last of dates) {
    const days: number[] = [Number(last.value.slice(8, 10))];
    let from = last.index;
    for (;;) {
      // "March 12 and March 13": the month may be written with every day (the whole date is the night's).
      const whole = dates.find((d) => d.index + d.length <= from && JOINER.test(text.slice(d.index + d.length, from)) && d.value.slice(0, 7) === last.value.slice(0, 7));
      const m = whole ? null : DAY_BEFORE.exec(text.slice(Math.max(0, from - 28), from));
      const day = m ? Number(m[1]) : whole ? Number(whole.value.slice(8, 10)) : NaN;
      // Nights follow each other: "Rooms: 2, 14 Aug" lists no nights.
      if (day !== days[0]! - 1) break;
      days.unshift(day);
      from = m ? from - m[0].length : whole!.index;
    }
    if (days.length < 2) continue;
    const count = NIGHT_COUNT.exec(text.slice(last.index + last.length, last.index + last.length + 40));
    const counted = count ? countOf(count[1]!) === days.length : false;
    if (!counted && !NIGHTS_OF.test(text.slice(Math.max(0, from - 16), from))) continue;
    const first = `${last.value.slice(0, 8)}${String(days[0]).padStart(2, '0')}`;
    const out = addDays(last.value, 1);
    if (!out) continue;
    return {
      first: { value: first, index: from, length: last.index + last.length - from, hasYear: last.hasYear },
      out: { value: out, index: last.index, length: last.length, hasYear: last.hasYear },
    };
  }
  return undefined;
}
