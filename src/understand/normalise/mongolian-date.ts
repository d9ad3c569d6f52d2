/**
 * Mongolian dates: months are numbered ("6-р сар" = the sixth month, June), the day follows the
 * month's genitive "сарын", the year comes first with "оны": "2028 оны 9-р сарын 14", "9-р сарын
 * 4-нд" (a case ending after the day). A year-less day is also written month first and slashed, with
 * its weekday in brackets: "9/13 (Лхагва)" (13 September, a Wednesday). Mongolian weekdays ("Бямба" = Saturday,
 * "Ням" = Sunday, optionally followed by "гараг") name no weekday of another language, so the slashed form is read here.
 */
export interface MongolianDate { day: number; month: number; year: number | null; index: number; length: number }

const WEEKDAY = String.raw`(?:ням|даваа|мягмар|лхагва|пүрэв|баасан|бямба)(?:\s+гараг)?`;

/** "2028 оны 9-р сарын 14", "6 сарын 12", "9-р сарын 15-нд": the ordinal's "-р" and the day's case ending are optional. */
const NUMBERED = /(?<![\p{L}\d])(?:(\d{4})\s*оны\s+)?(\d{1,2})(?:-?р)?\s+сарын\s+(\d{1,2})(?:-\p{L}{1,4})?(?![\p{L}\d])/giu;
/** "9/13 (Лхагва)": month first, the bracketed weekday settling that the pair is a date. */
const SLASHED = new RegExp(String.raw`(?<![\d/])(\d{1,2})\/(\d{1,2})\s*\((${WEEKDAY})\)`, 'giu');

export function mongolianDates(text: string): MongolianDate[] {
  if (!/сарын|\((?:ням|даваа|мягмар|лхагва|пүрэв|баасан|бямба)/iu.test(text)) return [];
  const out: MongolianDate[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    out.push({ day: Number(m[3]), month: Number(m[2]), year: m[1] ? Number(m[1]) : null, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(SLASHED)) {
    out.push({ day: Number(m[2]), month: Number(m[1]), year: null, index: m.index, length: m[0].length });
  }
  return out.filter((d) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31);
}
