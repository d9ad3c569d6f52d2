/**
 * A tour manager's notes head a day's timed rows with its weekday alone ("fri" over "10:15 pick-up …",
 * "Saturday:" over "07:30 lobby call", "THU 9" over "11:00 radio"), the block running to the next blank line. The weekday names
 * the day of that name nearest the first date the notes write (their title's show day): three days
 * either side of it. Notes whose first date line spans several days date no weekday.
 */
import type { Line } from '../text/index.js';
import { addDays, findDates, weekdayNumber } from '../normalise/index.js';

/** A weekday alone on its line, maybe with its day of the month: "fri", "Saturday:", "SUN 12", "Mon 4th". */
const WEEKDAY_ALONE = /^[ \t]*(\p{L}{3,12})\.?,?[ \t]*(?:(\d{1,2})(?:st|nd|rd|th)?\.?)?[ \t]*:?[ \t]*$/u;
/** Two day numbers joined as a range: "10 to 16 March", "10.–16.3.", "10-16 mars". */
const DAY_RANGE = /(?<!\d)\d{1,2}\.?[ \t]*(?:–|—|-|to|till|until|bis|au|al|t\/m|tot)[ \t]*\d{1,2}(?!\d|[:.]\d{2})/i;
/** A row that opens with a clock time ("10:15 pick-up", "16:30 – 17:30 Soundcheck"), right under the weekday. */
const TIMED_ROW = /^\s*\d{1,2}[:.h]\d{2}(?![.:/]?\d)/;

/** A weekday heading's date, its span, and the block of lines it heads: [start, end) of the text, up to the next blank line. */
export interface WeekdayBlock {
  value: string;
  span: [number, number];
  start: number;
  end: number;
}

/** The blocks weekday lines alone head, over timed rows. */
export function weekdayHeadings(lines: Line[], ref: Date | null): WeekdayBlock[] {
  const out: WeekdayBlock[] = [];
  const anchorLine = lines.find((l) => findDates(l.text, ref ?? undefined)[0]);
  const anchor = anchorLine ? findDates(anchorLine.text, ref ?? undefined)[0]!.value : undefined;
  // Notes that span several days ("10 to 16 March") name no one day a weekday is near.
  if (!anchor || DAY_RANGE.test(anchorLine!.text)) return out;
  const anchorDay = new Date(`${anchor}T12:00:00Z`).getUTCDay();
  for (const [i, line] of lines.entries()) {
    const m = WEEKDAY_ALONE.exec(line.text);
    const weekday = m ? weekdayNumber(m[1]!.toLowerCase()) : undefined;
    if (weekday === undefined || !TIMED_ROW.test(lines[i + 1]?.text ?? '')) continue;
    // The nearest day of that name: from three days before the anchor to three after.
    const value = addDays(anchor, ((weekday - anchorDay + 10) % 7) - 3);
    // "FRI 12" names its day of the month too: a heading whose number is not that day's is no day near the anchor.
    if (m![2] && Number(value?.slice(8)) !== Number(m![2])) continue;
    let last = i + 1;
    while (lines[last + 1]?.text.trim()) last++;
    const at = line.start + line.text.indexOf(m![1]!);
    if (value) out.push({ value, span: [at, at + m![1]!.length], start: line.start, end: lines[last]!.end });
  }
  return out;
}
