/**
 * A form's schedule rows with a hint beside the answer: "Main set | 8:45 PM - 10:15 PM (90 min) |
 * start - end / length", "Opener line check | 5:40 PM | opener arrives after 5:00 PM". The first
 * cell names the item (a kind's word in it: "soundcheck", "line check", "set"), the second holds its
 * time or range and perhaps its length; the third is the form's hint, whose times are no item's.
 * Labels the lexicon knows are read as labelled values already; these are the others.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findTimes, normaliseDuration, normaliseText } from '../normalise/index.js';
import { evidenceAt, labelKey, read } from '../text/index.js';
import { activityKind } from './activity-kinds.js';
import type { ScheduleItem } from './schedule.js';

const TIME_FIRST = /^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s|$|[–—-])/i;
const RANGE_BETWEEN = /^\s*(?:[–—-]|to|until|till)\s*$/i;
const LENGTH = /\((\d{2,3}\s*min(?:utes?|s)?)\)/i;
/** The act's own slot, as a venue's form names it. */
const HEADLINER = /\b(?:headlin(?:er|ing|e)|main act)\b/i;
const SUPPORT = /\b(?:support|opener|opening act)\b/i;

/** The form's hinted schedule rows not read yet, marking their lines read. */
export function formScheduleRows(source: ExtractedSource, usedLines: Set<number>, dateOf: (offset: number) => ScheduleItem['date']): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const line of read(source).lines) {
    if (usedLines.has(line.index)) continue;
    const cells = line.text.split('\t');
    if (cells.length !== 3) continue;
    const [label, value] = [cells[0]!.trim(), cells[1]!.trim()];
    const kind = label.split(/\s+/).length <= 4 && !labelKey(label) ? activityKind(label) : null;
    if (!kind || kind === 'other' || !TIME_FIRST.test(value)) continue;
    const times = findTimes(value);
    const valueAt = line.start + cells[0]!.length + 1 + cells[1]!.indexOf(value);
    const timeFound = (i: number) => found(times[i]!.value, evidenceAt(source, [valueAt + times[i]!.index, valueAt + times[i]!.index + times[i]!.length], 'label', true));
    const item: ScheduleItem = {
      name: found(normaliseText(label)!, evidenceAt(source, [line.start, line.start + label.length], 'label')),
      kind: found(kind, evidenceAt(source, [line.start, line.start + label.length], 'label')),
      start: timeFound(0),
    };
    if (times[1] && RANGE_BETWEEN.test(value.slice(times[0]!.index + times[0]!.length, times[1].index))) item.end = timeFound(1);
    const length = LENGTH.exec(value);
    const minutes = length ? normaliseDuration(length[1]!) : null;
    if (minutes) item.lengthMinutes = found(minutes, evidenceAt(source, [valueAt + length!.index, valueAt + length!.index + length![0].length], 'label', true));
    if (kind === 'set' && SUPPORT.test(label)) item.support = true;
    else if (kind === 'set' && HEADLINER.test(label)) item.ownSet = true;
    const date = dateOf(line.start);
    if (date) item.date = date;
    items.push(item);
    usedLines.add(line.index);
  }
  return items;
}
