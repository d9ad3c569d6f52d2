/**
 * "load-in now 3:30, soundcheck 4:30pm": a load-in's hour written without am/pm right before the
 * afternoon soundcheck it leads to is the afternoon's. The load-in comes before the check on the same
 * day; a small-hours load-in (before 07:00) twelve hours before an afternoon check is the hour misread,
 * so it is read twelve hours later when that still keeps it before the check. Only the next item of the
 * same message (depth) and day counts.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { bareHour, twelveLater, type ScheduleItem } from './schedule.js';

export function afternoonLoadIns(source: ExtractedSource, items: ScheduleItem[]): void {
  const inText = items.filter((i) => i.start.span).sort((a, b) => a.start.span![0] - b.start.span![0]);
  inText.forEach((item, k) => {
    const next = inText[k + 1];
    if (item.kind.value !== 'load_in' || !next || next.kind.value !== 'soundcheck') return;
    if (next.depth !== item.depth || next.date?.value !== item.date?.value) return;
    if (!bareHour(source, item.start) || item.start.value >= '07:00' || next.start.value < '12:00') return;
    const later = twelveLater(item.start.value);
    if (later >= next.start.value) return;
    item.start = { ...item.start, value: later, method: 'inferred' };
  });
}
