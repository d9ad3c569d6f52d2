/**
 * Hausa dates: the day, "ga" (of), then the month ("12 ga Fabrairu", "Talata 12 ga Fabrairu 2027"), the
 * "ga" sometimes left out ("3 Maris"). A stay or a run of days writes its first day without the month,
 * "daga Alhamis 6 zuwa Asabar 8 ga Nuwamba" (from Thursday 6 to Saturday 8 November): the first day takes
 * the month of the second. Hausa month names ("Janairu", "Fabrairu", "Satumba", "Nuwamba") name no
 * month of another reader's list where they differ; the shared spellings ("Maris", "Oktoba") are read
 * only with "ga" or after a Hausa weekday.
 */
export interface HausaDate { day: number; month: number; year: number | null; index: number; length: number }

const MONTHS = ['janairu', 'fabrairu|faburairu', 'maris', 'afrilu|afirilu', 'mayu', 'yuni', 'yuli', 'agusta', 'satumba', 'oktoba', 'nuwamba', 'disamba'];
/** Months whose Hausa spelling is also another language's (Indonesian "Maris", Swahili "Oktoba"). */
const SHARED = new Set([3, 10]);
export const HAUSA_WEEKDAYS = ['lahadi', 'litinin', 'talata', 'laraba', 'alhamis', "juma['’]?a|jumma['’]?a", 'asabar'];
const WEEKDAY = `(?:${HAUSA_WEEKDAYS.join('|')})`;
const MONTH = MONTHS.map((n) => `(${n})`).join('|');

const DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${WEEKDAY}),?\s+)?(\d{1,2})(?:\s+(?:zuwa|har(?:\s+zuwa)?)\s+(?:${WEEKDAY},?\s+)?(\d{1,2}))?\s+(ga\s+)?(?:${MONTH})(?:,?\s+(\d{4}))?(?![\p{L}\d])`,
  'giu',
);

export function hausaDates(text: string): HausaDate[] {
  if (!/(?:ga\s+\p{L}|airu|rilu|mayu|yuni|yuli|agusta|satumba|nuwamba|disamba|maris|oktoba)/iu.test(text)) return [];
  const out: HausaDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const month = m.slice(5, 17).findIndex(Boolean) + 1;
    if (month < 1) continue;
    if (SHARED.has(month) && !m[4] && !m[1]) continue;
    const year = m[17] ? Number(m[17]) : null;
    const whole = m[0];
    const firstDay = m[2]!;
    const firstAt = m.index + (m[1] ? whole.indexOf(firstDay, m[1].length) : 0);
    if (m[3] === undefined) {
      out.push({ day: Number(firstDay), month, year, index: firstAt, length: m.index + whole.length - firstAt });
      continue;
    }
    // "6 zuwa 8 ga Nuwamba": each day with the month, the first ending where the "zuwa" begins.
    const toAt = whole.search(/\s+(?:zuwa|har)(?!\p{L})/iu);
    out.push({ day: Number(firstDay), month, year, index: firstAt, length: m.index + toAt - firstAt });
    const secondAt = m.index + whole.indexOf(m[3], toAt);
    out.push({ day: Number(m[3]), month, year, index: secondAt, length: m.index + whole.length - secondAt });
  }
  return out;
}
