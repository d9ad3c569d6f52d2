/**
 * Kannada clock phrases as 24-hour clocks (text/day-part-clock.ts). A Bengaluru or Mysuru sheet writes the
 * part of the day before a 12-hour clock, often with "ಗಂಟೆ" (o'clock) and a case ending after it:
 * "ಸಂಜೆ 6 ಗಂಟೆಗೆ" (evening, 18:00), "ಮಧ್ಯಾಹ್ನ 1 ಗಂಟೆಯಿಂದ" (afternoon, from 13:00), "ರಾತ್ರಿ 9:15–11:00", and a
 * range with "ರಿಂದ … ರವರೆಗೆ" (from … until): "ಮಧ್ಯಾಹ್ನ 2:15 ರಿಂದ 3:00 ರವರೆಗೆ" (14:15 to 15:00).
 */
import { dayPartClocks, SPACE, type DayPart } from './day-part-clock.js';

// ಬೆಳಿಗ್ಗೆ / ಬೆಳಗ್ಗೆ morning, ಮುಂಜಾನೆ early morning, ಮಧ್ಯಾಹ್ನ midday, ಅಪರಾಹ್ನ afternoon, ಸಂಜೆ evening, ರಾತ್ರಿ night.
const DAY_PARTS: [string, DayPart][] = [
  ['ಬೆಳಿಗ್ಗೆ', 'morning'], ['ಬೆಳಗ್ಗೆ', 'morning'], ['ಬೆಳಗಿನ', 'morning'], ['ಮುಂಜಾನೆ', 'morning'],
  ['ಮಧ್ಯಾಹ್ನ', 'midday'], ['ಅಪರಾಹ್ನ', 'afternoon'],
  ['ಸಂಜೆ', 'evening'], ['ಸಾಯಂಕಾಲ', 'evening'],
  ['ರಾತ್ರಿ', 'night'],
];
// "ಗಂಟೆ" with its endings ("ಗಂಟೆಗೆ" at, "ಗಂಟೆಯಿಂದ" from, "ಗಂಟೆಯವರೆಗೆ" until); "ರಿಂದ" / "ರವರೆಗೆ" after a clock in digits.
const OCLOCK = String.raw`ಗಂಟೆ[\p{L}\p{M}]*|ರಿಂದ|ರವರೆಗೆ|ವರೆಗೆ|ಕ್ಕೆ`;

/** `ascii` (the ASCII-digit copy of a Kannada text) with its day-part clocks as 24-hour clocks or ranges. */
export const kannadaClocks = dayPartClocks({
  dayParts: DAY_PARTS,
  clock: String.raw`(\d{1,2})(?::(\d{2}))?`,
  captures: 2,
  read: ([hour, minute]) => ({ hour: Number(hour), minute: minute ?? '00' }),
  gap: '+',
  close: String.raw`(?![\d:])(?:${SPACE}*(?:${OCLOCK})(?![\p{L}\p{M}]))?`,
  // "2:15 ರಿಂದ 3:00" (from … to), "1 ಗಂಟೆಯಿಂದ 2 ಗಂಟೆಯವರೆಗೆ", or a dash.
  to: String.raw`(?:${SPACE}*(?:ಗಂಟೆಯಿಂದ|ರಿಂದ)${SPACE}+|${SPACE}*[–—-]${SPACE}*)`,
});
