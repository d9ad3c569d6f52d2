/**
 * isiXhosa dates, and the month names isiXhosa and isiZulu borrow from English: the day, then the month
 * ("9 Agasti 2027", "21 EyeKhala 2027", "we-3 EyoMdumba"). The traditional isiXhosa names take their
 * noun prefix glued on (Eyo-/Eye-/U-: "EyoMqungu" … "EyoMnga") and name nothing in another language; the
 * loan names ("Janyuwari", "Agasti", "Okthobha") are read here too, most of which no other reader's list has (a
 * few, such as "Februari", "Juni", "Septemba", are spelled the same in other languages and read here as well). The
 * traditional isiZulu names are zulu-date.ts's.
 */
import { dayMonthDates, type DayMonthDate } from './day-month-dates.js';

export type XhosaDate = DayMonthDate;

const TRADITIONAL = ['mqungu', 'mdumba', 'kwindla', 'tshazimpuzi', 'canzibe', 'silimela', 'khala', 'thupha', 'msintsi', 'dwarha', 'nkanga', 'mnga'];
const LOAN = [
  'janyuwari|januwari',
  'febhuwari|februwari|februari',
  'matshi|mashi',
  'epreli|ephreli|apreli',
  'meyi',
  'juni',
  'julayi',
  'agasti|agastu',
  'septemba|septhemba',
  'okthobha|okthoba|oktobha|oktoba',
  'novemba',
  'disemba|diesemba',
];
const NAMES = TRADITIONAL.map((t, i) => String.raw`(?:(?:ey[eo]|u)-?${t}|${LOAN[i]})`);

const DATE = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+(?:${NAMES.map((n) => `(${n})`).join('|')})(?:,?\s+(\d{4}))?(?![\p{L}\d])`, 'giu');

export function xhosaDates(text: string): XhosaDate[] {
  return dayMonthDates(text, DATE);
}
