/**
 * Booking-site layouts of a stay's fields that the label reader does not see as labels:
 *
 * - a box printed as columns: a header line naming check-in and check-out (and maybe a summary
 *   column) with each column's values on the lines below it, up to a blank line
 *   ("CHECK-IN ⇥ CHECK-OUT ⇥ YOUR BOOKING" / "Thu 11 Nov 2027 ⇥ Sat 13 Nov 2027 ⇥ 2 nights, 2 rooms" /
 *   "from 14:00 ⇥ until 11:00 ⇥ 4 adults"): each value is read under its column's label;
 * - per-room rows ("Guest name: ⇥ Ann Lee ⇥ · 2 adults", "Meals: ⇥ Breakfast included") that the
 *   reader takes for a table's rows: a first cell ending in a colon is still a label.
 */
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
