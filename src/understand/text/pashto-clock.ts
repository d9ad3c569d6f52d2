/**
 * Pashto clock phrases as 24-hour clocks, at the same length. A Pashto mail writes a 12-hour clock with
 * "بجې" / "بجو" (o'clock) after it and the part of the day, often with "د" (of), before it: "سهار ۹ بجې"
 * (morning), "د غرمې ۱ بجې" (midday, 13:00), "د ماسپښین ۲:۴۵ بجې" (14:45), "ماښام ۶:۳۰ بجې" (18:30), "د شپې ۹:۱۵"
 * (21:15); a range with "نه تر" (from … to), sometimes led by "له" (from): "له ۳:۰۰ نه تر ۳:۴۵ بجو". A part
 * of the day, the o'clock word or "نه تر" marks the clock; without a part of the day it is the show day's
 * afternoon or evening (as an Urdu one, text/urdu-clock.ts). Works on the ASCII-digit copy (text/native-digits.ts).
 */
import { hour24, type DayPart } from '../normalise/day-part-hour.js';
import { padRendering } from './rendering-pad.js';

const GAP = String.raw`[ \t\u00A0]+`;
// سهار / سحر morning, غرمه noon, ماسپښین (also spelt ماسپخین) afternoon, ماښام evening, شپه night.
const PARTS: [string, DayPart][] = [
  ['سهار', 'morning'], ['سحر', 'morning'], ['غرمې', 'midday'], ['غرمه', 'midday'],
  ['ماسپښین', 'afternoon'], ['ماسپخین', 'afternoon'], ['ماښام', 'evening'], ['شپې', 'night'], ['شپه', 'night'],
];
const PART = PARTS.map(([w]) => w).join('|');
const HOUR = String.raw`(\d{1,2})(?::(\d{2}))?(?!\d)`;
const OCLOCK = String.raw`بجې|بجو|بجه`;
const CLOCK = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d:])(?:له${GAP})?(?:(?:د${GAP})?(${PART})${GAP})?${HOUR}(?:${GAP}(${OCLOCK}))?` +
    String.raw`(?:[ \t\u00A0]*(نه${GAP}تر|[–—-])[ \t\u00A0]*(?:(?:د${GAP})?(${PART})${GAP})?${HOUR})?(?:${GAP}(${OCLOCK}))?(?:${GAP}پورې)?(?![\p{L}\p{M}])`,
  'gu',
);

const clock = (hour: number, minute: string | undefined) => `${String(hour).padStart(2, '0')}:${minute ?? '00'}`;
const partOf = (word: string | undefined): DayPart => PARTS.find(([w]) => w === word)?.[1] ?? 'evening';

/** `ascii` (the ASCII-digit copy of a text) with Pashto clock phrases as 24-hour clocks or ranges. */
export function pashtoClocks(ascii: string): string {
  if (!/بج[ېوه]|نه[ \t\u00A0]+تر/u.test(ascii)) return ascii;
  let out = '';
  let from = 0;
  for (const m of ascii.matchAll(CLOCK)) {
    const [whole, startPart, h, min, startOclock, to, endPart, endH, endMin, oclock] = m as unknown as (string | undefined)[];
    const range = endH !== undefined;
    // The mark of a clock: a part of the day, "بجې", or a "نه تر" range of clocks with minutes.
    const marked = startPart || endPart || startOclock || oclock || (to?.startsWith('نه') && min && endMin);
    if (!marked || (!range && !min && !startPart && !startOclock && !oclock)) continue;
    // A dash between a clock with "بجې" and a figure after it is no range ("۳ بجې - ۴ کسان").
    if (range && to !== undefined && !to.startsWith('نه') && !endMin && !oclock) continue;
    if (Number(min ?? 0) > 59 || Number(endMin ?? 0) > 59) continue;
    const start = hour24(Number(h), partOf(startPart ?? endPart));
    const end = range ? hour24(Number(endH), partOf(endPart ?? startPart)) : null;
    if (start === null || (range && end === null)) continue;
    const text = end === null ? clock(start, min) : `${clock(start, min)} - ${clock(end, endMin)}`;
    if (text.length > whole!.length) continue;
    out += ascii.slice(from, m.index) + padRendering(text, whole!.length, ascii.slice(m.index + whole!.length));
    from = m.index + whole!.length;
  }
  return out + ascii.slice(from);
}
