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
/** A dash between a range's times, OCR perhaps reading a speck beside it ("9:15 PM -.10:45 PM"). */
const RANGE_BETWEEN = /^\s*(?:[–—-][.,]?|to|until|till)\s*$/i;
/** A scan's speck read as a cell of its own ("©", "|"): no letter nor figure. */
const SPECK_CELL = /^[^\p{L}\d]{1,2}$/u;
const LENGTH = /\((\d{2,3}\s*min(?:utes?|s)?)\)/i;
/** The act's own slot, as a venue's form names it. */
const HEADLINER = /\b(?:headlin(?:er|ing|e)|main act)\b/i;
const SUPPORT = /\b(?:support|opener|opening act)\b/i;

/** The form's hinted schedule rows not read yet, marking their lines read. */
export function formScheduleRows(
  source: ExtractedSource, usedLines: Set<number>, dateOf: (offset: number) => ScheduleItem['date'], isAct: (text: string) => boolean,
): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const line of read(source).lines) {
    if (usedLines.has(line.index)) continue;
    // Each cell with the offset it starts at on the line; specks are no cells.
    let at = 0;
    const cells = line.text.split('\t').map((text) => { const cell = { text, at }; at += text.length + 1; return cell; })
      .filter((c) => !SPECK_CELL.test(c.text.trim()));
    if (cells.length !== 3) continue;
    const [label, value] = [cells[0]!.text.trim(), cells[1]!.text.trim()];
    const kind = label.split(/\s+/).length <= 4 && !labelKey(label) ? activityKind(label) : null;
    if (!kind || kind === 'other' || !TIME_FIRST.test(value)) continue;
    const times = findTimes(value);
    const valueAt = line.start + cells[1]!.at + cells[1]!.text.indexOf(value);
    const timeFound = (i: number) => found(times[i]!.value, evidenceAt(source, [valueAt + times[i]!.index, valueAt + times[i]!.index + times[i]!.length], 'label', true));
    const item: ScheduleItem = {
      name: found(normaliseText(label)!, evidenceAt(source, [line.start, line.start + label.length], 'label')),
      kind: found(kind, evidenceAt(source, [line.start, line.start + label.length], 'label')),
      start: timeFound(0),
    };
    if (times[1] && RANGE_BETWEEN.test(value.slice(times[0]!.index + times[0]!.length, times[1].index))) item.end = timeFound(1);
    // "Headline set | 9:00 PM - 10:30 PM | Act (90 min)": a set's third cell naming its act (and length) is no hint.
    const third = cells[2]!.text.trim();
    const act = kind === 'set' && !findTimes(third).length ? third.replace(LENGTH, '').replace(/[\s[\]|]+$/, '').trim() : '';
    const actAt = line.start + cells[2]!.at + cells[2]!.text.indexOf(third);
    if (act && isAct(act)) item.name = found(act, evidenceAt(source, [actAt, actAt + act.length], 'label'));
    const lengthIn = (text: string, textAt: number) => {
      const length = LENGTH.exec(text);
      const minutes = length ? normaliseDuration(length[1]!) : null;
      if (minutes) item.lengthMinutes = found(minutes, evidenceAt(source, [textAt + length!.index, textAt + length!.index + length![0].length], 'label', true));
    };
    lengthIn(value, valueAt);
    if (act && isAct(act) && !item.lengthMinutes) lengthIn(third, actAt);
    if (kind === 'set' && SUPPORT.test(label)) item.support = true;
    else if (kind === 'set' && HEADLINER.test(label)) item.ownSet = true;
    const date = dateOf(line.start);
    if (date) item.date = date;
    items.push(item);
    usedLines.add(line.index);
  }
  return items;
}
