/**
 * US day sheets and touring apps write 12-hour times with a one-letter suffix glued on: "3:00p",
 * "7:13a", "11:59p". Every time reader downstream knows "3:00 pm" or "15:00" but not this short
 * form (it would read "3:00" as three in the morning), so such a time is found here as 24-hour.
 * Only the H:MM form counts, and the letter must stand alone ("3:00pm" is the long form; "10:00am"
 * is left to the ordinary reader).
 */
export interface ShortMeridiemMatch { index: number; length: number; value: string }

const SHORT = /(?<![\d:.])(?<h>1[0-2]|0?[1-9]):(?<m>[0-5]\d)(?<ap>[ap])(?![\p{L}\d])/giu;

export function findShortMeridiem(text: string): ShortMeridiemMatch[] {
  const out: ShortMeridiemMatch[] = [];
  for (const m of text.matchAll(SHORT)) {
    const g = m.groups!;
    const hour = (Number(g.h) % 12) + (g.ap!.toLowerCase() === 'p' ? 12 : 0);
    out.push({ index: m.index!, length: m[0].length, value: `${String(hour).padStart(2, '0')}:${g.m}` });
  }
  return out;
}
