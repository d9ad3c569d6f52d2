/**
 * A note that introduces someone by first name and role ("Sam (our driver) will meet you …") and
 * gives their number in a sentence of its own ("Sam's mob is 07700 900123"): a contact with that
 * name, the role the note gave them, and the number. The role is read from "Name (our role)",
 * "Name, our role" or "our role Name" anywhere in the text; without one the person is still a contact.
 * An answer may give all three in one clause: "then Ruth Ambler, our production manager, 07700 900123".
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normalisePhone } from '../normalise/index.js';
import { evidenceAt, escapeRegExp, type Reading } from '../text/index.js';
import { CALENDAR_NAMES } from '../text/lexicon.js';
import { namesNoPerson, ROLE_WORDS } from './people.js';

const NAME = String.raw`\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?`;
/** "Sam's mob is 07700 900123", "Sam’s number: +44 …". */
const POSSESSIVE_NUMBER = new RegExp(String.raw`(?<![\p{L}])(${NAME})['’]s[ \t]+(?:mob|mobile|cell|phone|number|mobile number|cell number)(?:[ \t]+is|[ \t]*:)[ \t]*(\+?\d[\d ()-]{5,}\d)`, 'gu');
/** "Ann Lee, our production manager, 07700 900123": a person, the role the writer's side gives them, their number. */
const INTRODUCED_NUMBER = new RegExp(String.raw`(?<![\p{L}])(${NAME}),[ \t]+(?:our|the)[ \t]+(\p{Ll}[\p{L} -]{1,38}?),[ \t]+(\+?\d[\d ()-]{5,}\d)`, 'gu');
const ARTICLE = /^(?:the|a|an|our|your|their|my)\b/i;
const NOT_NAME = new RegExp(String.raw`^(?:${CALENDAR_NAMES}|today|tomorrow|tonight|everyone|anyone|someone)$`, 'iu');

/** The role the text gives `name`: "Sam (our driver)", "Sam, our driver", "our driver Sam". */
function roleOf(text: string, name: string): { value: string; index: number } | null {
  const n = escapeRegExp(name);
  const forms = [
    new RegExp(String.raw`(?<![\p{L}])${n}[ \t]*(?:\([ \t]*|,[ \t]+)(?:our|your|the)[ \t]+([\p{L}-]+)`, 'u'),
    new RegExp(String.raw`(?<![\p{L}])(?:our|your|the)[ \t]+([\p{L}-]+)[ \t]+${n}(?![\p{L}])`, 'u'),
  ];
  for (const re of forms) {
    const m = re.exec(text);
    if (m && ROLE_WORDS.test(m[1]!)) return { value: m[1]!, index: m.index + m[0].lastIndexOf(m[1]!) };
  }
  return null;
}

export function possessiveNumbers(r: Reading, country: string | null): Draft<Contact>[] {
  const text = r.source.text;
  const out: Draft<Contact>[] = [];
  for (const m of text.matchAll(POSSESSIVE_NUMBER)) {
    const name = m[1]!;
    // "The venue's number is …", "Hotel's phone: …": a place's or a desk's line, not a person's.
    if (NOT_NAME.test(name.split(/\s+/)[0]!) || ARTICLE.test(name) || namesNoPerson(name)) continue;
    const phone = normalisePhone(m[2]!, country);
    if (!phone) continue;
    const phoneAt = m.index + m[0].length - m[2]!.length;
    const draft: Draft<Contact> = {
      name: found(name, evidenceAt(r.source, [m.index, m.index + name.length], 'pattern')),
      phone: found(phone.value, evidenceAt(r.source, [phoneAt, phoneAt + m[2]!.length], 'pattern', phone.validated)),
    };
    const role = roleOf(text, name);
    if (role) draft.role = found(role.value, evidenceAt(r.source, [role.index, role.index + role.value.length], 'pattern'));
    out.push(draft);
  }
  return out;
}

/** "then Ann Lee, our production manager, 07700 …": the person introduced with role and number in one clause. */
export function introducedNumbers(r: Reading, country: string | null): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  const text = r.source.text;
  for (const m of text.matchAll(INTRODUCED_NUMBER)) {
    const [, name, role, number] = m as unknown as [string, string, string, string];
    const phone = ROLE_WORDS.test(role) && !NOT_NAME.test(name.split(/\s+/)[0]!) && !namesNoPerson(name) ? normalisePhone(number, country) : null;
    if (!phone) continue;
    const roleAt = m.index + m[0].indexOf(role, name.length);
    const phoneAt = m.index + m[0].length - number.length;
    out.push({
      name: found(name, evidenceAt(r.source, [m.index, m.index + name.length], 'pattern')),
      role: found(role, evidenceAt(r.source, [roleAt, roleAt + role.length], 'pattern')),
      phone: found(phone.value, evidenceAt(r.source, [phoneAt, phoneAt + number.length], 'pattern', phone.validated)),
    });
  }
  return out;
}
