/**
 * Somali dates: the day, then the month ("8 Maarso 2027", "Talaado, 8 Maarso 2027"), the day maybe with its
 * ordinal ending ("14-kii Oktoobar", "14ka Agoosto"). The month names are Somali spellings, most of which no other
 * reader's list has ("Maarso", "Agoosto", "Sebtembar"; "Abril" is Spanish too); a bare ordinal glued on ("15ka Maajo") is the name of a
 * day (a holiday) more than a date, so only the hyphened or spaced one is read.
 */
import { dayMonthDates, type DayMonthDate } from './day-month-dates.js';

export type SomaliDate = DayMonthDate;

const MONTHS = [
  'janaayo|janaweri', 'febraayo|febraweri', 'maarso|maarij', 'abriil|abril', 'maajo|maayo', 'juun|juunyo',
  'luulyo|luuliyo', 'agoosto|ogoost', 'sebtembar|sebteembar|sabtembar', 'oktoobar|oktoobbar', 'nofembar|noofembar', 'desembar|diseembar',
];

const DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})(?:-(?:kii|ka|da|dii))?\s+(?:${MONTHS.map((n) => `(${n})`).join('|')})(?:,?\s+(\d{4}))?(?![\p{L}\d])`,
  'giu',
);

export function somaliDates(text: string): SomaliDate[] {
  return dayMonthDates(text, DATE);
}
