/**
 * Malay 12-hour times name the part of the day after the time: "6.30 pagi" (morning), "12.00 tengah
 * hari" (noon), "3.30 ptg" / "petang" (afternoon), "8.00 mlm" / "malam" (evening, "12.00 malam" being
 * midnight), "12.00 tengah malam" (midnight). Every time reader downstream would read "3.30" as half
 * past three in the morning, so such a time is found here as 24-hour. Only the H.MM / H:MM form counts
 * ("2 malam" is two nights).
 */
export interface MalayClockMatch { index: number; length: number; value: string }

/** The Malay words for a part of the day, as written after a time. */
export const MALAY_DAY_PART = String.raw`(?:pagi|tengah\s+hari|tgh\s+hari|ptg|petang|tengah\s+malam|mlm|malam)`;

const CLOCK = new RegExp(String.raw`(?<![\d:.])(?<h>1[0-2]|0?[1-9])[.:](?<m>[0-5]\d)\s+(?<part>${MALAY_DAY_PART})(?!\p{L})`, 'giu');

function hourOf(hour: number, part: string): number {
  // Morning and midnight count from 0 ("12.00 tengah malam" is 00:00).
  if (part === 'pagi' || part === 'tengah malam') return hour % 12;
  // "12.00 malam" is midnight, "11.30 mlm" late evening.
  if (part === 'malam' || part === 'mlm') return hour === 12 ? 0 : hour + 12;
  // Noon and afternoon: "12.00 tengah hari" is 12:00, "1.00 ptg" 13:00.
  return hour === 12 ? 12 : hour + 12;
}

export function findMalayClock(text: string): MalayClockMatch[] {
  const out: MalayClockMatch[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const g = m.groups!;
    const part = g.part!.toLowerCase().replace(/\s+/g, ' ');
    const hour = hourOf(Number(g.h), part);
    out.push({ index: m.index!, length: m[0].length, value: `${String(hour).padStart(2, '0')}:${g.m}` });
  }
  return out;
}
