/**
 * A wide table's header row and the rows under it, as a CSV or a pasted sheet gives them
 * ("Date ⇥ Stage ⇥ Act ⇥ Get-in ⇥ Line check ⇥ Show ⇥ …"): column headings side by side are no
 * `Label ⇥ value` pairs ("Stage ⇥ Ref" is two headings), nor is a known word in a body row
 * before the next column's figure. The table readers read such rows by their headings instead.
 * A header row is six cells or more, none holding a figure, three or more of them known labels.
 */
import { labelKey } from './lexicon.js';
import type { Line } from './lines.js';

const MIN_CELLS = 6;

/** Line indices of wide tables' header rows and their body rows (up to a blank or a much narrower line). */
export function wideTableLines(lines: Line[], cellTexts: (line: Line) => string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const cells = cellTexts(lines[i]!);
    if (cells.length < MIN_CELLS || cells.some((c) => /\d/.test(c))) continue;
    if (cells.filter((c) => labelKey(c)).length < 3) continue;
    out.add(i);
    for (let j = i + 1; j < lines.length; j++) {
      const width = cellTexts(lines[j]!).length;
      if (width < cells.length - 3) break;
      out.add(j);
    }
  }
  return out;
}
