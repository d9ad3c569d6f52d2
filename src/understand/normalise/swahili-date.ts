/**
 * Swahili dates: the day, then the month ("12 Machi 2028"), often after the weekday ("Jumapili, 12
 * Machi", "Alhamisi 9 Okt"). Full month names are read anywhere; the short forms ("Des", "Okt", "Mac")
 * only after a Swahili weekday, as "des" and "mei" are words of other languages. Swahili weekdays
 * ("Jumamosi" = Saturday, "Ijumaa" = Friday) name no weekday of another language, so they are read here.
 */
export interface SwahiliDate { day: number; month: number; year: number | null; index: number; length: number }

const MONTHS = ['januari', 'februari', 'machi', 'aprili', 'mei', 'juni', 'julai', 'agosti', 'septemba', 'oktoba', 'novemba', 'desemba'];
const SHORT = ['jan', 'feb', 'mac', 'apr', 'mei', 'jun', 'jul', 'ago', 'sep', 'okt', 'nov', 'des'];
const WEEKDAY = '(?:jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili)';

const DATE = new RegExp(
  String.raw`(?<!\p{L})(?:(${WEEKDAY}),?\s+)?(\d{1,2})\s+(${MONTHS.join('|')}|${SHORT.join('|')})\.?(?:,?\s+(\d{4}))?(?![\p{L}\d])`,
  'giu',
);

export function swahiliDates(text: string): SwahiliDate[] {
  if (!/(?:jum[a-z]+|alhamisi|ijumaa|[a-z]ba|januari|februari|machi|aprili|mei|juni|julai|agosti)(?!\p{L})/iu.test(text)) return [];
  const out: SwahiliDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const word = m[3]!.toLowerCase();
    const full = MONTHS.indexOf(word);
    if (full < 0 && !m[1]) continue;
    const month = (full >= 0 ? full : SHORT.indexOf(word)) + 1;
    const at = m.index + (m[1] ? m[0].indexOf(m[2]!, m[1].length) : 0);
    out.push({ day: Number(m[2]), month, year: m[4] ? Number(m[4]) : null, index: at, length: m.index + m[0].length - at });
  }
  return out;
}
