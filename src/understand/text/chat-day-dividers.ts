/**
 * A group chat copied from a desktop messenger (Viber's) heads each message with its sender and
 * time ("Ana Berg  9:14 AM", read by mask.ts) and parts the days with a year-less divider line in
 * the app's language: "Fri, Oct 29", "Sab, Nob 20" (Filipino: "Nob" is November), "Monday 4 October".
 * The dividers date the messages below them, from the year of the first full date the text writes
 * (as chat-daystamps.ts), so "tomorrow" in a message is the day after its own. Around the messages
 * the app writes its own lines, no one's words: "[Photo]", "[Sticker]", "Seen by 4", "This message
 * was deleted", "Ana pinned a message", "Ana added Ben Cole", "Ana created the group …",
 * "Group · 5 members", a voice message's "Ana Berg  Voice message · 0:38", reactions ("👍 3").
 */
import { findDates } from '../normalise/date.js';
import { firstWrittenYear, NAME, REACTION, stampDays } from './chat-stamps.js';

const MONTH = String.raw`\p{L}{3,10}\.?`;
/** "Fri, Oct 29", "Sab, Nob 20", "Monday 4 October", "Thursday, October 21st": a weekday, a month word and a day alone. */
const DIVIDER = new RegExp(String.raw`^[ \t]*\p{L}{2,10}\.?,?[ \t]+(?:(?<m1>${MONTH})[ \t]+(?<d1>\d{1,2})(?:st|nd|rd|th)?|(?<d2>\d{1,2})\.?[ \t]+(?<m2>${MONTH}))[ \t]*$`, 'gmu');
/** The app's own lines between messages. */
const CLIENT_LINE = new RegExp(String.raw`^[ \t]*(?:\[(?:photo|sticker|video|gif|file|image|voice message)\]|seen(?: by \d{1,3})?|this message was deleted|${NAME}[ \t]+(?:pinned a message|added[ \t].+|created the group[ \t].+|left the group|voice message[ \t]*·[ \t]*\d{1,2}:\d{2})|group[ \t]*·[ \t]*\d{1,4}[ \t]+members?|${REACTION}(?:[ \t]+${REACTION})*)[ \t]*$`, 'gimu');

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

/** The chat's day dividers with their days; only lines whose month word is a month. */
export function chatDayDividers(text: string): DayDivider[] {
  const found = [...text.matchAll(DIVIDER)].filter((m) => {
    const g = m.groups!;
    const month = (g.m1 ?? g.m2)!;
    return findDates(`${g.d1 ?? g.d2} ${month} 2027`).length > 0 || shortMonth(month) !== undefined;
  });
  const days = stampDays(found, firstWrittenYear(text), (m, year) => dividerDay((m.groups!.m1 ?? m.groups!.m2)!, (m.groups!.d1 ?? m.groups!.d2)!, year));
  return found.map((m, i) => ({ index: m.index, length: m[0].length, date: days[i] ?? null }));
}

/** The [index, length] spans of the app's own lines in a messenger chat's text. */
export function messengerClientLines(text: string): [number, number][] {
  return [...text.matchAll(CLIENT_LINE)].map((m): [number, number] => [m.index, m[0].length]);
}
