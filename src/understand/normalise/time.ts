/**
 * Times → `HH:MM` (24 h); durations → whole minutes; local date-times → `YYYY-MM-DDTHH:MM`.
 * Written forms: "21:00", "21.00", "9pm", "9:30 a.m.", "21h", "21h30", "19 h 30", "kl. 21", "21 Uhr".
 */
import { findShortMeridiem } from './short-meridiem.js';
import { findMalayClock } from './malay-clock.js';
import { findHindiClock } from './hindi-clock.js';
import { findTamilClock } from './tamil-clock.js';
import { findSinhalaClock } from './sinhala-clock.js';
import { findGujaratiClock } from './gujarati-clock.js';
import { endsInDayPreposition } from './day-prepositions.js';

export interface TimeMatch {
  value: string;
  index: number;
  length: number;
}

const TIME = new RegExp(
  [
    String.raw`(?<kl>\bklo?\.?\s*)?`,
    String.raw`\b(?<h>2[0-4]|[01]?\d)(?!\d)`,
    // Quebec French spaces the "h" ("19 h 30").
    String.raw`(?:(?<sep>[:.h]| h )(?<m>[0-5]\d)(?![.,:]?\d))?`,
    String.raw`\s*(?<ampm>[ap]\.?\s?m\b\.?)?`,
    String.raw`(?<unit>\s?(?:h\b|uhr\b|hrs\b|tim\b))?`,
  ].join(''),
  'gi',
);

/** A currency right before or after "22.00" makes it a price ("EUR 22.00", "22.00 €"), not a time. */
const CURRENCY_BEFORE = /(?:\b(?:EUR|USD|GBP|SEK|NOK|DKK|CHF|PLN|CZK|HUF|CAD|AUD)|[€$£¥])\s?$/;
// "Doors 19.00 £5 on the door": a currency before an amount of its own prices that amount, not the time.
const CURRENCY_AFTER = /^\s?(?:(?:EUR|USD|GBP|SEK|NOK|DKK|CHF|PLN|CZK|HUF|CAD|AUD)\b|[€$£¥])(?!\s?\d)/;

/** Whether a figure between `before` and `after` is a price by the currency written beside it. */
export function besideCurrency(before: string, after: string): boolean {
  return CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after);
}

const MIDNIGHT_AFTER = /^\s*(?:\(\s*)?midnight\b|^mn\b/i;
/** "12 noon", and "12nn" as the Philippines writes it ("12mn" is midnight): a bare 12 that is a time. */
const NOON_AFTER = /^\s*(?:\(\s*)?noon\b|^nn\b/i;
/** "3.20 m", "8.50 м", "٢.٨٠ م" (Latin digits by then): a dotted pair before a unit of length or weight is a measure, not a time. */
const MEASURE_AFTER = /^\s?(?:mm|cm|m|m²|m2|ft|kg|мм|см|м|م|سم)(?![\p{L}\d])/u;

/** Whether the text after a dotted pair makes it a measure ("4.10 m"), for readers that cut the figure out. */
export function measureAfter(after: string): boolean {
  return MEASURE_AFTER.test(after);
}
/** "web check-in 20 h before take-off", "3 hrs prior to doors": so many hours ahead of something, no time of day. */
const AHEAD_AFTER = /^\s*(?:before|prior\b|ahead\b|in advance\b|beforehand\b|earlier\b)/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Every time of day written in `text`. A bare number counts only with "kl.", am/pm, "h" or "Uhr". */
const DAY_MONTH_DOT_AFTER = /^\.(?:[:,;]|\s+(?:\p{Ll}|\d))/u;

export function findTimes(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  // "3:00p" (a one-letter am/pm glued on), "3.30 ptg" (a Malay part of the day after it), "subah 7
  // baje" (a Hindi hour), "madhiyam 2 mani" (a Tamil one), "රෑ 9 – 10.20" (a Sinhala one) and "saanje 7:45" (a
  // Gujarati one) are read first; the
  // ordinary reader skips their spans.
  const short = [...findShortMeridiem(text), ...findMalayClock(text), ...findHindiClock(text), ...findTamilClock(text), ...findSinhalaClock(text), ...findGujaratiClock(text)];
  out.push(...short);
  for (const m of text.matchAll(TIME)) {
    if (short.some((s) => m.index < s.index + s.length && s.index < m.index + m[0].length)) continue;
    const g = m.groups!;
    let hour = Number(g.h);
    const minute = g.m ? Number(g.m) : 0;
    const ampm = g.ampm?.toLowerCase().replace(/[^ap]/g, '');
    // "12:00 midnight", "12 midnight": the day's end, 00:00 (a 24-hour "12:00" alone is noon).
    const midnight = hour === 12 && minute === 0 && !ampm && MIDNIGHT_AFTER.test(text.slice(m.index + m[0].length));
    if (midnight) hour = 0;
    const noon = hour === 12 && minute === 0 && !ampm && NOON_AFTER.test(text.slice(m.index + m[0].length));
    if (!g.m && !ampm && !g.unit && !g.kl && !midnight && !noon) continue;
    if (g.sep === 'h' && !g.m) continue;
    // "2h 15m" is a duration, not a time of day.
    if (g.unit && !g.m && /^\s?\d{1,2}\s?m(?:in)?\b/i.test(text.slice(m.index + m[0].length))) continue;
    if (g.sep === ' h ' && /^\s?m(?:in)?\b/i.test(text.slice(m.index + m[0].length))) continue;
    if (g.unit && /^\s?(?:h|hrs)$/i.test(g.unit) && !g.m && !ampm && !g.kl && AHEAD_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // "14.03" followed by a year is a date, not a time.
    if (g.sep === '.' && /^\.\d{2,4}/.test(text.slice(m.index + m[0].length))) continue;
    // "Stand 02.03.: 734", "am 04.05. um 20 Uhr": a day and a month closed by their dot, then a colon, comma or
    // more words, are a German date; a time ending its sentence ("Einlass 19.30.") has a minute no month has.
    if (g.sep === '.' && minute >= 1 && minute <= 12 && DAY_MONTH_DOT_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // "за 15.05", "ב-10.6": a Bulgarian or Hebrew day word before a dotted pair makes it a day (day-prepositions.ts).
    if (g.sep === '.' && endsInDayPreposition(text.slice(0, m.index))) continue;
    if (g.sep === '.' && !ampm && !g.unit && measureAfter(text.slice(m.index + m[0].length))) continue;
    if (g.sep === '.' && besideCurrency(text.slice(0, m.index), text.slice(m.index + m[0].trimEnd().length))) continue;
    if (ampm) {
      if (hour < 1 || hour > 12) continue;
      hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
    }
    if (hour === 24 && minute === 0) hour = 0;
    if (hour > 23) continue;
    out.push({ value: `${pad(hour)}:${pad(minute)}`, index: m.index, length: m[0].trimEnd().length });
  }
  return short.length ? out.sort((a, b) => a.index - b.index) : out;
}

export function normaliseTime(text: string): string | null {
  return findTimes(text)[0]?.value ?? null;
}

/** "75 min", "1h 15m", "1:15", "1 hr 15 min", "90 minutes", "2h" → minutes. */
const APPROXIMATELY = /^(?:ca\.?|circa|approx\.?|about|environ|env\.|ungef[äa]hr|cirka|aprox\.?)\s+|\s+(?:environ|approx\.?|approximately|ungef[äa]hr|circa|cirka|aprox\.?)$/;

export function normaliseDuration(text: string): number | null {
  // "1h15 environ", "ca. 90 min": a length given as about so long is still that length.
  const t = text.trim().toLowerCase().replace(APPROXIMATELY, '');
  // "an hour", "one hour": a length of one hour spelled out.
  if (/^(?:an?|one)\s+hour$/.test(t)) return 60;
  const colon = /^(\d{1,2}):([0-5]\d)$/.exec(t);
  if (colon) return Number(colon[1]) * 60 + Number(colon[2]);
  // French hours and minutes run together: "1h30", "1 h 15".
  const fr = /^(\d{1,2})\s*h\s*([0-5]\d)$/.exec(t);
  if (fr) return Number(fr[1]) * 60 + Number(fr[2]);
  // Azerbaijani "75 dəq.", "75 dəqiqə", "5 s 35 dəq" (saat, hours, shortened only before its minutes).
  const hm = /(?:(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hours?|std\.?|stunden?|tim(?:mar|me)?|heures?|horas?|uur|óra|hores?|saat|s(?=\s*\d{1,2}\s*dəq))\b\.?)?\s*(?:(\d+)\s*(?:m|min|mins|minutes?|minuten?|minuter|minutter|minutos?|minuti|minuts?|perc|dakika|dk|mín|mínútur|dəq(?:iq)?)\b\.?)?/.exec(t);
  // Bulgarian and Hebrew minutes ("75 минути", "90 דק'"), whose letters `\b` does not know.
  const local = /^(\d{1,3})\s*(?:минути|мин\.?|דקות|דק['׳]?)$/u.exec(t);
  if (local) return Number(local[1]) > 0 ? Number(local[1]) : null;
  if (!hm || (!hm[1] && !hm[2])) return null;
  const hours = hm[1] ? Number(hm[1].replace(',', '.')) : 0;
  const total = Math.round(hours * 60 + (hm[2] ? Number(hm[2]) : 0));
  return total > 0 ? total : null;
}

/** Date + time → local date-time, or null when either is missing. */
export function localDateTime(date: string | null, time: string | null): string | null {
  return date && time ? `${date}T${time}` : null;
}

/** Minutes from one `HH:MM` to the next (wrapping past midnight). */
export function minutesBetween(start: string, end: string): number {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return (toMin(end) - toMin(start) + 1440) % 1440;
}
