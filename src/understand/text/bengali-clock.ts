/**
 * Bengali clock phrases as 24-hour clocks, at the same length. A Bengali sheet writes the part of the
 * day before a 12-hour clock: "দুপুর ১:৩০" (1:30 in the afternoon), "সন্ধ্যা ৬:৩০" (evening), "রাত ১১:০০"
 * (night), "সন্ধ্যা ৬টা" (6 o'clock, the hour with the counting suffix "টা"), a range with one word for
 * both ends ("বিকেল ৪:০০ – ৫:৩০"). The word may carry its locative ending ("রাতে", "সন্ধ্যায়").
 * Works on the ASCII-digit copy (text/native-digits.ts).
 */
import { padRendering } from './rendering-pad.js';

// ভোর dawn, সকাল morning, দুপুর midday, বিকাল / বিকেল afternoon, সন্ধ্যা evening, রাত night; "য়" is written
// as one letter or as "য" with its nukta.
const WORD = String.raw`ভোর|সকাল|দুপুর|বিকাল|বিকেল|সন্ধ্যা|রাত`;
const LOCATIVE = String.raw`(?:ে|য\u09BC|\u09DF)?`;
const CLOCK = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d:])(${WORD})${LOCATIVE}[ \t\u00A0]+(\d{1,2})(?::(\d{2})(?!\d)|টা[\p{L}\p{M}]*)(?:[ \t]*[–—-][ \t]*(\d{1,2}):(\d{2})(?!\d))?`,
  'gu',
);

function hour24(hour: number, word: string): number | null {
  if (hour > 12) return null;
  if (word === 'ভোর' || word === 'সকাল') return hour;
  if (word === 'দুপুর') return hour >= 11 ? hour : hour + 12;
  // Late at night the small hours keep their number ("রাত ২টা" is 2 a.m.); "রাত ১২টা" is midnight.
  if (word === 'রাত') return hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  return hour === 12 ? 12 : hour + 12;
}

const clock = (hour: number, min: string | undefined) => `${String(hour).padStart(2, '0')}:${min ?? '00'}`;

/** `ascii` (the ASCII-digit copy of a Bengali text) with its clock phrases as 24-hour clocks or ranges. */
export function bengaliClocks(ascii: string): string {
  let out = '';
  let from = 0;
  for (const m of ascii.matchAll(CLOCK)) {
    const [whole, word, h, min, endH, endMin] = m as unknown as [string, string, string, string | undefined, string | undefined, string | undefined];
    if (Number(min ?? 0) > 59 || Number(endMin ?? 0) > 59) continue;
    const start = hour24(Number(h), word);
    const end = endH === undefined ? null : hour24(Number(endH), word);
    if (start === null || (endH !== undefined && end === null)) continue;
    const text = end === null ? clock(start, min) : `${clock(start, min)} - ${clock(end, endMin)}`;
    if (text.length > whole.length) continue;
    out += ascii.slice(from, m.index) + padRendering(text, whole.length, ascii.slice(m.index + whole.length));
    from = m.index + whole.length;
  }
  return out + ascii.slice(from);
}
