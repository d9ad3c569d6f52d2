/**
 * Booking-site layouts of a one-stay confirmation that the label reader does not pair:
 *
 * - a summary row of labels, each ending in a colon, over a row of their values, cell for cell
 *   ("Confirmation number: ⇥ PIN: ⇥ Booked on:" / "4182 337 905 ⇥ 1234 ⇥ 2 May 2027"): each value is
 *   its header's;
 * - per-room blocks ("Room 1: Twin Room – Garden view" / "Guest name: Ann Lee, Bo Ek"): a guest label
 *   on the lines right under a numbered room heading names that room's guests, however far the room
 *   stands from the stay's dates.
 */
import { cellsOf, labelKey, type Labelled, type Reading } from '../../text/index.js';

/** Labelled values of header rows whose every cell is a label ending in a colon, over a row of as many cells. */
export function colonHeaderValues(reading: Reading): Labelled[] {
  const out: Labelled[] = [];
  const lines = reading.lines;
  lines.forEach((line, i) => {
    const head = cellsOf(line);
    if (head.length < 2 || !head.every((c) => /^[\p{L}][\p{L} '’.-]{1,40}:$/u.test(c.text))) return;
    const row = lines[i + 1];
    const cells = row ? cellsOf(row) : [];
    if (!row || cells.length !== head.length) return;
    head.forEach((h, k) => {
      const label = h.text.slice(0, -1);
      const c = cells[k]!;
      out.push({ key: labelKey(label), label, value: c.text, span: [c.start, c.start + c.text.length], line: row });
    });
  });
  return out;
}

const ROOM_HEADING = /^[ \t]*(?:[Rr]oom|ROOM|[Zz]immer|[Cc]amera|[Cc]hambre|[Hh]abitaci[óo]n|[Rr]um|[Rr]om|[Kk]amer|[Vv][æa]relse|[Hh]uone|[Qq]uarto|[Pp]ok[óo]j)[ \t]*\d{1,2}[ \t]*:/u;

/** The guest labels standing within two lines under a numbered room heading, in order. */
export function roomGuestLabels(reading: Reading): Labelled[] {
  const lines = reading.lines;
  return reading.labelled.filter((l) => {
    if (l.key !== 'guests') return false;
    const above = lines.slice(Math.max(0, l.line.index - 2), l.line.index);
    return above.some((line) => ROOM_HEADING.test(line.text));
  });
}
