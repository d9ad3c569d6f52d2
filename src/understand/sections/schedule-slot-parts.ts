/**
 * What stands before a slot's time in a labelled value: "Saturday 14 Aug - Harbour Stage - 18:40",
 * "Fri, Waldbühne, 20:15", "Marrow Lanterns – Main Stage – 21:00". A festival answers "your slot" with
 * its day and stage; the day is no act and the stage is where the set is. What is left, if anything,
 * is the act.
 */
import { CALENDAR_NAMES } from '../text/lexicon.js';
import { findDates } from '../normalise/index.js';

export interface SlotPart {
  text: string;
  /** Offset of `text` in the value it was read from. */
  index: number;
}

/** A stage's name: "Harbour Stage", "Waldbühne", "Escenario Faro", "Scène B", "Big Top Tent". */
const STAGE = /(?<![\p{L}])(?:stage|bühne|buehne|scene|scène|scen|escenario|palco|podium|tent|zelt|tält)(?![\p{L}])|\p{L}{3,}(?:bühne|scenen|scenen)(?![\p{L}])/iu;
const CALENDAR_WORD = new RegExp(`^(?:${CALENDAR_NAMES}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?,?$`, 'i');
const SEPARATOR = /\s+[-–—|·]\s+|\s*[,;]\s+|\s+[-–—]\s*$/g;

/** A day written without a year ("Saturday 14 Aug", "Sat 14/08", "Saturday"): no act's name. */
function isDay(text: string): boolean {
  if (findDates(text).length) return true;
  const words = text.split(/\s+/);
  return words.every((w) => CALENDAR_WORD.test(w) || /^\d{1,2}(?:st|nd|rd|th|\.)?$/i.test(w) || /^\d{1,2}[./]\d{1,2}\.?$/.test(w));
}

/**
 * The parts of `before` (a value up to its time): the act, if one is written, and the stage; null
 * when `before` holds neither a day nor a stage (it is then read whole, as the act).
 */
export function slotParts(before: string): { act: SlotPart | null; stage: SlotPart | null } | null {
  let act: SlotPart | null = null;
  let stage: SlotPart | null = null;
  let day = false;
  let from = 0;
  const parts: SlotPart[] = [];
  for (const sep of [...before.matchAll(SEPARATOR), { index: before.length, 0: '' }]) {
    const raw = before.slice(from, sep.index);
    const text = raw.trim();
    if (text) parts.push({ text, index: from + raw.indexOf(text) });
    from = sep.index! + sep[0].length;
  }
  for (const p of parts) {
    if (isDay(p.text)) day = true;
    // A stage stands apart from the act ("Act – Main Stage"): one part alone is the act's name ("The Stage Divers").
    else if (!stage && parts.length >= 2 && STAGE.test(p.text)) stage = p;
    else act ??= p;
  }
  return day || stage ? { act, stage } : null;
}
