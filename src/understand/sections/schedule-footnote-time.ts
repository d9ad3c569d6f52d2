/**
 * A printed run of show may mark a row for a footnote that corrects it: "Doors * ⇥ 7:00 PM" over
 * "* DOORS MOVED TO 7:30 PM per promoter". The footnote is the later word on that row: the row takes
 * the footnote's time (the item read from the footnote's line, of the row's kind) and loses its mark.
 */
import type { ExtractedSource } from '../../interfaces.js';
import type { ScheduleItem } from './schedule.js';

/** A footnote mark closing a row's name: "Doors *", "Load-in †". */
const MARK_AFTER = /\s*([*†‡])$/u;

/** Whether the line holding `offset` opens with `mark` (after blanks). */
function opensWith(text: string, offset: number, mark: string): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(start, offset).trimStart().startsWith(mark);
}

export function footnotedTimes(source: ExtractedSource, items: ScheduleItem[]): void {
  for (const item of [...items]) {
    const m = MARK_AFTER.exec(item.name.value);
    if (!m || !item.name.value.slice(0, m.index).trim()) continue;
    item.name = { ...item.name, value: item.name.value.slice(0, m.index) };
    const rowAt = item.start.span?.[0] ?? 0;
    const note = items.find((o) => o !== item && o.kind.value === item.kind.value && !!o.start.span && o.start.span[0] > rowAt
      && opensWith(source.text, o.start.span[0], m[1]!));
    if (!note) continue;
    item.start = note.start;
    items.splice(items.indexOf(note), 1);
  }
}
