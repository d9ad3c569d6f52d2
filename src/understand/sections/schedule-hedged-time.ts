/**
 * "we'll likely drive over and get in around 15:30", "doors about 7ish": a time the writer only estimates
 * states no fact of the day. Beside an item of the same kind stated with a firm time (the running
 * order's "Load-in 16:00"), whichever message is newer, it gives way; alone, it stays the item.
 */
import type { ExtractedSource } from '../../interfaces.js';
import type { ScheduleItem } from './schedule.js';

/** An estimate's word right before the time ("around", "about", "approx.", "ca.", "~", "gegen", "vers", "hacia"). */
const HEDGE_BEFORE = /(?<![\p{L}])(?:around|about|approx(?:imately|\.)?|roughly|circa|ca\.|gegen|etwa|ungefähr|vers|environ|hacia|sobre\s+las|rond|omstreeks|ongeveer|runt|omkring)[ \u00a0]*$|~[ \u00a0]*$/iu;
/** "15:30ish", "3pm-ish". */
const HEDGE_AFTER = /^-?ish(?![\p{L}])/iu;
const ONCE_A_DAY = new Set(['load_in', 'soundcheck', 'doors', 'curfew']);

function hedged(source: ExtractedSource, item: ScheduleItem): boolean {
  const span = item.start.span;
  if (!span) return false;
  return HEDGE_BEFORE.test(source.text.slice(Math.max(0, span[0] - 16), span[0])) || HEDGE_AFTER.test(source.text.slice(span[1], span[1] + 4));
}

/** A prose estimate often names no day: it is the day of any item that does. */
const sameDay = (a: ScheduleItem, b: ScheduleItem) => !a.date || !b.date || a.date.value === b.date.value;

export function withoutHedgedBesideFirm(source: ExtractedSource, items: ScheduleItem[]): void {
  const estimates = items.filter((i) => ONCE_A_DAY.has(i.kind.value) && hedged(source, i));
  const firm = (e: ScheduleItem) => items.some((o) => o !== e && o.kind.value === e.kind.value && sameDay(o, e) && !estimates.includes(o));
  const drop = new Set(estimates.filter(firm));
  for (let i = items.length - 1; i >= 0; i--) if (drop.has(items[i]!)) items.splice(i, 1);
}
