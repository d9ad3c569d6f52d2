/**
 * A contact sheet's name cell written in the local script with its Latin spelling in brackets
 * ("ນາງ ສຸດາ ແກ້ວມະນີ (Suda Keomany)", "Иван Петров (Ivan Petrov)"): the import keeps a bilingual
 * value's Latin half, so the person is the bracket — not a company beside a name. A cell with Latin
 * before its bracket ("Ana Sala (Kesselhaus)") is left to the other readers.
 */
import type { TableCell } from '../text/index.js';
import { LATIN, OTHER } from '../text/bilingual-lines.js';

const NAME_THEN_BRACKET = /^([^()]+)\(([^()]+)\)\s*$/u;

/** The cell narrowed to its bracketed Latin spelling, or the cell itself. */
export function latinNameCell(cell: TableCell): TableCell {
  const m = NAME_THEN_BRACKET.exec(cell.value);
  if (!m || !OTHER.test(m[1]!) || LATIN.test(m[1]!) || OTHER.test(m[2]!) || !LATIN.test(m[2]!)) return cell;
  const value = m[2]!.trim();
  const at = cell.value.indexOf(value, m[1]!.length);
  return { ...cell, value, span: cell.span ? [cell.span[0] + at, cell.span[0] + at + value.length] : null };
}
