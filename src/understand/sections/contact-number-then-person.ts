/**
 * A contact row may give the number first and whose it is in brackets after it ("On-the-day contact ⇥
 * 07700 900123 (Jo Bright, tour manager)", "Notfallkontakt: 0171 … (Lena Roth, Tourleitung)"): the
 * bracket's person, with the role written after the comma, is the number's owner. Read only on a line
 * that names a contact before the number, so a booking's other numbers in brackets are left alone.
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normalisePhone, PHONE_IN_TEXT } from '../normalise/index.js';
import { evidenceAt, type Reading } from '../text/index.js';
import { looksLikePersonName, ROLE_WORDS } from './people.js';

const CONTACT_WORD = /(?<![\p{L}])(?:contact|kontakt|contacto|contatto|on the day|emergency|notfall|nødkontakt)/iu;
const NUMBER_THEN_PERSON = new RegExp(String.raw`(${PHONE_IN_TEXT.source})[ \t]*\([ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})[ \t]*,[ \t]*(\p{L}[\p{L} -]{1,40}?)[ \t]*\)`, 'gu');

export function numberThenPersonContacts(r: Reading, country: string | null): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  for (const line of r.lines) {
    for (const m of line.text.matchAll(NUMBER_THEN_PERSON)) {
      if (!CONTACT_WORD.test(line.text.slice(0, m.index))) continue;
      const [, number, name, role] = m as unknown as [string, string, string, string];
      const phone = normalisePhone(number, country);
      // The contact label and the named person vouch for a number the numbering plan does not know (a drama range).
      if (!phone || number.replace(/\D/g, '').length < 9 || !looksLikePersonName(name) || !ROLE_WORDS.test(role)) continue;
      const at = line.start + m.index;
      const nameAt = at + m[0].indexOf(name, number.length);
      const roleAt = at + m[0].lastIndexOf(role);
      out.push({
        name: found(name, evidenceAt(r.source, [nameAt, nameAt + name.length], 'pattern')),
        role: found(role[0]!.toUpperCase() + role.slice(1), evidenceAt(r.source, [roleAt, roleAt + role.length], 'pattern')),
        phone: found(phone.value, evidenceAt(r.source, [at, at + number.length], 'pattern', phone.validated)),
      });
    }
  }
  return out;
}
