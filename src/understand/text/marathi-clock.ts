/**
 * Marathi clock phrases in Devanagari as 24-hour clocks (text/day-part-clock.ts). A Marathi day sheet writes
 * the part of the day, often abbreviated with a full stop, before a 12-hour clock with a full stop between
 * hour and minutes, and "वाजता" / "वा." (o'clock) after it: "स. ८.४५" (morning, 08:45), "दु. ३.१५"
 * (afternoon, 15:15), "सायं. ६.३० वा." (evening, 18:30), "रात्री ९.४५" (night, 21:45).
 */
import { dayPartClocks, SPACE, type DayPart } from './day-part-clock.js';

// Full words before their stems, then the abbreviations a timetable uses ("स." सकाळी, "दु." दुपारी, "सायं." सायंकाळी).
const DAY_PARTS: [string, DayPart][] = [
  ['पहाटे', 'morning'], ['सकाळी', 'morning'], ['सकाळ', 'morning'], ['स.', 'morning'],
  ['दुपारी', 'midday'], ['दुपार', 'midday'], ['दु.', 'midday'],
  ['सायंकाळी', 'evening'], ['सायंकाळ', 'evening'], ['संध्याकाळी', 'evening'], ['संध्याकाळ', 'evening'], ['सायं.', 'evening'],
  ['रात्री', 'night'], ['रात्रौ', 'night'],
];

/** `ascii` (the ASCII-digit copy) with Marathi day-part clocks as 24-hour clocks or ranges. */
export const marathiClocks = dayPartClocks({
  dayParts: DAY_PARTS,
  // "H.MM", "H:MM" or a bare hour.
  clock: String.raw`(\d{1,2})(?:[.:](\d{2}))?`,
  captures: 2,
  read: ([hour, minute]) => ({ hour: Number(hour), minute: minute ?? '00' }),
  gap: '+',
  close: String.raw`(?![\d:]|\.\d)(?:${SPACE}*(?:वाजता|वाजे|वा\.)(?![\p{L}\p{M}]))?`,
});
