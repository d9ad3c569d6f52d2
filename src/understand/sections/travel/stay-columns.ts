/**
 * Booking-site layouts of a stay's fields that the label reader does not see as labels:
 *
 * - a box printed as columns: a header line naming check-in and check-out (and maybe a summary
 *   column) with each column's values on the lines below it, up to a blank line
 *   ("CHECK-IN ⇥ CHECK-OUT ⇥ YOUR BOOKING" / "Thu 11 Nov 2027 ⇥ Sat 13 Nov 2027 ⇥ 2 nights, 2 rooms" /
 *   "from 14:00 ⇥ until 11:00 ⇥ 4 adults"): each value is read under its column's label;
 * - the same two-column box read from a screenshot, whose OCR joins the columns with one space
 *   ("Check-in Check-out" / "Thu 3 Jun 2027 Sat 5 Jun 2027" / "from 14:00 until 10:30"): a row
 *   holding two dates, or two times, is cut after the first, and each half read under its label;
 * - per-room rows ("Guest name: ⇥ Ann Lee ⇥ · 2 adults", "Meals: ⇥ Breakfast included") that the
 *   reader takes for a table's rows: a first cell ending in a colon is still a label.
 */
import { findDates, findTimes } from '../../normalise/index.js';
import { cellsOf, labelKey, type Labelled, type Line, type Reading } from '../../text/index.js';

const BOX_KEYS: ReadonlySet<string> = new Set(['check_in', 'check_out', 'rooms']);

/** Labelled values from column boxes, and the header lines they replace (those are no label–value pairs). */
export function columnBoxes(lines: Line[]): { labelled: Labelled[]; headers: Set<number> } {
  const labelled: Labelled[] = [];
  const headers = new Set<number>();
  for (const line of lines) {
    const head = cellsOf(line);
    const keys = head.map((c) => labelKey(c.text.replace(/:$/, '')));
    // A box of a few columns, none but the stay's ends known labels: a rooming table (guest, room type, …) is no box.
    if (head.length === 1) {
      spacedBox(lines, line, labelled, headers);
      continue;
    }
    if (head.length < 2 || head.length > 4 || !keys.includes('check_in') || !keys.includes('check_out')) continue;
    if (head.some((c, i) => /\d/.test(c.text) || (keys[i] && !BOX_KEYS.has(keys[i]!)))) continue;
    headers.add(line.index);
    for (const row of lines.slice(line.index + 1, line.index + 6)) {
      const cells = cellsOf(row);
      // The box's rows have a value per column; a blank line or a line of another shape ends it.
      if (cells.length !== head.length) break;
      cells.forEach((c, i) => {
        labelled.push({ key: keys[i]!, label: head[i]!.text, value: c.text, span: [c.start, c.start + c.text.length], line: row });
      });
    }
  }
  return { labelled, headers };
}

/** "Check-in Check-out": the two labels, a space apart, as the whole line; null otherwise. */
function spacedLabels(text: string): [string, string] | null {
  if (text.length > 40) return null;
  for (const space of text.matchAll(/ +/g)) {
    const [left, right] = [text.slice(0, space.index).replace(/:$/, ''), text.slice(space.index + space[0].length).replace(/:$/, '')];
    const keys = [labelKey(left), labelKey(right)];
    if (keys[0] !== keys[1] && keys.every((k) => k === 'check_in' || k === 'check_out')) return [left, right];
  }
  return null;
}

/** A box row of two values a space apart: cut after the first of exactly two dates, else of exactly two times. */
function spacedRow(text: string): [string, string] | null {
  for (const values of [findDates(text), findTimes(text)]) {
    if (values.length !== 2) continue;
    const cut = values[0]!.index + values[0]!.length;
    const [left, right] = [text.slice(0, cut).trim(), text.slice(cut).trim()];
    return left && right ? [left, right] : null;
  }
  return null;
}

/** The spaced box under `line`, when it is one: its rows' halves under its two labels. */
function spacedBox(lines: Line[], line: Line, labelled: Labelled[], headers: Set<number>): void {
  const head = spacedLabels(line.text.trim());
  if (!head) return;
  const rows: { line: Line; halves: [string, string] }[] = [];
  for (const row of lines.slice(line.index + 1, line.index + 4)) {
    const halves = spacedRow(row.text);
    if (!halves) break;
    rows.push({ line: row, halves });
  }
  if (!rows.length) return;
  headers.add(line.index);
  for (const { line: row, halves } of rows) {
    halves.forEach((value, i) => {
      const start = row.start + row.text.indexOf(value, i ? row.text.indexOf(halves[0]) + halves[0].length : 0);
      labelled.push({ key: labelKey(head[i]!)!, label: head[i]!, value, span: [start, start + value.length], line: row });
    });
  }
}

/** "Label: ⇥ value ⇥ …" on a line the reader took for a table row: the first cell's colon makes it a label. */
export function colonRowLabel(line: Line): Labelled | undefined {
  const [label, value] = cellsOf(line);
  if (!label || !value || !/^[\p{L}][\p{L} '’.-]{1,40}:$/u.test(label.text)) return undefined;
  const text = label.text.slice(0, -1);
  return { key: labelKey(text), label: text, value: value.text, span: [value.start, value.start + value.text.length], line };
}

/** The labelled values of `reading` plus those of column boxes, without the boxes' header lines. */
export function withColumnBoxes(reading: Reading, labelled: Labelled[]): Labelled[] {
  const boxes = columnBoxes(reading.lines);
  return [...labelled.filter((l) => !boxes.headers.has(l.line.index)), ...boxes.labelled];
}
