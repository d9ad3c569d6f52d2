/**
 * Hindi clock times as Hinglish chats write them, the hour before "baje" (o'clock): "8 baje", "4:30
 * baje", with the part of the day before it: "subah 7 baje" (morning), "dopahar 2 baje" (afternoon),
 * "shaam 6 baje" (evening), "raat 11 baje" (night). An hour without a part of the day is read in the
 * afternoon or evening, the show day's hours, as the spoken-time reader does (time-words.ts).
 */
export interface HindiClockMatch { index: number; length: number; value: string }

const CLOCK = /(?<![\p{L}\d:.])(?:(?<part>subah|subha|dopahar|dopehar|shaam|sham|raat|rat)\s+)?(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\d))?\s+baje(?!\p{L})/giu;

function hourOf(hour: number, part: string | undefined): number {
  if (part === 'subah' || part === 'subha') return hour % 12;
  // "raat 12 baje" is midnight.
  if ((part === 'raat' || part === 'rat') && hour === 12) return 0;
  return hour === 12 ? 12 : hour + 12;
}

export function findHindiClock(text: string): HindiClockMatch[] {
  const out: HindiClockMatch[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const g = m.groups!;
    const hour = hourOf(Number(g.h), g.part?.toLowerCase());
    out.push({ index: m.index, length: m[0].length, value: `${String(hour).padStart(2, '0')}:${g.m ?? '00'}` });
  }
  return out;
}
