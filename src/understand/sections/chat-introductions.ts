/**
 * How people in a group chat say who they are: "Dana, TM for Gully Static" (the writer's first
 * name, role and company), "Tui's your runner" (another writer introducing someone by role), "Arlo
 * our FOH" (a person named, then their role). Kept apart from chat-contacts.ts, which decides whose
 * number a message gives.
 */
import { ROLE_WORDS } from './people.js';
import { escapeRegExp } from '../text/index.js';

export interface Hit { value: string; index: number }

const COMPANY = String.raw`(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,4})`;
/** Words for "for/at" between a role and the company: "TM for X", "production at X", Tagalog "coordinator ng X" (of). */
const AT_COMPANY = String.raw`(?:for|at|from|with|@|bei|für|för|på|hos|para|en|pour|chez|per|presso|voor|bij|vom|von|ng)`;

/** Words up to the last role word among them ("production manager", not "… on the night"). */
export function roleWords(text: string): string | null {
  const words = text.split(/\s+/);
  let last = -1;
  words.forEach((w, i) => { if (ROLE_WORDS.test(w)) last = i; });
  return last < 0 ? null : words.slice(0, last + 1).join(' ');
}

/** "Dana, TM for Gully Static", "Mel Ito here, production at Tallow Room", Tagalog "Bea po, TM ng X" (po: politeness): the writer's name, a comma, their role and company. */
export function selfNamed(text: string, sender: string): { role: Hit; company: Hit } | null {
  const first = escapeRegExp(sender.split(/\s+/)[0]!);
  const m = new RegExp(String.raw`(?<![\p{L}])${first}(?:\s+\p{Lu}[\p{L}'’-]+){0,2}?(?:\s+(?:here|hier|här|her|aquí|ici|qui|po))?,\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+${AT_COMPANY}\s+(?:the\s+)?${COMPANY}`, 'u').exec(text);
  const role = m ? roleWords(m[1]!) : null;
  if (!m || !role || role !== m[1]) return null;
  return {
    role: { value: role, index: m.index + m[0].indexOf(m[1]!, first.length) },
    // "production at Tallow Room. Plan for Sat:": the company ends with its sentence.
    company: { value: m[2]!.split(/\.\s/)[0]!.replace(/\.$/, ''), index: m.index + m[0].lastIndexOf(m[2]!) },
  };
}

/** "Ramon Cruz here, driver.", Tagalog "Ramon po, driver": the writer's name, a comma and a role alone closing the sentence. */
export function selfNamedRole(text: string, sender: string): Hit | null {
  const first = escapeRegExp(sender.split(/\s+/)[0]!);
  const m = new RegExp(String.raw`(?<![\p{L}])${first}(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:\s+(?:here|hier|här|her|aquí|ici|qui|po))?,\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s*(?:[.!\n]|$)`, 'u').exec(text);
  const role = m ? roleWords(m[1]!) : null;
  return m && role && role === m[1] ? { value: role, index: m.index + m[0].lastIndexOf(m[1]!) } : null;
}

/** "Tui's your runner", "Jonas is your driver", "Ana es tu chófer": someone named by first name and given a role. */
export function introducedRole(text: string, firstName: string): Hit | null {
  const m = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(firstName)}(?:['’]s|\s+(?:is|will be|ist|är|er|es|est|è))\s+(?:your|our|the|dein|euer|unser|din|tu|su|votre|ton|il|vostro|jullie)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)`, 'iu').exec(text);
  const role = m ? roleWords(m[1]!) : null;
  return m && role ? { value: role, index: m.index + m[0].length - m[1]!.length } : null;
}

/** "@Dana Holm = venue production manager": a channel's opening post pairs each member with a role by "=". */
export function equatedRole(text: string, sender: string): Hit | null {
  const m = new RegExp(String.raw`(?<![\p{L}])@?${escapeRegExp(sender)}[^\S\n]*=[^\S\n]*((?:[\p{L}-]+[^\S\n]+){0,2}[\p{L}-]+)`, 'u').exec(text);
  const role = m ? roleWords(m[1]!) : null;
  return m && role ? { value: role, index: m.index + m[0].length - m[1]!.length } : null;
}

/** "Arlo our FOH", "Lena, unsere Fahrerin", "Toni is our runner": a capitalised first name, then "our/your" and a role word. */
const PERSON_THEN_ROLE = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{2,})?),?\s+(?:(?:is|ist|es|est|er|är)\s+)?(?:our|your|the|unser\w*|eu(?:er|re)|vår|vores|nuestro|nuestra|notre|nostro|nostra|onze)\s+([\p{L}-]+)(?![\p{L}])/gu;

export function personThenRole(text: string): { name: Hit; role: Hit } | null {
  const m = [...text.matchAll(PERSON_THEN_ROLE)].filter((p) => ROLE_WORDS.test(p[2]!)).pop();
  if (!m) return null;
  return { name: { value: m[1]!, index: m.index }, role: { value: m[2]!, index: m.index + m[0].length - m[2]!.length } };
}
