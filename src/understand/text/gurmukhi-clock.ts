/**
 * Punjabi clock phrases in Gurmukhi as 24-hour clocks (text/day-part-clock.ts): "ਸਵੇਰੇ ੯:੦੦" (morning),
 * "ਦੁਪਹਿਰ ੨ ਵਜੇ" (midday, 14:00), "ਸ਼ਾਮ ੪:੦੦" (evening, 16:00), "ਰਾਤ ੧੦:੦੦ ਵਜੇ" (night, 22:00).
 */
import { dayPartClockReader, type DayPart } from './day-part-clock.js';

// "ਸ਼" is one letter or "ਸ" with its nukta; the locative forms ("ਸ਼ਾਮੀਂ", "ਰਾਤੀਂ") before their stems.
const WORDS: [string, DayPart][] = [
  ['ਸਵੇਰੇ', 'morning'], ['ਸਵੇਰ', 'morning'], ['ਤੜਕੇ', 'morning'],
  ['ਦੁਪਹਿਰੇ', 'midday'], ['ਦੁਪਹਿਰ', 'midday'],
  ['ਸ਼ਾਮੀਂ', 'evening'], ['ਸ਼ਾਮ', 'evening'],
  ['ਰਾਤੀਂ', 'night'], ['ਰਾਤ', 'night'],
];
const DAY_PARTS = WORDS.flatMap(([w, part]): [string, DayPart][] => (w.includes('ਸ਼') ? [[w, part], [w.replace('ਸ਼', 'ਸ\u0A3C'), part]] : [[w, part]]));

/** `ascii` (the ASCII-digit copy) with Gurmukhi day-part clocks as 24-hour clocks or ranges. */
export const gurmukhiClocks = dayPartClockReader(DAY_PARTS, 'ਵਜੇ');
