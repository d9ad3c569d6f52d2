/**
 * Words that put a day, never a time, before a dotted day and month in Bulgarian and Hebrew ("на 14.05",
 * "за 15.05", "ב-10.6", "עד 12.6"; a bracket in a Hebrew line, "(10.6)"): those languages write their
 * times with a colon. Shared by the date reader, which reads the pair as a day, and the time reader,
 * which then leaves it alone ("ГРАФИК ЗА 15.05" is no 15:05).
 */
export const DAY_PREPOSITION = String.raw`(?:(?<!\p{L})(?:на|за|от|след|преди|עד)\s+|(?<!\p{L})[בלמ][-־]|(?<=\p{Script=Hebrew}[^\n]*)\()`;

const BEFORE = new RegExp(`${DAY_PREPOSITION}$`, 'iu');

/** Whether `before` (the text up to a dotted pair) ends in such a word. */
export function endsInDayPreposition(before: string): boolean {
  return BEFORE.test(before);
}
