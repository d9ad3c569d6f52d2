/**
 * Split-name columns: a list of people whose header names the family name and the given name in two
 * columns ("Last Name | First Name", "Surname | Given name", "Nachname | Vorname"). Both columns are the
 * `name` column for finding the header, and each row's name is read whole, given name first, from the
 * two cells ("Lee" + "Ann" → "Ann Lee"), a family name in capitals as a name ("LEE" + "Ann" → "Ann Lee").
 */
import type { TableCell } from './tables.js';

const SURNAME = /^(?:last[ \t]*name|surname|family[ \t]*name|nachname|familienname|apellidos?|nom(?:[ \t]+de[ \t]+famille)?|cognome|efternamn|achternaam|etternavn|sukunimi)$/iu;
const GIVEN_NAME = /^(?:first[ \t]*name|given[ \t]*names?|forename|vorname|nombres?|pr[ée]nom|nome|f[öo]rnamn|voornaam|fornavn|etunimi)$/iu;

const clean = (header: string) => header.replace(/[.:*]+$/, '').trim();

export const isSurnameHeader = (header: string): boolean => SURNAME.test(clean(header));
export const isGivenNameHeader = (header: string): boolean => GIVEN_NAME.test(clean(header));

/** The columns of a header that splits names, or null when it names no surname and given-name pair. */
export function splitNameColumns(header: string[]): { surname: number; given: number } | null {
  const surname = header.findIndex(isSurnameHeader);
  const given = header.findIndex(isGivenNameHeader);
  return surname >= 0 && given >= 0 ? { surname, given } : null;
}

/** "LEFÈVRE-ROY", "VAN DAM" → "Lefèvre-Roy", "Van Dam": each part of a name in capitals capitalised. */
export function nameCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

/** A row's whole name from its two cells, given name first; the span covers both cells. */
export function joinedNameCell(surname: TableCell | undefined, given: TableCell | undefined): TableCell | null {
  if (!surname || !given) return null;
  const span: [number, number] | null = surname.span && given.span
    ? [Math.min(surname.span[0], given.span[0]), Math.max(surname.span[1], given.span[1])]
    : surname.span ?? given.span;
  // Rooming lists write the family name in capitals ("LEE"): beside a given name in lower case it is written as a name.
  const family = !/\p{Ll}/u.test(surname.value) && /\p{Ll}/u.test(given.value) ? nameCase(surname.value) : surname.value;
  return { value: `${given.value} ${family}`, header: `${given.header} / ${surname.header}`, span };
}
