/**
 * A ride's remark naming its driver by the driver's word, a first name and a number ("van of the
 * promoter, driver Sam, +44 7700 900123"; Macedonian "возач Сам, +389 …"): a contact with that name,
 * the driver's word as written for role, and the number.
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normalisePhone } from '../normalise/index.js';
import { evidenceAt, type Reading } from '../text/index.js';

// English, Macedonian and Serbian, Croatian, German, French, Spanish, Swahili, Polish, Czech.
const DRIVER_NAME_NUMBER = /(?<![\p{L}])(driver|возач|vozač|fahrer|chauffeur|chófer|dereva|kierowca|řidič)[ \t]+(\p{Lu}\p{Ll}{2,14}(?:[ \t]+\p{Lu}\p{Ll}{2,20})?)[ \t]*[,:–-]?[ \t]*(\+?\d[\d ()./-]{6,}\d)/giu;

export function driverRemarks(r: Reading, country: string | null): Draft<Contact>[] {
  const text = r.source.text;
  return [...text.matchAll(DRIVER_NAME_NUMBER)].flatMap((m) => {
    const phone = normalisePhone(m[3]!, country);
    if (!phone?.validated) return [];
    const [role, name] = [m[1]!, m[2]!];
    const nameAt = m.index + m[0].indexOf(name, role.length);
    const phoneAt = m.index + m[0].length - m[3]!.length;
    return [{
      name: found(name, evidenceAt(r.source, [nameAt, nameAt + name.length], 'pattern')),
      role: found(role, evidenceAt(r.source, [m.index, m.index + role.length], 'pattern')),
      phone: found(phone.value, evidenceAt(r.source, [phoneAt, phoneAt + m[3]!.length], 'pattern', true)),
    }];
  });
}
