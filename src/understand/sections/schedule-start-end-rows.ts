/**
 * A form may write one slot as two labelled rows, its start and its end ("Show start ⇥ 21:15" over
 * "Show end ⇥ 22:45"). They are one item: the end row gives the start row's end time and is no item
 * of its own.
 */
import type { ScheduleItem } from './schedule.js';

const START_LABEL = /^(.+?)\s+(?:start|starts|begin|begins)$/i;
const END_LABEL = /^(.+?)\s+(?:end|ends|finish|finishes)$/i;

/** The slot an end row closes ("Show end" → "show"), or null for any other name. */
function endedSlot(name: string): string | null {
  return END_LABEL.exec(name.trim())?.[1]!.toLowerCase() ?? null;
}

/** Whether `name` opens the slot: the slot's word alone or with a start word ("Show", "Show start"). */
function opensSlot(name: string, slot: string): boolean {
  const t = name.trim();
  return (START_LABEL.exec(t)?.[1] ?? t).toLowerCase() === slot;
}

/** Joins each end row to the open row of its slot on the same day; the end rows are dropped. */
export function joinStartEndRows(items: ScheduleItem[]): void {
  for (const item of [...items]) {
    const slot = endedSlot(item.name.value);
    if (!slot) continue;
    const start = items.find((o) => o !== item && !o.end && o.kind.value === item.kind.value && o.date?.value === item.date?.value
      && o.start.value !== item.start.value && opensSlot(o.name.value, slot));
    if (!start) continue;
    start.end = item.start;
    items.splice(items.indexOf(item), 1);
  }
}
