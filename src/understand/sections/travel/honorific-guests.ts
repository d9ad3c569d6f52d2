/**
 * A rooms table's guest cell that titles each guest ("Ms. Ann Lee", "Mr. Bo Ek Mr. Cy Dahl" — a twin's
 * two guests on two lines of the cell, joined by a space when its lines are flattened): each title
 * opens one guest's name. Only a cell made wholly of titled names of two or three words each.
 */
import { normalisePersonName } from '../../normalise/index.js';

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?`;
const TITLED_NAME = new RegExp(String.raw`${TITLE}[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})(?=[ \t]+${TITLE}[ \t]|[ \t]*$)`, 'gu');
const WHOLLY_TITLED = new RegExp(String.raw`^[ \t]*(?:${TITLE}[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}[ \t]*)+$`, 'u');

/** The titled guests of a cell starting at `start` in the source, or none unless the cell is wholly titled names. */
export function titledGuests(cell: { text: string; start: number } | undefined): { name: string; text: string; start: number }[] {
  if (!cell || !WHOLLY_TITLED.test(cell.text)) return [];
  const out: { name: string; text: string; start: number }[] = [];
  for (const m of cell.text.matchAll(TITLED_NAME)) {
    const name = normalisePersonName(m[1]!);
    if (name) out.push({ name, text: m[1]!, start: cell.start + m.index + m[0].indexOf(m[1]!) });
  }
  return out;
}
