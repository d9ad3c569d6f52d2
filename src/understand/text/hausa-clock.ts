/**
 * Hausa writes a 12-hour clock after "ƙarfe" (o'clock) with the part of the day after "na" (of): "ƙarfe
 * 5:45 na yamma" (17:45), "ƙarfe 9:20 na dare" (21:20), "ƙarfe 1 na rana" (13:00), "ƙarfe 8 na safe"
 * (08:00), "ƙarfe 5 da rabi na yamma" (half past five, 17:30). Read as written, the bare "5:45" would be
 * taken early; the phrase is rewritten as the 24-hour time at the same length (offsets kept), like the
 * Somali clock (text/somali-clock.ts). "ƙarfe" is also spelt "karfe" on keyboards without the hooked k;
 * an "H:MM" before "na yamma" is read without it too. A "ƙarfe 6:50" without its part of the day is left
 * as written.
 */
import { hour24, type DayPart } from '../normalise/day-part-hour.js';
import type { ExtractedSource } from '../../interfaces.js';
import { padRendering } from './rendering-pad.js';
import { rewrittenCopy, unchanged } from './rewritten-copy.js';

const GAP = String.raw`[ \t\u00A0]+`;
/** The parts of the day: safe/safiya/asuba/hantsi morning, rana midday, azahar/la'asar/yamma afternoon, maraice/magariba evening, dare night. */
const DAY_PARTS: readonly [RegExp, DayPart][] = [
  [/^(?:safe|safiya|asuba|hantsi)$/i, 'morning'],
  [/^rana$/i, 'midday'],
  [/^(?:azahar|la['’]?asar|yamma)$/i, 'afternoon'],
  [/^(?:maraice|marece|magariba)$/i, 'evening'],
  [/^dare$/i, 'night'],
];
const PART = String.raw`safe|safiya|asuba|hantsi|rana|azahar|la['’]?asar|yamma|maraice|marece|magariba|dare`;
// "da rabi" half past, "da kwata" quarter past.
const HALF = String.raw`(?:${GAP}da${GAP}(rabi|kwata))?`;
const CLOCK = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d:.])(?:(?:(?:ƙ|k)arfe|(?:Ƙ|K)arfe)${GAP}(\d{1,2})(?:[:.](\d{2}))?|(\d{1,2}):(\d{2}))(?!\d)${HALF}${GAP}na${GAP}(${PART})(?![\p{L}\p{M}])`,
  'gu',
);

export function hausaClocks(text: string): string {
  if (!/(?:ƙ|k|Ƙ|K)arfe|na[ \t\u00A0]+(?:yamma|dare|safe|rana)/u.test(text)) return text;
  return text.replace(CLOCK, (whole: string, h1: string | undefined, m1: string | undefined, h2: string | undefined, m2: string | undefined, half: string | undefined, word: string, at: number) => {
    const part = DAY_PARTS.find(([re]) => re.test(word))?.[1];
    const minute = half ? (m1 === undefined && m2 === undefined ? (half.toLowerCase() === 'rabi' ? '30' : '15') : null) : (m1 ?? m2 ?? '00');
    if (!part || minute === null || Number(minute) > 59) return whole;
    const hour = hour24(Number(h1 ?? h2), part);
    if (hour === null) return whole;
    const clock = `${String(hour).padStart(2, '0')}:${minute}`;
    return padRendering(clock, whole.length, text.slice(at + whole.length));
  });
}

/** The source with its Hausa clocks as 24-hour ones (its attachments too), or the source itself when it writes none. */
export function withHausaClocks(source: ExtractedSource): ExtractedSource {
  const own = hausaClocks(source.text) !== source.text;
  return rewrittenCopy(source, withHausaClocks, own, own ? hausaClocks : unchanged);
}
