/**
 * Filipino clock times, which tell the hour with Spanish-derived words after "alas" ("ala" for one):
 * "alas-otso" (8 o'clock), "alas-singko y medya" (5:30), "ala-una ng hapon" (1 pm), "alas-diyes
 * menos kinse" (9:45). As for other languages' clock words (time-words.ts), an hour without a part of
 * the day ("ng umaga" morning, "ng hapon" afternoon, "ng gabi" evening) is read in the afternoon or
 * evening, unless a morning word (breakfast, check-out, flight) comes just before it. An hour in digits
 * ("alas 7") is read only beside a Tagalog word ("alas 7 ng gabi", "kita tayo alas 7"): "ala" and
 * "alas" are words of other languages too ("Uffici: ala 1", an Italian wing; "Alas 3 of the acts cancelled").
 */
import { fold } from './number-words.js';
import { MORNING_ITEM, type WordsMatch } from './time-words.js';

const HOURS: Record<string, number> = {
  una: 1, dos: 2, tres: 3, kwatro: 4, kuwatro: 4, kuatro: 4, cuatro: 4, singko: 5, sinko: 5, cinco: 5,
  sais: 6, seis: 6, siyete: 7, syete: 7, siete: 7, otso: 8, ocho: 8, nuwebe: 9, nwebe: 9, nueve: 9,
  diyes: 10, dyes: 10, diez: 10, onse: 11, once: 11, dose: 12, doce: 12,
};
const MINUTES: Record<string, number> = {
  medya: 30, media: 30, kinse: 15, quince: 15, singko: 5, sinko: 5, diyes: 10, dyes: 10, beynte: 20, bente: 20, trenta: 30, kwarenta: 40,
};

/** "alas-diyes", "alas otso", "ala-una", "alas 7"; then "y medya" / "menos kinse"; then "ng gabi". */
const CLOCK = /(?<!\p{L})(alas|ala)[ -](\p{L}+|\d{1,2})(?:\s+(y|menos)\s+(\p{L}+))?(?:\s+(?:ng|sa)\s+(umaga|madaling[- ]araw|tanghali|hapon|gabi))?(?!\p{L})/giu;

// Tagalog words that tell "alas 7" is a clock: particles, pronouns, "later", "tomorrow" and the parts of the day.
const TAGALOG = /(?<!\p{L})(?:ng|po|mamaya|bukas|tayo|kayo|kami|natin|namin|umaga|tanghali|hapon|gabi)(?!\p{L})/iu;
const LINE_AROUND = 40;

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether a Tagalog word stands on the same line within a few words of text[from, to). */
function tagalogAround(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - LINE_AROUND), from).split('\n').pop()!;
  const after = text.slice(to, to + LINE_AROUND).split('\n')[0]!;
  return TAGALOG.test(before) || TAGALOG.test(after);
}

export function findFilipinoClock(text: string): WordsMatch<string>[] {
  const out: WordsMatch<string>[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const word = fold(m[2]!);
    const digits = /^\d+$/.test(word);
    const hour = digits ? Number(word) : HOURS[word];
    if (!hour || hour > 12) continue;
    if (digits && !tagalogAround(text, m.index!, m.index! + m[0].length)) continue;
    // "ala" goes only with one ("ala-una"); "alas" with the others.
    if ((fold(m[1]!) === 'ala') !== (hour === 1)) continue;
    let length = m[0].length;
    let minutes = 0;
    let h = hour;
    if (m[3]) {
      const mins = MINUTES[fold(m[4]!)];
      if (mins === undefined) {
        // An unknown word after "y": the time ends at the hour (and its part of the day is not read).
        length = m[0].indexOf(m[3], m[1]!.length + m[2]!.length + 1) - 1;
        while (/\s/.test(m[0][length - 1]!)) length--;
      } else if (fold(m[3]) === 'menos') { minutes = 60 - mins; h -= 1; } else minutes = mins;
    }
    const part = m[3] && MINUTES[fold(m[4]!)] === undefined ? undefined : m[5] ? fold(m[5]) : undefined;
    if (h <= 0) h += 12;
    if (part === 'umaga' || part?.startsWith('madaling')) { if (h === 12) h = 0; } else if (part === 'tanghali') { if (h < 6) h += 12; } else if (part) {
      if (h < 12) h += 12; else if (part === 'gabi') h = 0;
    } else if (h < 12 && !MORNING_ITEM.test(text.slice(Math.max(0, m.index! - 60), m.index!)) && !/(?:almusal|agahan)[^.!?\n]{0,40}$/iu.test(text.slice(Math.max(0, m.index! - 60), m.index!))) h += 12;
    out.push({ index: m.index!, length, value: `${pad(h)}:${pad(minutes)}` });
  }
  return out;
}
