/**
 * Booking-site layouts of a one-stay confirmation that the label reader does not pair:
 *
 * - a summary row of labels, each ending in a colon, over a row of their values, cell for cell
 *   ("Confirmation number: ⇥ PIN: ⇥ Booked on:" / "4182 337 905 ⇥ 1234 ⇥ 2 May 2027"): each value is
 *   its header's; so is a box of figures under labels without colons, one row deep;
 * - per-room blocks ("Room 1: Twin Room – Garden view" or "Room 1 – Twin Room" / "Guest name: Ann Lee, Bo Ek"):
 *   a guest label on the written lines right under a numbered room heading names that room's guests,
 *   however far the room stands from the stay's dates.
 */
import { cellsOf, labelKey, type Labelled, type Reading } from '../../text/index.js';
import { ROOM_WORD } from './stay-room-guests.js';

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

/**
 * A printed page's box of figures under labels without colons ("Buchungsnummer ⇥ PIN-Code" / "5128 447 093 ⇥ 7716"):
 * short, figure-less header cells, one of them a label the lexicon knows, over one row of as many cells, each
 * holding a figure. A second row of the same shape makes a table, which this is not.
 */
export function figureBoxValues(reading: Reading): Labelled[] {
  const out: Labelled[] = [];
  const lines = reading.lines;
  lines.forEach((line, i) => {
    const head = cellsOf(line);
    if (head.length < 2 || head.some((c) => c.text.length > 30 || /[\d:]/.test(c.text)) || !head.some((c) => labelKey(c.text))) return;
    const cells = lines[i + 1] ? cellsOf(lines[i + 1]!) : [];
    const after = lines[i + 2] ? cellsOf(lines[i + 2]!) : [];
    if (cells.length !== head.length || after.length === head.length || !cells.every((c) => /\d/.test(c.text))) return;
    head.forEach((h, k) => {
      const c = cells[k]!;
      out.push({ key: labelKey(h.text), label: h.text, value: c.text, span: [c.start, c.start + c.text.length], line: lines[i + 1]! });
    });
  });
  return out;
}

/** "Room 2:", "Room 2 – Double", "Room 2" alone: a numbered room's heading, its type after a colon or dash. */
const ROOM_HEADING = new RegExp(String.raw`^[ \t]*${ROOM_WORD}[ \t]*\d{1,2}[ \t]*(?:[:–—-]|$)`, 'u');

/** Written lines above a room's guest label its heading may stand on (a room's own number row may come between). */
const ROOM_HEADING_REACH = 2;

/** The guest labels standing within two written lines under a numbered room heading, in order. */
export function roomGuestLabels(reading: Reading): Labelled[] {
  const lines = reading.lines;
  return reading.labelled.filter((l) => {
    if (l.key !== 'guests') return false;
    const above = lines.slice(0, l.line.index).filter((line) => line.text.trim()).slice(-ROOM_HEADING_REACH);
    return above.some((line) => ROOM_HEADING.test(line.text));
  });
}
