/**
 * Spoken numbers as digits. A voice note's transcript or a chat says "às oito e meia", "hora e um
 * quarto", "dois mil e quinhentos euros", "para seis pessoas"; every reader downstream looks for
 * digits. A narrative source (one page, no tables) is read through a copy in which such phrases are
 * written as digits ("20:30", "75 min", "2500 euros", "6 pessoas"); the spans the sections find in
 * the copy are mapped back onto the source's own text, so provenance points at the spoken words.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { findNumberWords } from '../normalise/number-words.js';
import { findShortMeridiem } from '../normalise/short-meridiem.js';
import { findClockWords, findDurationWords } from '../normalise/time-words.js';
import { findFilipinoClock } from '../normalise/filipino-clock.js';

/** Words naming a currency or a counted thing (guests, rooms, nights) right after a number in words. */
const COUNTED = /^\s+(?:euros?|€|dollars?|dólares|dolares|pounds?|libras|francs?|francos|kronor|kroner|kronen|coroas|coronas|pesos|zloty|złotych|pessoas|persons?|people|personas|personnes|personen|personer|persone|pax|guests?|convidados|invitados|ospiti|gäste|gäster|gjester|gæster|quartos|rooms?|habitaciones|chambres|zimmer|rum|camere|kamers|værelser|noites|nights?|noches|nuits|nächte|nätter|netter|nætter|notti|nachten|dobbeltrom|enkeltrom)(?!\p{L})/iu;

interface Replacement { index: number; length: number; text: string }

export interface SpokenReading {
  source: ExtractedSource;
  /** An offset into the copy's text, as an offset into the source's own text. */
  back: (offset: number) => number;
}

function replacements(text: string): Replacement[] {
  const found: Replacement[] = [
    // "3:00p" as "15:00": the short 12-hour form of US day sheets, which no reader downstream knows.
    ...findShortMeridiem(text).map((m) => ({ index: m.index, length: m.length, text: m.value })),
    ...findFilipinoClock(text).map((m) => ({ index: m.index, length: m.length, text: m.value })),
    ...findClockWords(text).map((m) => ({ index: m.index, length: m.length, text: m.value })),
    ...findDurationWords(text).map((m) => ({ index: m.index, length: m.length, text: `${m.value} min` })),
    ...findNumberWords(text)
      .filter((n) => n.value >= 2 && COUNTED.test(text.slice(n.index + n.length)))
      .map((n) => ({ index: n.index, length: n.length, text: String(n.value) })),
  ];
  // The first-found reading of a stretch wins: a clock time over the count inside it.
  const out: Replacement[] = [];
  for (const r of found) {
    if (!out.some((o) => r.index < o.index + o.length && o.index < r.index + r.length)) out.push(r);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The source with spoken numbers as digits, or null when it has none (or is paged or tabular). */
export function spokenAsDigits(source: ExtractedSource): SpokenReading | null {
  // A mail's HTML part is the same message as its text, so a mail with one is read through the copy too.
  if (source.tables.length || source.pages.length > 1) return null;
  const list = replacements(source.text);
  if (!list.length) return null;
  let text = '';
  let from = 0;
  const marks: { at: number; orig: number; newLength: number; origLength: number }[] = [];
  for (const r of list) {
    text += source.text.slice(from, r.index);
    marks.push({ at: text.length, orig: r.index, newLength: r.text.length, origLength: r.length });
    text += r.text;
    from = r.index + r.length;
  }
  text += source.text.slice(from);
  const back = (offset: number): number => {
    let shift = 0;
    for (const m of marks) {
      if (offset <= m.at) break;
      // Inside the digits of a rewritten phrase: the end of the spoken words.
      if (offset < m.at + m.newLength) return m.orig + m.origLength;
      shift = m.orig + m.origLength - (m.at + m.newLength);
    }
    return offset + shift;
  };
  const pages = source.pages.map((p) => ({ ...p, text }));
  return { source: { ...source, text, pages }, back };
}

/**
 * Maps the spans of everything a section found in the copy back onto the source's text. Values
 * shared between sections (a schedule item's time in general and in activities) are mapped once.
 */
export function restoreSpans(value: unknown, reading: SpokenReading, seen: WeakSet<object>): void {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) { value.forEach((v) => restoreSpans(v, reading, seen)); return; }
  const record = value as Record<string, unknown>;
  const span = record.span;
  if (Array.isArray(span) && span.length === 2 && record.source === reading.source.name && typeof span[0] === 'number') {
    record.span = [reading.back(span[0]), reading.back(span[1] as number)];
  }
  for (const v of Object.values(record)) restoreSpans(v, reading, seen);
}
