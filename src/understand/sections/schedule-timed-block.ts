/**
 * A sheet's block of labelled rows about one engagement (a press or promo slot) gives its time in a
 * bare "When" row:
 *
 *   Format   Live chat + two songs, singer only
 *   Where    Studio 1, Broadcasting House, …
 *   When     12:30 – 13:15
 *
 * "When" names no item of its own: the block describes the schedule's item with the same start
 * (and end), and its "Where" row is that item's place, its "Format" row the item's notes. A field the
 * schedule's own row gave is kept.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findTimes, normaliseText } from '../normalise/index.js';
import { evidenceAt, read, type Labelled } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

/** A label that asks only "when": it times the block it stands in. */
export const WHEN_LABEL = /^\s*(?:when|wann|när|når|quand|cuándo|quando|wanneer)\s*\??\s*$/iu;
const WHERE_LABEL = /^\s*(?:where|location|venue|wo|ort|var|hvor|où|lieu|dónde|lugar|dove|luogo|waar|locatie)\s*\??\s*$/iu;
/** What the slot is: its format or details, as the block's notes. */
const FORMAT_LABEL = /^\s*(?:format|details?|what|content|programme|program|formato|inhalt|innehåll|contenu|inhoud)\s*\??\s*$/iu;

/** The labelled rows on the unbroken run of labelled lines around `row` (its block). */
function blockOf(labelled: Labelled[], row: Labelled): Labelled[] {
  const byLine = new Map(labelled.map((l) => [l.line.index, l]));
  const block = [row];
  for (let i = row.line.index - 1; byLine.has(i); i--) block.push(byLine.get(i)!);
  for (let i = row.line.index + 1; byLine.has(i); i++) block.push(byLine.get(i)!);
  return block;
}

export function timedBlockDetails(source: ExtractedSource, items: ScheduleItem[]): void {
  const labelled = read(source).labelled;
  for (const when of labelled) {
    if (!WHEN_LABEL.test(when.label)) continue;
    const [start, end] = findTimes(when.value);
    if (!start) continue;
    const same = items.filter((i) => i.start.value === start.value && (!end || !i.end || i.end.value === end.value));
    // Two items at that time: the block says which of them it is not.
    if (same.length !== 1) continue;
    const item = same[0]!;
    const block = blockOf(labelled, when);
    const field = (l: Labelled | undefined) => {
      const value = l && normaliseText(l.value);
      return value ? found(value, evidenceAt(source, l.span, 'label')) : undefined;
    };
    const where = field(block.find((l) => WHERE_LABEL.test(l.label)));
    const format = field(block.find((l) => FORMAT_LABEL.test(l.label)));
    if (where && !item.location) item.location = where;
    if (format && !item.notes) item.notes = format;
  }
}
