/**
 * A day sheet's meal row with a remark indented under it, as schedule rows carry theirs:
 *
 *   14:00   Lunch – Fig & Thyme, for 9
 *                   soup and salad, one vegan plate
 *
 * The line below is the meal's note when it is indented past the row's start, holds no cells (tabs),
 * no time of its own (the next item) and no label ("Guest list: …"). The caller reads it under a row that
 * names its provider; under a bare meal word the line says who serves it (food-provider-below.ts).
 */
import { findTimes, normaliseText } from '../normalise/index.js';
import type { Reading } from '../text/index.js';

const indentOf = (text: string) => text.length - text.trimStart().length;

/** The remark under the meal row on line `lineIndex`, with its span in the source. */
export function remarkBelow(reading: Reading, lineIndex: number): { value: string; span: [number, number] } | null {
  const row = reading.lines[lineIndex];
  const next = reading.lines[lineIndex + 1];
  if (!row || !next || next.text.includes('\t') || indentOf(next.text) <= indentOf(row.text) + 1) return null;
  const text = next.text.trim();
  if (!text || findTimes(text).length || /:/.test(text)) return null;
  const value = normaliseText(text);
  const start = next.start + next.text.indexOf(text);
  return value ? { value, span: [start, start + text.length] } : null;
}
