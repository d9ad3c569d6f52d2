/**
 * A document's version or update line ("v2 – updated 05.11.2027", "Stand: 03.04.2027", "as of
 * 12 May") dates the paper, not a day of its plan: no row below it happens on that date.
 */
const VERSION_LINE = /(?<![\p{L}\d])(?:updated|last update|revised|revision|version|versie|versi[óo]n|versione|vers[ãa]o|v\d+(?:\.\d+)?|as of|printed|issued|stand|aktualisiert|überarbeitet|uppdaterad|actualizado|mis à jour|aggiornato|bijgewerkt|päivitetty)(?![\p{L}])/iu;

export function isVersionLine(text: string): boolean {
  return VERSION_LINE.test(text);
}

/**
 * Whether the clause right before a date ("Version 2 · issued ", "(v3, updated ") is a version remark:
 * that date is the paper's, whatever else its line says ("Show 4 May · issued 2 March").
 */
export function isVersionClause(before: string): boolean {
  const clause = before.split(/[·|•(,;]|\s[–—-]\s/).pop() ?? '';
  return VERSION_LINE.test(clause);
}
