/**
 * The clock times of a schedule line: its start and, when written as a range, its end ("21.30–23.00",
 * "od 18:00 do 18:45", "5:30 - 6:30 p.m."), with offsets; dotted days that look like times are no times.
 */
import { findTimes, isWeekdayWord } from '../normalise/index.js';

// A scan may add a speck beside the dash ("16:30 -'17:30").
// Slavic languages write a range "od 18:00 do 18:45", in Cyrillic "од 18:00 до 18:45".
// Latvian "līdz plkst." and Indonesian "sampai"/"hingga" ("until") join a range's ends too.
// Japanese and Chinese join a range's ends with a wave dash or a (full-width) tilde ("13:00〜14:30").
// Portuguese writes "das 15h às 16h30" or "15h até 16h30"; Italian "dalle ore 14:00 alle ore 15:30".
const RANGE = /^\s*(?:[-–—〜～~]['’`´.]?|['’`´.][-–—]|to|bis|till|until|a|à|às|até|tot|do|до|līdz(?:\s+plkst\.?)?|sampai|hingga|alle(?:\s+ore)?)\s*$/i;

/** Times read from a part of a text, with their offsets moved by `by` to count from the text's start. */
export function shiftedTimes(times: ReturnType<typeof timesIn>, by: number): ReturnType<typeof timesIn> {
  if (!times) return null;
  return { start: { ...times.start, index: times.start.index + by }, ...(times.end ? { end: { ...times.end, index: times.end.index + by } } : {}) };
}

/** Start and end times in `text` (an end only when written as a range), with offsets. */
export function timesIn(text: string): { start: { value: string; index: number; length: number }; end?: { value: string; index: number; length: number } } | null {
  const times = withBareHourEnd(text, findTimes(text).filter((t) => !dottedDayAfterWeekday(text, t) && !inDottedDayList(text, t)));
  const start = times[0];
  if (!start) return null;
  const next = times[1];
  const between = next ? text.slice(start.index + start.length, next.index) : '';
  return next && RANGE.test(between) ? { start: meridiemFromEnd(text, start, next), end: next } : { start };
}

type TimeAt = { value: string; index: number; length: number };

/**
 * "Soundcheck: 3 – 4.15", "Set: 8.45 – 10": a bare hour joined by a dash to the line's first time. Before it, only
 * at the line's start or right after a label's colon: "Stage 2 – 20:00" numbers a stage, it starts nothing.
 */
const BARE_HOUR_BEFORE = /(?:^|[\n:])[ \t]*(1[0-2]|0?[1-9])[ \t]*[–—-][ \t]*$/u;
const BARE_HOUR_AFTER = /^[ \t]*[–—-][ \t]*(1[0-2]|0?[1-9])(?=[ \t]*(?:$|[,;(\n]))/u;

/**
 * A range whose one end is a bare hour takes the hour as that end, on the written time's clock: the hour's
 * last time strictly before the written start, or its first time strictly after the written end, less than
 * six hours away ("4 – 17:30" is 16:00–17:30, "11.30 – 1" ends at 13:00).
 */
function withBareHourEnd(text: string, times: TimeAt[]): TimeAt[] {
  const first = times[0];
  if (!first) return times;
  const written = Number(first.value.slice(0, 2)) * 60 + Number(first.value.slice(3, 5));
  /** The bare hour on the written time's clock, less than six hours on the given side of it. */
  const onClock = (hour: string, side: 1 | -1) => {
    for (const minutes of [(Number(hour) % 12) * 60, (Number(hour) % 12) * 60 + 720]) {
      const away = (side * (minutes - written) + 1440) % 1440;
      if (away > 0 && away < 360) return `${String(minutes / 60).padStart(2, '0')}:00`;
    }
    return null;
  };
  const before = BARE_HOUR_BEFORE.exec(text.slice(0, first.index));
  const startValue = before && onClock(before[1]!, -1);
  if (before && startValue) return [{ value: startValue, index: before.index + before[0].search(/\d/), length: before[1]!.length }, ...times];
  const after = times[1] ? null : BARE_HOUR_AFTER.exec(text.slice(first.index + first.length));
  const endValue = after && onClock(after[1]!, 1);
  if (after && endValue) return [first, { value: endValue, index: first.index + first.length + after[0].lastIndexOf(after[1]!), length: after[1]!.length }];
  return times;
}

const MERIDIEM = /[ap]\.?\s?m\b/i;

/** "5:30 - 6:30 p.m.": a range's start without its own am/pm takes the end's when that keeps it before the end. */
function meridiemFromEnd<T extends { value: string; index: number; length: number }>(text: string, start: T, end: T): T {
  const endText = text.slice(end.index, end.index + end.length);
  if (MERIDIEM.test(text.slice(start.index, start.index + start.length)) || !/p\.?\s?m\b/i.test(endText)) return start;
  const hour = Number(start.value.slice(0, 2));
  if (hour < 1 || hour > 11) return start;
  const later = `${String(hour + 12).padStart(2, '0')}${start.value.slice(2)}`;
  return later <= end.value ? { ...start, value: later } : start;
}

/**
 * "14.10 Hamburg · 15.10 Szczecin · 17.10 Warszawa": a list of dotted days and months, each before a
 * place's name, is dates — every one of them a real day and month, two at least.
 */
function inDottedDayList(text: string, t: { index: number }): boolean {
  const days = [...text.matchAll(/(?<![\d:.])(\d{1,2})\.(\d{2})\.?[ \t]+\p{Lu}/gu)];
  return days.length >= 2 && days.some((d) => d.index === t.index)
    && days.every((d) => Number(d[1]) >= 1 && Number(d[1]) <= 31 && Number(d[2]) >= 1 && Number(d[2]) <= 12);
}

/** "petak 22.10. u 13:40", "Fr 22.10.": a dotted day and month after a weekday is the day, not a time. */
function dottedDayAfterWeekday(text: string, t: { index: number; length: number }): boolean {
  if (!/^\d{1,2}\.\d{2}\.(?!\d)/.test(text.slice(t.index, t.index + t.length + 1))) return false;
  const word = /(\p{L}{2,})\.?,?\s+$/u.exec(text.slice(Math.max(0, t.index - 16), t.index))?.[1];
  return !!word && isWeekdayWord(word);
}
