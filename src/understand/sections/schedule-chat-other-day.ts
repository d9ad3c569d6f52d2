/**
 * In a chat, a message that writes another day than the show's before its times ("we still have a slot
 * on Friday 19 June, doors 19:00, on around 21:00") plans that other day: an item of it that no day was
 * given to is not the show's, though undated items elsewhere fall on the show's day.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { findDates } from '../normalise/index.js';
import { read, turnIndexAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

export function onOtherChatDay(source: ExtractedSource, item: ScheduleItem, showDate: string | undefined): boolean {
  if (item.date || !showDate || !item.start.span) return false;
  const { turns } = read(source);
  const turn = turns[turnIndexAt(turns, item.start.span[0])];
  if (!turn?.date) return false;
  const before = findDates(source.text.slice(turn.span[0], item.start.span[0]), turn.date);
  return before.length > 0 && before.every((d) => d.value !== showDate);
}
