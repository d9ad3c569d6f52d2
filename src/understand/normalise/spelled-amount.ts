/**
 * An amount spelled out in words, as a contract repeats it in brackets ("4 200 (four thousand two
 * hundred) EUR", "2 300 000 (два миллиона триста тысяч) тенге"). The words are read with the number-words
 * reader (normalise/number-words.ts) or, in Russian and Ukrainian, with the table below (Armenian:
 * armenian-number-words.ts, Uzbek: uzbek-number-words.ts); a bracket is
 * the amount spelled out only when all its words are number words.
 */
import { findNumberWords } from './number-words.js';
import { armenianNumberValue } from './armenian-number-words.js';
import { uzbekNumberValue } from './uzbek-number-words.js';

// Russian, then Ukrainian: one to nineteen, the tens, the hundreds (apostrophes dropped: "пʼять" → "пять").
const CYRILLIC: Record<string, number> = {};
const add = (list: string, values: number[]) => list.split(' ').forEach((w, i) => { CYRILLIC[w] = values[i]!; });
const TEENS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
const TENS = [20, 30, 40, 50, 60, 70, 80, 90];
const HUNDREDS = [100, 200, 300, 400, 500, 600, 700, 800, 900];
add('один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать', TEENS);
add('двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто', TENS);
add('сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот', HUNDREDS);
add('один два три чотири пять шість сім вісім девять десять одинадцять дванадцять тринадцять чотирнадцять пятнадцять шістнадцять сімнадцять вісімнадцять девятнадцять', TEENS);
add('двадцять тридцять сорок пятдесят шістдесят сімдесят вісімдесят девяносто', TENS);
add('сто двісті триста чотириста пятсот шістсот сімсот вісімсот девятсот', HUNDREDS);
Object.assign(CYRILLIC, { одна: 1, одно: 1, две: 2, дві: 2 });
// "тысяча", "тысячи", "тысяч"; "миллион", "миллиона", "миллионов" (Ukrainian "тисяч…", "мільйон…").
const MULTIPLIER: [RegExp, number][] = [[/^(?:тысяч|тисяч)[аиі]?$/, 1000], [/^(?:миллион|мільйон)(?:а|ов|ів)?$/, 1_000_000]];

/** The value of a run of Russian or Ukrainian number words, or null when a word is none. */
function cyrillicValue(words: string[]): number | null {
  let sum = 0;
  let group = 0;
  for (const word of words) {
    const w = word.replace(/ё/g, 'е').replace(/['’ʼ]/g, '');
    const multiplier = MULTIPLIER.find(([re]) => re.test(w))?.[1];
    if (multiplier) { sum += (group || 1) * multiplier; group = 0; continue; }
    const v = CYRILLIC[w];
    if (v === undefined) return null;
    group += v;
  }
  return sum + group;
}

/** The number `words` spell out, when every word of them is a number word; else null. */
export function spelledAmount(words: string): number | null {
  const tokens = words.toLowerCase().match(/\p{L}+(?:['’ʼ-]\p{L}+)*/gu) ?? [];
  if (!tokens.length) return null;
  if (tokens.every((t) => /^[\p{Script=Cyrillic}'’ʼ-]+$/u.test(t))) return cyrillicValue(tokens);
  if (tokens.every((t) => /^\p{Script=Armenian}+$/u.test(t))) return armenianNumberValue(tokens);
  // Uzbek (uzbek-number-words.ts): "yigirma toʻrt ming".
  const uzbek = uzbekNumberValue(tokens);
  if (uzbek !== null) return uzbek;
  const runs = findNumberWords(words);
  if (runs.length !== 1) return null;
  // Nothing but the one run: no other word before or after it ("late slot", "three sets").
  const rest = words.slice(0, runs[0]!.index) + words.slice(runs[0]!.index + runs[0]!.length);
  return /\p{L}/u.test(rest) ? null : runs[0]!.value;
}
