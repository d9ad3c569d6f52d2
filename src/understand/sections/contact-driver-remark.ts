/**
 * A ride's remark naming its driver by the driver's word, a first name and a number ("van of the
 * promoter, driver Sam, +44 7700 900123"; "driver is Sam, +44 …"; Macedonian "возач Сам, +389 …"), or
 * the name first with the driver's word after it ("Sam our driver (0812 …)", a phone list's "Sam Okoro
 * (driver, white van) ⇥ 0812 …"): a contact with that name, the driver's word as written for role, and
 * the number.
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normalisePhone } from '../normalise/index.js';
import { evidenceAt, type Reading } from '../text/index.js';
import { CALENDAR_NAMES } from '../text/lexicon.js';

// English, Macedonian and Serbian, Croatian, German, French, Spanish, Swahili, Polish, Czech.
const DRIVER_WORD = String.raw`(driver|возач|vozač|fahrer|chauffeur|chófer|dereva|kierowca|řidič)`;
const NUMBER = String.raw`(\+?\d[\d ()./-]{6,}\d)`;
const DRIVER_NAME_NUMBER = new RegExp(String.raw`(?<![\p{L}])${DRIVER_WORD}[ \t]+(?:is[ \t]+)?(\p{Lu}\p{Ll}{2,14}(?:[ \t]+\p{Lu}\p{Ll}{2,20})?)[ \t]*[,:–-]?[ \t]*${NUMBER}`, 'giu');
/** "Sam our driver (0812 …)", "Sam driver: 0812 …", "Sam Okoro (driver, white van) ⇥ 0812 …": up to four capitalised words. */
const NAME_THEN_DRIVER = new RegExp(String.raw`(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]{1,20}(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]{1,20}){0,3})(?:,?[ \t]+(?:our|the|your)[ \t]+${DRIVER_WORD}[ \t]*[(:,–-]?|[ \t]+${DRIVER_WORD}[ \t]*:|[ \t]*\((?:our[ \t]+)?${DRIVER_WORD}(?:[,;][^()\n]*)?\))[ \t]*[(:–-]?[ \t]*${NUMBER}`, 'gu');
/** Capitalised words that open a sentence, not a name: "Call our driver (0812 …)". */
const NOT_NAME = new RegExp(String.raw`^(?:${CALENDAR_NAMES}|call|ring|text|contact|ask|meet|message|phone|email|please|and|the|bus|van|car|taxi|shuttle|coach|backup|local|tour|head)\b`, 'iu');

function driverContact(r: Reading, m: RegExpMatchArray, name: string, role: string, number: string, country: string | null): Draft<Contact>[] {
  const phone = normalisePhone(number, country);
  if (!phone?.validated || NOT_NAME.test(name)) return [];
  const nameAt = m.index! + m[0].indexOf(name);
  const roleAt = m.index! + m[0].indexOf(role, m[0].indexOf(name) + name.length);
  const phoneAt = m.index! + m[0].length - number.length;
  return [{
    name: found(name, evidenceAt(r.source, [nameAt, nameAt + name.length], 'pattern')),
    role: found(role, evidenceAt(r.source, [roleAt, roleAt + role.length], 'pattern')),
    phone: found(phone.value, evidenceAt(r.source, [phoneAt, phoneAt + number.length], 'pattern', true)),
  }];
}

export function driverRemarks(r: Reading, country: string | null): Draft<Contact>[] {
  const text = r.source.text;
  return [
    ...[...text.matchAll(DRIVER_NAME_NUMBER)].flatMap((m) => driverContact(r, m, m[2]!, m[1]!, m[3]!, country)),
    ...[...text.matchAll(NAME_THEN_DRIVER)].flatMap((m) => driverContact(r, m, m[1]!, m[2] ?? m[3] ?? m[4]!, m[5]!, country)),
  ];
}
