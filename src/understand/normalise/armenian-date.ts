/**
 * Armenian dates. A contract or letter puts the year first, marked "թ." (year), then the month in the
 * genitive and the day with a case ending ("2028 թ. ապրիլի 9-ին" = on 9 April 2028, "-ից" from, "-ը"
 * the); a range's second half drops the year ("մինչեւ ապրիլի 10-ը"). A dated header puts the day first,
 * often in guillemets ("«21» փետրվարի 2028 թ."). Month names are in the nominative ("մարտ") or the
 * genitive ("մարտի"), in a script no other supported language writes.
 */
export interface ArmenianDate { day: number; month: number; year: number | null; index: number; length: number }

const MONTHS = ['հունվար', 'փետրվար', 'մարտ', 'ապրիլ', 'մայիս', 'հունիս', 'հուլիս', 'օգոստոս', 'սեպտեմբեր', 'հոկտեմբեր', 'նոյեմբեր', 'դեկտեմբեր'];
const MONTH = `(${MONTHS.join('|')})ի?`;
/** "2027 թ." or "2027թ.": the year and its mark. */
const YEAR_MARK = String.raw`(\d{4})\s*թ(?:\.|վականի)?`;

const YEAR_FIRST = new RegExp(String.raw`(?<!\d)(?:${YEAR_MARK},?\s+)?(?<!\p{L})${MONTH}\s+(\d{1,2})(?:-\p{L}{1,3})?(?![\d\p{L}])`, 'giu');
const DAY_FIRST = new RegExp(String.raw`(?<![\d\p{L}])«?(\d{1,2})»?\s+${MONTH}(?:,?\s+(\d{4})(?:\s*թ\.?)?)?(?![\d\p{L}])`, 'giu');

const monthOf = (name: string): number => MONTHS.indexOf(name.toLowerCase()) + 1;

export function armenianDates(text: string): ArmenianDate[] {
  if (!/[\u0561-\u0587]/u.test(text)) return [];
  const out: ArmenianDate[] = [];
  for (const m of text.matchAll(DAY_FIRST)) {
    out.push({ day: Number(m[1]), month: monthOf(m[2]!), year: m[3] ? Number(m[3]) : null, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(YEAR_FIRST)) {
    if (out.some((d) => m.index < d.index + d.length && d.index < m.index + m[0].length)) continue;
    out.push({ day: Number(m[3]), month: monthOf(m[2]!), year: m[1] ? Number(m[1]) : null, index: m.index, length: m[0].length });
  }
  return out;
}

/** Armenian weekday names ("ուրբաթ" = Friday), Sunday first. */
export const ARMENIAN_WEEKDAYS = ['կիրակի', 'երկուշաբթի', 'երեքշաբթի', 'չորեքշաբթի', 'հինգշաբթի', 'ուրբաթ', 'շաբաթ'];
