/**
 * A rooming column headed family name first in one cell ("NOM Prénom", "Surname First name", "Nachname
 * Vorname") writes each guest so, the family name in capitals: "DUVAL Léa". A shared room's guests run on
 * in the one cell ("DUVAL Léa MARCHETTI Enzo"); each capitals run opens a guest. Read given name first.
 */
import { isGivenNameHeader, isSurnameHeader, nameCase } from '../../text/split-name-columns.js';
import type { Hit } from './phrases.js';

/** Whether a header cell names the family name, then the given name ("NOM Prénom", "Last name First name"). */
export function isFamilyFirstHeader(header: string): boolean {
  const words = header.trim().split(/[\s,/]+/);
  for (let k = 1; k < words.length; k++) {
    if (isSurnameHeader(words.slice(0, k).join(' ')) && isGivenNameHeader(words.slice(k).join(' '))) return true;
  }
  return false;
}

/** "O'SULLIVAN", "MARTIN-LECLERC", "VAN DER BERG": family names in capitals; then the given names, capitalised. */
const FAMILY_THEN_GIVEN = /(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*)[ \t]+(\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:[ \t-]\p{Lu}\p{Ll}[\p{Ll}'’-]*)*)/gu;

/**
 * The guests of a family-name-first cell, given name first, with their offsets in the cell; none unless
 * the whole cell is such names (a placeholder, "nom à communiquer", names nobody).
 */
export function familyFirstNames(cell: string): Hit<string>[] {
  const out: Hit<string>[] = [];
  let end = 0;
  for (const m of cell.matchAll(FAMILY_THEN_GIVEN)) {
    if (cell.slice(end, m.index).trim()) return [];
    out.push({ value: `${m[2]} ${nameCase(m[1]!)}`, index: m.index, length: m[0].length });
    end = m.index + m[0].length;
  }
  return cell.slice(end).trim() ? [] : out;
}
