/**
 * A reminder restating the day's plan with one-digit hours and no am/pm ("Load-in 1:30, lunch 2:30")
 * writes the afternoon times the plan gave ("Load-in: 2:15 pm"): an item whose bare hour, twelve hours
 * later, is the time of an item of the same kind on the same day is that item again, not one at night
 * (a reminder's item without a day of its own is taken as the plan's day it restates). The reminder comes
 * after the plan and names the item as the plan does.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { bareHour, twelveLater, type ScheduleItem } from './schedule.js';

/** A name without case, spacing and punctuation: "Load-in" and "load in" are one. */
const folded = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Only a later line restating an item under its own name: a day's own list may hold "8:30 Shuttle" and "20:30 Shuttle". */
function restates(item: ScheduleItem, plan: ScheduleItem): boolean {
  return !!item.start.span && !!plan.start.span && item.start.span[0] > plan.start.span[0] && folded(item.name.value) === folded(plan.name.value);
}

export function dropHalfDayRepeats(source: ExtractedSource, items: ScheduleItem[]): void {
  const repeats = new Set(items.filter((item) => bareHour(source, item.start) && item.start.value < '12:00'
    && items.some((o) => o !== item && o.kind.value === item.kind.value && (!item.date || !o.date || o.date.value === item.date.value)
      && o.start.value === twelveLater(item.start.value) && restates(item, o))));
  for (let i = items.length - 1; i >= 0; i--) if (repeats.has(items[i]!)) items.splice(i, 1);
}
