/**
 * A form's meal line offering its kinds as boxes to tick ("Lunch: ☐ Buyout ☒ Catering — by X, 12:30",
 * as scanned "Dinner [X] BUYOUT [ ] Catering $20 pp"): the ticked option says what the meal is, an
 * unticked one says nothing. The line is read with the unticked options and every box blanked
 * (offsets kept), so only the ticked option's word is left to give the kind.
 */
import type { Labelled } from '../text/index.js';
import { VENUE_ROOM } from './food-words.js';

/** A box, ticked or not: "[x]", "[ ]", "☐", "☒", "☑", and a scan's filled and empty squares "■", "□". */
const BOX = /\[\s*[xX✓✔]?\s*\]|[☐☒☑■□]/gu;
const TICKED_BOX = /[xX✓✔☒☑■]/u;
/** The option's words after a box, up to a mark, a wider gap or the next box. */
const OPTION = /^\s*\p{L}[\p{L} ]*?(?=\s{2}|\s*(?:$|[^\p{L} ]))/u;
/** A provider named after the ticked option ("Catering — provided by Maple Table"). */
const PROVIDED_BY = /\b(?:provided|supplied|delivered|catered|prepared|cooked)[ \u00a0]+by:?[ \u00a0]+(\p{Lu}[\p{L}'’&-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’&-]*|&)){0,3})/u;

export interface TickedMeal {
  /** The label and value, unticked options and boxes blanked. */
  text: string;
  start: number;
  provider: { value: string; index: number } | null;
  /** A room of the venue standing as a segment of its own (", green room"): where the meal is served. */
  room: { value: string; index: number } | null;
}

/** The meal line with its ticked option only, or null when it offers no boxes or ticks none. */
export function tickedMeal(l: Labelled): TickedMeal | null {
  if (l.key !== 'meal') return null;
  // The whole line after the label: the reading may cut the value at a wide gap ("☒ Buyout ☐ Catering  $20 pp, 18:00").
  let value = l.line.text.slice(l.span[0] - l.line.start);
  const boxes = [...value.matchAll(BOX)];
  if (!boxes.some((b) => TICKED_BOX.test(b[0]))) return null;
  for (const box of boxes) {
    const end = box.index + box[0].length;
    const option = TICKED_BOX.test(box[0]) ? null : OPTION.exec(value.slice(end));
    const blank = end + (option ? option[0].length : 0);
    value = value.slice(0, box.index) + ' '.repeat(blank - box.index) + value.slice(blank);
  }
  // The label and its colon stay; a clause number before the label is blanked ("5.3 Lunch:").
  const labelAt = Math.max(0, l.line.text.indexOf(l.label));
  const text = ' '.repeat(labelAt) + l.line.text.slice(labelAt, l.span[0] - l.line.start) + value;
  const provided = PROVIDED_BY.exec(text);
  const provider = provided ? { value: provided[1]!.trim(), index: provided.index + provided[0].lastIndexOf(provided[1]!) } : null;
  const segment = [...text.matchAll(/[^,;·—–]+/gu)].find((m) => VENUE_ROOM.test(m[0].trim()));
  const room = segment ? { value: segment[0].trim(), index: segment.index + segment[0].indexOf(segment[0].trim()) } : null;
  return { text, start: l.line.start, provider, room };
}
