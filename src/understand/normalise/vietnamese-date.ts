/**
 * Vietnamese dates, matched with the weekday and "ngày" written before them. The month is a number after "tháng" (Gmail's "thg"), the day a number, often
 * after "ngày", the year after "năm" or a comma: "ngày 7 tháng 3 năm 2026", "7 thg 3, 2026". A
 * year-less day and month are written "7/3" and are a date after a weekday ("Thứ Bảy 7/3", "Chủ Nhật,
 * 8/3", "T7 7/3", the weekday settling that the pair is one) or after "ngày" ("ngày 7/3"); the year is
 * the one nearest the reference. The short "T2" … "T7" and "CN" are also a riser's, a fader's or a
 * terminal's name ("drum riser T4 2/3", "LHR T5 3/12"): they are a weekday only in capitals, in
 * Vietnamese text. Vietnamese weekdays are "Thứ" and an ordinal (Hai = Monday … Bảy = Saturday),
 * words that are numbers elsewhere, so they are only read here, never as weekday words.
 */
export interface VietnameseDate { day: number; month: number; year: number | null; index: number; length: number; weekday: number | null }

/** "Thứ Hai" … "Thứ Bảy", "Chủ Nhật", also "Thứ 2" … "Thứ 7", "T2" … "T7", "CN", Gmail's "Th 2": 0 (Sunday)..6. */
const WEEKDAY = String.raw`(?:th[ứu]\s+(?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y|[2-7])|th\s+[2-7]|t[2-7]|ch[ủu]\s+nh[ậa]t|cn)`;
const ORDINALS: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, tu: 3, 'năm': 4, nam: 4, 'sáu': 5, sau: 5, 'bảy': 6, bay: 6 };

function weekdayOf(text: string): number {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:ch[ủu] nh[ậa]t|cn)$/.test(t)) return 0;
  const word = t.replace(/^(?:th[ứu]|th|t)\s*/, '');
  return /^\d$/.test(word) ? Number(word) - 1 : ORDINALS[word] ?? -1;
}

const SPELLED = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${WEEKDAY}),?\s+)?(?:ng[àa]y\s+)?(\d{1,2})\s+(?:th[áa]ng|thg)\s+(\d{1,2})(?:(?:\s+n[ăa]m|\s*,)\s*(\d{4}))?(?!\d)`,
  'giu',
);
const SLASHED = new RegExp(String.raw`(?<![\p{L}\d])(?:(${WEEKDAY})|(ng[àa]y))[,.]?\s+(\d{1,2})\/(\d{1,2})(?![\d/])`, 'giu');
/** Letters only Vietnamese writes (ă, đ, ơ, ư and the tone-marked vowels such as "ả", "ộ"), or its date words. */
const VIETNAMESE = /[ăđơưĂĐƠƯ\u1EA0-\u1EF9]|(?<!\p{L})(?:th[áa]ng|ng[àa]y)(?!\p{L})/iu;

/** A weekday before a slashed pair: a long one in any case; "T2" … "T7", "CN" only in capitals and in Vietnamese text. */
function isSlashedWeekday(word: string, text: string): boolean {
  return !/^(?:t[2-7]|cn)$/iu.test(word) || (/^(?:T[2-7]|CN)$/u.test(word) && VIETNAMESE.test(text));
}

export function vietnameseDates(text: string): VietnameseDate[] {
  if (!/th[áa]ng|thg|th[ứu]|ch[ủu] nh|ng[àa]y|\bT[2-7]\b|\bCN\b/iu.test(text)) return [];
  const out: VietnameseDate[] = [];
  for (const m of text.matchAll(SPELLED)) {
    out.push({ day: Number(m[2]), month: Number(m[3]), year: m[4] ? Number(m[4]) : null, index: m.index, length: m[0].length, weekday: m[1] ? weekdayOf(m[1]) : null });
  }
  for (const m of text.matchAll(SLASHED)) {
    if (m[1] && !isSlashedWeekday(m[1], text)) continue;
    out.push({ day: Number(m[3]), month: Number(m[4]), year: null, index: m.index, length: m[0].length, weekday: m[1] ? weekdayOf(m[1]) : null });
  }
  // "31/2" is no day of a month.
  return out.filter((d) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= new Date(Date.UTC(2024, d.month, 0)).getUTCDate());
}
