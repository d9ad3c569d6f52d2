/**
 * Thai writes a clock time with "น." (นาฬิกา, o'clock) after it: "เวลา 18.30 น.", "09.00 - 10.30 น.".
 * The mark is blanked (offsets kept), so a schedule line reads as its time and then its item, as
 * "18.30 Get-in" does, and the mark is not taken for the item's first word.
 */

/** "น." right after a clock time or a range's end, set off by spaces or not. */
const THAI_CLOCK_MARK = /(?<=\d{1,2}[.:]\d{2})([ \t]*)น\.(?!\p{L})/gu;

export function blankThaiClockMarks(text: string): string {
  if (!text.includes('น.')) return text;
  return text.replace(THAI_CLOCK_MARK, (m) => ' '.repeat(m.length));
}
