/**
 * A letterhead's or signature's postal address ("3rd Floor, Harbour Trade Centre, Ring Road, Pune 411001 ·
 * Office: 020 …", "Rúa Nova 4 · 27002 Lugo · Galiza") splits into capitalised parts that read as a
 * person's name: a building, a district, a province. A "name" standing in such a line after a part with a
 * number (a floor, a house number, a postcode) is a piece of the address, not a person. A person written
 * first on their line ("Ana Ruiz, 4 Mill Lane, …") is left alone.
 */
import type { Contact } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { lineAt, type Reading } from '../text/index.js';

/** A house number or postcode beside a capitalised word: "48 Okafor Street", "27002 Lugo", "Taipei 104", "3rd Floor". */
const POSTAL = /\b\d{1,6}(?:st|nd|rd|th|F)?\s+\p{Lu}|\p{Lu}[\p{L}\p{M}]+\s+\d{3,6}\b/u;

export function isAddressPiece(r: Reading, draft: Draft<Contact>): boolean {
  const at = draft.name?.span?.[0];
  if (at === undefined) return false;
  const line = r.lines[lineAt(r.lines, at)];
  if (!line || !POSTAL.test(line.text)) return false;
  const before = r.source.text.slice(line.start, at);
  // The name follows a separator, after a part that holds a number.
  return /\d/.test(before) && /[,·|•]\s*$/.test(before);
}
