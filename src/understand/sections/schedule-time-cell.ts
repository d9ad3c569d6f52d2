/**
 * A contract's schedule table without a header, read as label and value, may put a slot's act in the
 * label's cell and its time in the next column ("Predskupina: Kolonie ⇥ 20.15–20.55", "Support: X ⇥ 19:45"):
 * the value is read on to that time, so the slot is named by its act and timed as "Support: X 19:45" is
 * (a stay's check-in time in its own cell is read by travel/stay-labels.ts).
 */
import type { Labelled } from '../text/index.js';

/** A clock time or a range of two, alone in the line's last column. */
// French writes "20h30"; a length may follow in a remarks column ("⇥ 30 min").
const TIME_CELL = /^\t+[ \t]*\d{1,2}[:.h]\d{2}(?:\s*[-–—]\s*\d{1,2}[:.h]\d{2})?(?:\t+[ \t]*\d{1,3}[ \t]*min\.?)?[ \t]*$/;

export function withSlotTimeCell(text: string, l: Labelled): Labelled {
  if (/\d{1,2}[:.h]\d{2}/.test(l.value)) return l;
  const rest = text.slice(l.span[1], l.line.end);
  if (!TIME_CELL.test(rest)) return l;
  const end = l.span[1] + rest.trimEnd().length;
  return { ...l, value: text.slice(l.span[0], end), span: [l.span[0], end] };
}
