/** A person's Phone:/E-mail: rows under their labelled row (contacts.ts reads the person; these are the rows it takes with them). */
import type { Labelled, Reading } from '../text/index.js';

/** How many lines below a person's label their Phone:/E-mail: rows may stand (a PDF table's rows are a blank line apart). */
const REACH_LINES = 6;

/** Each line's first label, per reading: looked up for every person's row below. */
const labelsByLine = new WeakMap<Reading, Map<number, Labelled>>();

function firstLabelOn(r: Reading, line: number): Labelled | undefined {
  let byLine = labelsByLine.get(r);
  if (!byLine) {
    byLine = new Map();
    for (const l of r.labelled) if (!byLine.has(l.line.index)) byLine.set(l.line.index, l);
    labelsByLine.set(r, byLine);
  }
  return byLine.get(line);
}

/**
 * "Buyer: Ana Ruiz, Talent Buyer" over "Phone: …" and "Email: …" rows: a label block of an offer or
 * a day sheet gives a person on one row and how to reach them on the rows below, each under its own
 * label, with blank lines between rows where a PDF table is read. The rows right below (only blank
 * lines between) with a phone or e-mail label are that person's, one of each kind, at most those
 * kinds `has` does not hold yet; any other line ends the block.
 */
export function detailRowsBelow(r: Reading, person: Labelled, has: { phone: boolean; email: boolean }): Labelled[] {
  const rows: Labelled[] = [];
  const taken = { ...has };
  const last = Math.min(r.lines.length - 1, person.line.index + REACH_LINES);
  for (let i = person.line.index + 1; i <= last; i++) {
    const line = r.lines[i]!;
    // A value written under its label ("Buyer:" over "Ana Ruiz") is the person's row still.
    if (!line.text.trim() || line.start < person.span[1]) continue;
    const row = firstLabelOn(r, i);
    const key = row?.key;
    if (!row || (key !== 'phone' && key !== 'email') || taken[key] || !row.value.trim()) break;
    taken[key] = true;
    rows.push(row);
  }
  return rows;
}

/**
 * The person's text run on over their detail rows, as one stretch of the source (offsets kept): the
 * rows' labels and anything between them blanked but the line breaks, so only the values are read.
 */
export function withDetailRows(text: string, start: number, r: Reading, rows: Labelled[]): string {
  if (!rows.length) return text;
  const source = r.source.text;
  let out = text;
  let at = start + text.length;
  for (const row of rows) {
    out += source.slice(at, row.span[0]).replace(/[^\n]/g, ' ') + row.value;
    at = row.span[0] + row.value.length;
  }
  return out;
}
