/**
 * Thai dates: the day, the month by its full or short name ("3 พฤศจิกายน 2570", "3 ธ.ค. 2027") and the
 * year, which Thai writes in the Buddhist era (B.E. = A.D. + 543), also after "พ.ศ."; a year after
 * "ค.ศ." or below 2400 is already A.D. A year-less date takes the year nearest the reference.
 * Thai vowels are combining marks, so the other readers' `\p{L}` month words never see these names.
 */
import { BUDDHIST_ERA_OFFSET } from './buddhist-era.js';

export interface ThaiDate { day: number; month: number; year: number | null; index: number; length: number }

let thaiMonths: Map<string, number> | undefined;
function monthsByName(): Map<string, number> {
  if (!thaiMonths) {
    thaiMonths = new Map();
    for (let m = 0; m < 12; m++) {
      for (const month of ['long', 'short'] as const) {
        thaiMonths.set(new Intl.DateTimeFormat('th', { month, timeZone: 'UTC' }).format(new Date(Date.UTC(2020, m, 15))), m + 1);
      }
    }
  }
  return thaiMonths;
}

let pattern: RegExp | undefined;
function thaiDatePattern(): RegExp {
  if (!pattern) {
    const names = [...monthsByName().keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/\./g, '\\.'));
    pattern = new RegExp(String.raw`(?<!\d)(\d{1,2})\s*(${names.join('|')})(?:\s*(พ\.ศ\.|ค\.ศ\.)?\s*(\d{4})(?!\d))?`, 'gu');
  }
  return pattern;
}

export function thaiDates(text: string): ThaiDate[] {
  if (!/[\u0E00-\u0E7F]/u.test(text)) return [];
  const out: ThaiDate[] = [];
  for (const m of text.matchAll(thaiDatePattern())) {
    const written = m[4] ? Number(m[4]) : null;
    const year = written === null ? null : m[3] === 'ค.ศ.' || written < 2400 ? written : written - BUDDHIST_ERA_OFFSET;
    out.push({ day: Number(m[1]), month: monthsByName().get(m[2]!)!, year, index: m.index, length: m[0].length });
  }
  return out;
}
