/**
 * Ethiopian papers print each 24-hour time with the same time on the Ethiopian clock beside it, which
 * counts the hours from six, morning and evening, after a word for the part of the day ("21:30 /
 * ከምሽቱ 3፡30", "07:00 (ከጠዋቱ 1፡00)", a column of its own). That reading only restates the time and would
 * be read six hours off: it is blanked (offsets kept), with its brackets and the separator before it,
 * so a time cell reads as its time alone and a column of such readings as empty.
 */

/** "ከጠዋቱ" (in the morning), "ከረፋዱ" (late morning), "ከቀኑ" (in the day), "ከሰዓት በኋላ" (afternoon), "ከምሽቱ"/"ከማታው" (evening), "ከሌሊቱ" (at night). */
const PART_OF_DAY = '(?:ከጠዋቱ|ከረፋዱ|ከቀኑ|ከሰዓት[ \\t]+በኋላ|ከምሽቱ|ከማታው?|ከሌሊቱ)';
/** An hour with its minutes after the Ethiopic wordspace or a colon ("3፡30", "12:15"), or a bare hour. */
const HOUR = '\\d{1,2}(?:[፡:.]\\d{2})?';
const READING = `${PART_OF_DAY}[ \\t]+${HOUR}(?:[ \\t]*[–—-][ \\t]*${HOUR})?`;
// The separator's leading blanks start only after a non-blank, so a long run of spaces is not re-scanned from each of its positions.
const ETHIOPIAN_CLOCK = new RegExp(`(?:(?<![ \\t])[ \\t]*[·•|/][ \\t]*)?(?:\\(${READING}\\)|${READING})`, 'gu');

export function blankEthiopianClock(text: string): string {
  if (!/[ከ]/u.test(text)) return text;
  return text.replace(ETHIOPIAN_CLOCK, (m) => ' '.repeat(m.length));
}
