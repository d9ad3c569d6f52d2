/**
 * A questionnaire's answer about a person: "Name of your tour manager + mobile" over "Ana Ruiz,
 * 07700 900123, ana@…". The answer is the contact, read as a labelled value; the role the question
 * asks about is theirs ("Tour manager"), unless the answer gives their own ("Bo Ek (FOH engineer)").
 * A question asking only for "a contact" names no role.
 */
import type { Contact } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { questionAnswers, type Reading } from '../text/index.js';
import { contactIn, ROLE_WORDS } from './people.js';

/** An e-mail or a phone's digits in the answer. */
const REACH = /@|\d(?:[ ./()-]*\d){6,}/;

/** Words around a role noun that are not part of the role ("name of your tour manager", "other contact"). */
const NOT_ROLE_WORD = /^(?:your|our|the|a|an|of|and|or|name|names|other|another|main|any|who|is|\+)$/i;

const GENERIC_ROLE = /^(?:contacts?|kontakt|contacto|person)$/i;

/**
 * The role a question asks about, capitalised: its role words ("production manager"), or one role
 * noun with the word before it ("tour manager").
 */
export function roleAskedFor(question: string): string | null {
  const words = question.replace(/\([^()]*\)/g, ' ').split(/\s+/).filter(Boolean).map((w) => w.replace(/[^\p{L}-]+$/u, ''));
  const at = words.findIndex((w) => ROLE_WORDS.test(w));
  if (at < 0) return null;
  let end = at;
  while (end + 1 < words.length && ROLE_WORDS.test(words[end + 1]!)) end++;
  if (GENERIC_ROLE.test(words[end]!)) return null;
  const before = end === at && at > 0 && !NOT_ROLE_WORD.test(words[at - 1]!) && /^\p{L}[\p{L}-]*$/u.test(words[at - 1]!) ? [words[at - 1]!] : [];
  const role = [...before, ...words.slice(at, end + 1)].join(' ');
  return role.charAt(0).toUpperCase() + role.slice(1);
}

export function fromContactAnswers(r: Reading, country: string | null, used: Set<number>): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  for (const qa of questionAnswers(r.source, r.lines)) {
    if (!ROLE_WORDS.test(qa.label) || !REACH.test(qa.value)) continue;
    const draft = contactIn(r.source, qa.value, qa.span[0], 'label', { role: roleAskedFor(qa.label), country });
    if (!draft?.name || !(draft.email || draft.phone)) continue;
    out.push(draft);
    // The answer's lines are read: the prose reading does not take them again.
    for (const line of r.lines) if (line.index >= qa.line.index && line.start <= qa.span[1]) used.add(line.index);
  }
  return out;
}
