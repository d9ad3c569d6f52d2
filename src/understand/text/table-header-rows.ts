/**
 * A wide table's header row and the rows under it, as a CSV or a pasted sheet gives them
 * ("Date ⇥ Stage ⇥ Act ⇥ Get-in ⇥ Line check ⇥ Show ⇥ …"): column headings side by side are no
 * `Label ⇥ value` pairs ("Stage ⇥ Ref" is two headings), nor is a known word in a body row
 * before the next column's figure. The table readers read such rows by their headings instead.
 * A header row is six cells or more, none holding a figure, three or more of them known labels; or,
 * in a bilingual table whose column names wrap at the slash between the languages ("Agertokia /" over
 * "Escenario"), four cells or more, one of them cut at a slash and two known labels; or four cells or
 * more, each written in two languages ("Eguna / Día"), most of them known labels. Only such a narrower
 * header's line (and its wrapped second line) is set aside: its body rows may hold pairs. So is a header of an
 * odd number of cells (isOddHeader).
 */
import { labelKey } from './lexicon.js';
import type { Line } from './lines.js';

const MIN_CELLS = 6;
const MIN_WRAPPED_CELLS = 4;

const known = (cells: string[]): number => cells.filter((c) => labelKey(c)).length;
const isWideHeader = (cells: string[]): boolean => cells.length >= MIN_CELLS && known(cells) >= 3;
/** A cell written in two languages, "Eguna / Día", or cut at its slash, "Ordua /". */
const TWO_LANGUAGES = /\S\s\/(?:\s\S|$)/;
/**
 * Pairs side by side ("Artist ⇥ X ⇥ Hotel ⇥ Y") are at most half labels: a row of cells each written in two
 * languages, most of them known labels, is a bilingual table's column names.
 */
const isBilingualHeader = (cells: string[]): boolean =>
  cells.length >= MIN_WRAPPED_CELLS && ((cells.some((c) => /\S\s*\/$/.test(c.trim())) && known(cells) >= 2)
    || (cells.every((c) => TWO_LANGUAGES.test(c.trim())) && known(cells) * 2 > cells.length));

/**
 * Pairs side by side come in twos: a row of an odd number of cells, five or more with three known labels, over a
 * row as wide holding a figure ("Room ⇥ Category ⇥ Guests ⇥ Board ⇥ Rate" over "1 ⇥ Superior ⇥ …"), is a header.
 */
const isOddHeader = (cells: string[], below: string[]): boolean =>
  cells.length >= 5 && cells.length % 2 === 1 && known(cells) >= 3 && below.length === cells.length && below.some((c) => /\d/.test(c));

/** Line indices of wide tables' header rows and their body rows (up to a blank or a much narrower line). */
export function wideTableLines(lines: Line[], cellTexts: (line: Line) => string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const cells = cellTexts(lines[i]!);
    if (cells.some((c) => /\d/.test(c))) continue;
    // A narrower table's column names are no pairs; its rows still may be ("Curfew ⇥ Hard"), so only the
    // header is set aside, with its wrapped second line.
    if (!isWideHeader(cells)) {
      if (!isBilingualHeader(cells) && !isOddHeader(cells, lines[i + 1] ? cellTexts(lines[i + 1]!) : [])) continue;
      out.add(i);
      // Only a header wrapped onto the next line ("Nombre /" over "Name") has a second line of its own.
      const wrapped = cells.some((c) => /\/$/.test(c.trim()));
      const below = lines[i + 1] ? cellTexts(lines[i + 1]!) : [];
      if (wrapped && below.length && !below.some((c) => /\d/.test(c))) out.add(i + 1);
      continue;
    }
    out.add(i);
    for (let j = i + 1; j < lines.length; j++) {
      const width = cellTexts(lines[j]!).length;
      if (width < cells.length - 3) break;
      out.add(j);
    }
  }
  return out;
}
