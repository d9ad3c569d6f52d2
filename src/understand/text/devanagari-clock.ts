/**
 * Nepali (and Hindi) clock phrases in Devanagari as 24-hour clocks (text/day-part-clock.ts): "बिहान ७:००"
 * (morning), "दिउँसो १ बजे" (afternoon, 13:00), "बेलुका ६ बजे" (evening, 18:00), "राति ११:४५" (night, 23:45).
 */
import { dayPartClockReader, type DayPart } from './day-part-clock.js';

// Nepali words first, then the Hindi ones; the longer spelling of a word before its stem ("राति" before "रात").
const DAY_PARTS: [string, DayPart][] = [
  ['बिहानै', 'morning'], ['बिहान', 'morning'], ['सुबह', 'morning'],
  ['दिउँसो', 'midday'], ['दिउसो', 'midday'], ['मध्याह्न', 'midday'], ['दोपहर', 'midday'],
  ['बेलुकी', 'evening'], ['बेलुका', 'evening'], ['साँझ', 'evening'], ['साझ', 'evening'], ['शाम', 'evening'],
  ['राति', 'night'], ['राती', 'night'], ['रात', 'night'],
];

/** `ascii` (the ASCII-digit copy) with Devanagari day-part clocks as 24-hour clocks or ranges. */
export const devanagariClocks = dayPartClockReader(DAY_PARTS, 'बजे');
