/**
 * In a chat, a message that writes another day than the show's before its times ("we still have a slot
 * on Friday 19 June, doors 19:00, on around 21:00") plans that other day: an item of it that no day was
 * given to is not the show's, though undated items elsewhere fall on the show's day. So does "tomorrow"
 * from a message written on another day than the show's eve.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { findDates } from '../normalise/index.js';
import { weekdayNumber } from '../normalise/date.js';
import { read, turnIndexAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';
import { relativeDay, tomorrowWord } from './show-date.js';

export function onOtherChatDay(source: ExtractedSource, item: ScheduleItem, showDate: string | undefined): boolean {
  if (item.date || !showDate || !item.start.span) return false;
  const { turns } = read(source);
  const turn = turns[turnIndexAt(turns, item.start.span[0])];
  if (!turn?.date) return false;
  const said = source.text.slice(turn.span[0], item.start.span[0]);
  const before = findDates(said, turn.date);
  if (before.length) return before.every((d) => d.value !== showDate);
  // "Quick one for tomorrow - load-in still 1pm?" written on the show's day: the next day's plan.
  const tomorrow = tomorrowWord(said);
  if (tomorrow) return relativeDay(said.slice(tomorrow.index, tomorrow.index + tomorrow.length), turn.date) !== showDate;
  // "Btw for Leeds on Saturday: load-in there is 16:00" (the show on a Friday): a weekday named in full
  // that is not the show's plans that other day.
  const shown = new Date(`${showDate}T00:00:00Z`).getUTCDay();
  const days = (said.match(/\p{L}{5,}/gu) ?? []).map((w) => weekdayNumber(w)).filter((d): d is number => d !== undefined);
  return days.length > 0 && days.every((d) => d !== shown);
}
