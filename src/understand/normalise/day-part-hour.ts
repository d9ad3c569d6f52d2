/**
 * The 24-hour hour of a 12-hour clock led by a word for the part of the day, as South and South-East Asian
 * day sheets write it ("बेलुका ६ बजे", "ညနေ ၅ နာရီ", "saanje 7 vage"). One rule for every script that
 * writes its clocks so (text/day-part-clock.ts, normalise/gujarati-clock.ts), so a "morning 12" or a
 * "night 1" reads the same in each.
 */
export type DayPart = 'morning' | 'midday' | 'afternoon' | 'evening' | 'night';

/** The hour on the 24-hour clock, or null when `hour` is no 12-hour clock's. */
export function hour24(hour: number, part: DayPart): number | null {
  if (hour > 12) return null;
  // A morning runs up to noon: "morning 12:30" is just past it, not the small hours.
  if (part === 'morning') return hour;
  // The word for midday ("दिउँसो", "bapore", "နေ့လည်") also covers the late morning: "midday 11" is 11:00.
  if (part === 'midday') return hour >= 10 ? hour : hour + 12;
  // Late at night the small hours keep their number ("night 1" is 1 a.m.); "night 12" is midnight.
  if (part === 'night') return hour === 12 ? 0 : hour >= 5 ? hour + 12 : hour;
  return hour === 12 ? 12 : hour + 12;
}
