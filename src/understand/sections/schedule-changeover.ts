/**
 * A festival sheet's "Changeover 19:10 – 19:40" that ends as the act's set starts is the act setting
 * up its gear on the stage: its load-in. A changeover at any other time (after the set, between
 * other acts) stays a plain item of the day.
 */
import type { ScheduleItem } from './schedule.js';

const CHANGEOVER = /^(?:change-?over|umbau|wissel|ombygning|ombyggnad|cambio de escenario|changement de plateau)$/i;

/** Makes each changeover that runs up to a set's start on its day a load-in. */
export function changeoversBeforeSets(items: ScheduleItem[]): void {
  for (const item of items) {
    if (item.kind.value !== 'other' || !item.end || !CHANGEOVER.test(item.name.value.trim())) continue;
    const leadsIntoSet = items.some((s) => s.kind.value === 'set' && s.date?.value === item.date?.value && s.start.value === item.end!.value);
    if (leadsIntoSet) item.kind = { ...item.kind, value: 'load_in', method: 'inferred' };
  }
}
