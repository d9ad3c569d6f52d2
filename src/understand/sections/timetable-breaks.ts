/**
 * A timetable pasted without full stops ("17:00 soundcheck" over "18:30 dinner at …"): each line that
 * starts with a clock time under another such line is an entry of its own, not the wrapped end of the
 * sentence above. The clock time is blanked (offsets kept), so that the blank after the line break is a
 * stretch no prose sentence runs over.
 */
import { blankSpans } from '../text/chat-stamps.js';

const CLOCK_LEAD = /^([ \t]*)(\d{1,2}[:.]\d{2})(?=[ \t])/;

export function withTimetableBreaks(text: string, offset: number, lines: { start: number; text: string }[]): string {
  const clocks: [number, number][] = [];
  for (let i = 1; i < lines.length; i++) {
    const m = CLOCK_LEAD.exec(lines[i]!.text);
    if (!m || !CLOCK_LEAD.test(lines[i - 1]!.text)) continue;
    const at = lines[i]!.start - offset + m[1]!.length;
    if (at >= 0 && at + m[2]!.length <= text.length) clocks.push([at, m[2]!.length]);
  }
  return blankSpans(text, clocks);
}
