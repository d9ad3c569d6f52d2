/**
 * A bilingual contract's schedule may print three columns: the English label, the same label in the
 * other language's script, then the value ("Venue ⇥ مقام ⇥ Seaview Lawn Club"). The middle cell is
 * the label again, not its value: a cell wholly in another script (no Latin letter, no digit, a few
 * words) between a Latin label and a further cell.
 */
import { LATIN, OTHER } from './bilingual-lines.js';
import { labelKey } from './lexicon.js';

export function isLabelTranslation(label: string, cell: string, hasCellAfter: boolean): boolean {
  return hasCellAfter && LATIN.test(label) && !OTHER.test(label)
    && OTHER.test(cell) && !LATIN.test(cell) && !/[\d\u0660-\u0669\u06F0-\u06F9]/u.test(cell)
    && cell.split(/\s+/).length <= 5;
}

/**
 * Whether a document prints its labels in two languages: two or more rows of label, translation and value.
 * A single row of the kind is a label and a value in another script ("Hotel ⇥ Hotel in Kanji ⇥ booked, 2 rooms").
 */
export function translatesLabels(rows: string[][]): boolean {
  return rows.filter((r) => r.length >= 3 && isLabelTranslation(r[0]!, r[1]!, true)).length >= 2;
}

/** The middle cell is passed over as the label's translation when the rows repeat the pattern, or it is itself a known label. */
export function skipsLabelTranslation(label: string, cell: string, hasCellAfter: boolean, repeated: boolean): boolean {
  return isLabelTranslation(label, cell, hasCellAfter) && (repeated || labelKey(cell) !== null);
}
