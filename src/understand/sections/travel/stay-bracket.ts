/**
 * A contract names the hotel with its own details in brackets right after the name, perhaps after the
 * lodging word with its case ending: "… Oqsaroy Hotel mehmonxonasida (Street 7, District, City,
 * 140100; tel. +998 …; desk@…)", "at Hotel Harbour (12 Quay Road, Town; tel. 01 …)". The bracket's
 * parts, apart at semicolons, are the hotel's address (its first part, a street with a number and a
 * town after a comma; a Hungarian house number's dot dropped), phone (after a phone word) and e-mail.
 */
import type { Hit } from './phrases.js';

/** The bracket after the name: at most one lower-case word between ("mehmonxonasida", "hotel"). */
const BRACKET_AFTER_NAME = /^\s*(?:\p{Ll}+\s+)?\(([^()]{10,300})\)/u;
const PHONE_PART = /^(?:tel|tél|phone|telefon|тел)\.?:?[ \t]*(\+?[\d][\d \t()/-]{5,20}\d)$/iu;
const EMAIL_PART = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

export interface BracketDetails { address?: Hit<string>; phone?: Hit<string>; email?: Hit<string> }

/** The hotel's details in the bracket right after its name ending at `nameEnd`; empty when none stands there. */
export function bracketDetails(text: string, nameEnd: number): BracketDetails {
  const m = BRACKET_AFTER_NAME.exec(text.slice(nameEnd, nameEnd + 320));
  if (!m) return {};
  const out: BracketDetails = {};
  let at = nameEnd + m[0].length - m[1]!.length - 1;
  for (const [i, raw] of m[1]!.split(';').entries()) {
    const part = raw.trim();
    const hit = (value: string): Hit<string> => ({ value, index: at + raw.indexOf(part) + part.indexOf(value), length: value.length });
    const phone = PHONE_PART.exec(part.replace(/\s+/g, ' '));
    if (phone) out.phone ??= hit(part.slice(part.search(/[+\d]/)));
    else if (EMAIL_PART.test(part)) out.email ??= hit(part);
    // The first part names the street with its number and, after a comma, the town.
    else if (i === 0 && /^[\p{L}\d][^@]*\d[^@]*,/u.test(part)) out.address = { ...hit(part), value: part.replace(/\s+/g, ' ').replace(/\.$/, '') };
    at += raw.length + 1;
  }
  return out;
}
