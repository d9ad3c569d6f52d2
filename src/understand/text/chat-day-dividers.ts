/**
 * A group chat copied from a desktop messenger (Viber's) heads each message with its sender and
 * time ("Ana Berg  9:14 AM", read by mask.ts) and parts the days with a year-less divider line in
 * the app's language: "Fri, Oct 29", "Lun, Set 13" (Filipino: "Set" is September), "Monday 4 October".
 * The dividers date the messages below them, from the year of the first full date the text writes
 * (as chat-daystamps.ts), so "tomorrow" in a message is the day after its own. A divider starts
 * with a weekday (Filipino's short ones too: "Lun", "Huw", "Sab"); "Showtime Oct 16" is a message.
 * The app's other lines are chat-app-lines.ts's.
 */
import { findDates, isWeekdayWord } from '../normalise/date.js';
import { firstWrittenYear, stampDays } from './chat-stamps.js';

const MONTH = String.raw`\p{L}{3,10}\.?`;
/** "Tue, Mar 2", "Lun, Set 13", "Monday 4 October", "Thursday, October 21st": a weekday, a month word and a day alone. */
const DIVIDER = new RegExp(String.raw`^[ \t]*(?<w>\p{L}{2,10})\.?,?[ \t]+(?:(?<m1>${MONTH})[ \t]+(?<d1>\d{1,2})(?:st|nd|rd|th)?|(?<d2>\d{1,2})\.?[ \t]+(?<m2>${MONTH}))[ \t]*$`, 'gmu');

/** Month words Intl names but the date reader leaves out, their short forms being everyday words elsewhere ("Set", "May"). */
let shortMonths: Map<string, number> | undefined;
function shortMonth(word: string): number | undefined {
  if (!shortMonths) {
    shortMonths = new Map();
    for (let m = 0; m < 12; m++) {
      const name = new Intl.DateTimeFormat('fil', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2027, m, 15)));
      shortMonths.set(name.toLowerCase(), m + 1);
    }
  }
  return shortMonths.get(word.toLowerCase().replace(/\.$/u, ''));
}

function dividerDay(month: string, day: string, year: number | undefined): Date | null {
  if (year === undefined) return null;
  const written = findDates(`${day} ${month} ${year}`)[0]?.value;
  const m = written ? null : shortMonth(month);
  const iso = written ?? (m ? `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}` : null);
  const date = iso ? new Date(`${iso}T12:00:00Z`) : null;
  return date && !Number.isNaN(date.getTime()) && date.getUTCDate() === Number(day) ? date : null;
}

export interface DayDivider { index: number; length: number; date: Date | null }

/** Filipino weekday names, long and short ("Lunes", "Lun"), lower case: the short ones are words elsewhere ("Mar", "Lin"), so they are only read here. */
let filipinoWeekdays: Set<string> | undefined;
function isDividerWeekday(word: string): boolean {
  if (!filipinoWeekdays) {
    filipinoWeekdays = new Set();
    for (let d = 0; d < 7; d++) {
      for (const weekday of ['long', 'short'] as const) {
        filipinoWeekdays.add(new Intl.DateTimeFormat('fil', { weekday, timeZone: 'UTC' }).format(new Date(Date.UTC(2020, 2, 1 + d, 12))).toLowerCase());
      }
    }
  }
  return isWeekdayWord(word) || filipinoWeekdays.has(word.toLowerCase());
}

/** The chat's day dividers with their days; only lines that start with a weekday and whose month word is a month. */
export function chatDayDividers(text: string): DayDivider[] {
  const found = [...text.matchAll(DIVIDER)].filter((m) => {
    const g = m.groups!;
    if (!isDividerWeekday(g.w!)) return false;
    const month = (g.m1 ?? g.m2)!;
    return findDates(`${g.d1 ?? g.d2} ${month} 2027`).length > 0 || shortMonth(month) !== undefined;
  });
  const days = stampDays(found, firstWrittenYear(text), (m, year) => dividerDay((m.groups!.m1 ?? m.groups!.m2)!, (m.groups!.d1 ?? m.groups!.d2)!, year));
  return found.map((m, i) => ({ index: m.index, length: m[0].length, date: days[i] ?? null }));
}

