/**
 * Uzbek dates (Latin script). The day is joined to its month by a hyphen and the month takes a case
 * ending ("9-iyun", "8-iyundan" from, "20-maygacha" until, "10-iyunga" to); a contract puts the year
 * first, marked "yil" ("2028-yil 9-iyun"), once for a span ("2028-yil 8-iyundan 10-iyunga"). A day range
 * writes its month once ("13–15-may"). Month names as Intl writes them ("sentabr", "oktabr") and as
 * Russian-era spelling does ("sentyabr", "oktyabr").
 */
export interface UzbekDate { day: number; month: number; year: number | null; index: number; length: number }

const MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sent(?:y)?abr', 'okt(?:y)?abr', 'noyabr', 'dekabr'];
const CASE_ENDING = '(gacha|dagi|dan|ga|da|ni|ning)?';
/**
 * "14-May-2028", "14-May 2028", "3-may-27": an English day-month with its year after it. Uzbek writes the
 * year first ("2027-yil 14-may"), so a bare "-may" with a year after it is left to the other readers.
 */
const YEAR_AFTER = /^(?:[ \t]*[-/.,]?[ \t]*\d{4}|-\d{2})(?!\d|[:.]\d)/;

/** "2028-yil 9-iyun", "8–10-iyundan", "20-maygacha": year, range start, day, month. */
const DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\d{4})-yil(?:ning|da)?,?\s+)?(?:(\d{1,2})\s*[–-]\s*)?(\d{1,2})-(${MONTHS.map((m) => `(${m})`).join('|')})${CASE_ENDING}(?![\p{L}\d])`,
  'giu',
);

export function uzbekDates(text: string): UzbekDate[] {
  const out: UzbekDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const month = m.slice(5, 17).findIndex(Boolean) + 1;
    if (!m[1] && !m[17] && YEAR_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // "2028-yil 8-iyundan 10-iyunga": the span's second day, written right after the first, is of its year.
    const last = out.at(-1);
    const follows = !!last && /^[\s–-]{1,3}$/.test(text.slice(last.index + last.length, m.index));
    const year = m[1] ? Number(m[1]) : follows ? last!.year : null;
    const dayAt = m.index + m[0].lastIndexOf(`${m[3]}-`);
    if (m[2]) out.push({ day: Number(m[2]), month, year, index: m.index, length: dayAt - m.index });
    out.push({ day: Number(m[3]), month, year, index: m[2] ? dayAt : m.index, length: m.index + m[0].length - (m[2] ? dayAt : m.index) });
  }
  return out;
}
