/**
 * A tour manager's notes write a person as "role = name", the number after the name, an aside in
 * brackets between them or a remark after: "promoter = Ann Lee (Northside) mob 06 48 21 77 30 <- text
 * first", "driver = Bo Ek 06-22904418 (9 seater)". The role (ending in a role word), the name and the
 * phone are the contact; the line's other words are remarks, not details of the person.
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normalisePersonName, normalisePhone, PHONE_IN_TEXT } from '../normalise/index.js';
import { evidenceAt, type Reading } from '../text/index.js';
import { looksLikePersonName, ROLE_WORDS } from './people.js';

const EQUALS_LINE = new RegExp(String.raw`^[ \t]*(?<role>\p{L}[\p{L} .-]{1,30}?)[ \t]*=[ \t]*(?<name>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:(?:mob(?:ile)?|tel|ph(?:one)?|cell|m|t)\.?:?[ \t]*)?(?<phone>${PHONE_IN_TEXT.source})`, 'u');

export function fromEqualsLines(r: Reading, country: string | null, used: Set<number>): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  for (const line of r.lines) {
    const m = used.has(line.index) ? null : EQUALS_LINE.exec(line.text);
    const g = m?.groups;
    if (!g || !ROLE_WORDS.test(g.role!.trim().split(/\s+/).pop()!) || !looksLikePersonName(g.name!)) continue;
    // "06-22904418 (9 seater)": an aside's bracket after the number is no part of it.
    const raw = g.phone!.split(/[ \t]\(/)[0]!;
    const phone = normalisePhone(raw, country);
    const person = normalisePersonName(g.name!);
    if (!phone?.validated || !person) continue;
    const at = (part: string): [number, number] => {
      const i = line.start + line.text.indexOf(part);
      return [i, i + part.length];
    };
    const role = g.role!.trim();
    out.push({
      name: found(person, evidenceAt(r.source, at(g.name!), 'pattern')),
      role: found(role.charAt(0).toUpperCase() + role.slice(1), evidenceAt(r.source, at(role), 'pattern')),
      phone: found(phone.value, evidenceAt(r.source, at(raw), 'pattern', true)),
    });
    used.add(line.index);
  }
  return out;
}
