/**
 * Burmese clock phrases as 24-hour clocks (text/day-part-clock.ts). A Myanmar sheet writes the part of the
 * day before the hour and "နာရီ" (o'clock) after it, "ခွဲ" for half past or "M မိနစ်" for the minutes:
 * "နေ့လည် ၁ နာရီခွဲ" (13:30), "မွန်းလွဲ ၂ နာရီ" (14:00), "ညနေ ၆ နာရီ ၁၅ မိနစ်" (18:15), "ည ၈ နာရီ" (20:00).
 * An hour without a part of the day ("lands ၃ နာရီ ၁၀ မိနစ်") is left as written: the word marks a clock.
 */
import { dayPartClocks, SPACE, type DayPart } from './day-part-clock.js';

// မနက် / နံနက် morning, နေ့လည် / မွန်းတည့် midday, မွန်းလွဲ afternoon, ညနေ evening, ည night ("ညနေ" before "ည").
const DAY_PARTS: [string, DayPart][] = [
  ['မနက်', 'morning'], ['နံနက်', 'morning'], ['နေ့လည်', 'midday'], ['မွန်းတည့်', 'midday'],
  ['မွန်းလွဲ', 'afternoon'], ['ညနေ', 'evening'], ['ည', 'night'],
];

/** `ascii` (the ASCII-digit copy of a Burmese text) with its clock phrases as 24-hour clocks or ranges. */
export const burmeseClocks = dayPartClocks({
  dayParts: DAY_PARTS,
  // "N နာရီ" with "ခွဲ" (half past) or "M မိနစ်" (minutes) after it.
  clock: String.raw`(\d{1,2})${SPACE}*နာရီ(?:${SPACE}*(ခွဲ)|${SPACE}*(\d{1,2})${SPACE}*မိနစ်)?`,
  captures: 3,
  read: ([hour, half, minute]) => ({ hour: Number(hour), minute: half ? '30' : (minute ?? '0').padStart(2, '0') }),
  gap: '*',
  close: String.raw`(?![\p{L}\p{M}])`,
});
