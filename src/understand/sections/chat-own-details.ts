/**
 * More ways a chat writer gives their own details (chat-contacts.ts decides whose they are):
 * - "Lee here, tour manager for Paper Kites, cell +44 …": a number the writer's self-introduction
 *   runs on to, after a comma, is theirs;
 * - "anything else to lee.marsh@example.org": an e-mail address in the writer's own message whose
 *   name part is the writer's first name or surname is theirs;
 * - "I'm Northside Live's promoter": the role the writer gives themself, with the company it belongs to;
 * - "mail the contract to sadiq.kankia@…": an address naming the writer in full (first name and surname) is
 *   theirs even with no "my e-mail" before it (fullNameEmail).
 */
import { selfNamed, roleWords, type Hit } from './chat-introductions.js';

/** ", cell …", ", mob: …": a number word opening a clause. */
const COMMA_REACH = /,[^\S\n]*(?:mob|mobile|cell|phone|tel)\.?(?:[^\S\n]*:)?[^\S\n]*(?=\+?\d)/giu;

/** The ", cell " a writer's self-introduction runs on to, in the same sentence. */
export function introducedReach(text: string, sender: string): RegExpExecArray | null {
  const named = selfNamed(text, sender);
  if (!named) return null;
  const after = named.company.index + named.company.value.length;
  COMMA_REACH.lastIndex = after;
  const m = COMMA_REACH.exec(text);
  COMMA_REACH.lastIndex = 0;
  // Nothing but the clause's own words between: no sentence end, no other number.
  return m && !/[.!?\n\d]/u.test(text.slice(after, m.index)) ? m : null;
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/gu;

function folds(word: string): string[] {
  const lower = word.toLowerCase().replace(/ß/g, 'ss');
  const plain = lower.normalize('NFD').replace(/\p{M}/gu, '');
  const spelled = lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').normalize('NFD').replace(/\p{M}/gu, '');
  return [...new Set([plain, spelled])];
}

/** The e-mail address in `text` whose name part holds the sender's first name or surname. */
export function ownEmail(text: string, sender: string): Hit | null {
  const names = sender.split(/\s+/).filter((w) => w.length >= 3).flatMap(folds);
  for (const m of text.matchAll(EMAIL)) {
    const local = m[0].split('@')[0]!.toLowerCase();
    if (names.some((n) => local.split(/[._+-]/).includes(n))) return { value: m[0], index: m.index };
  }
  return null;
}

/** The e-mail address in `text` whose whole name part is the sender's given name ("ola@…" written by Ola Berg). */
export function givenNameEmail(text: string, sender: string): Hit | null {
  const given = sender.split(/\s+/)[0]!;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(given) || !/\s/.test(sender.trim())) return null;
  for (const m of text.matchAll(EMAIL)) {
    if (folds(given).includes(m[0].split('@')[0]!.toLowerCase())) return { value: m[0], index: m.index };
  }
  return null;
}

/** The e-mail address in `text` whose name part holds both the sender's first name and surname ("sadiq.kankia@…"). */
export function fullNameEmail(text: string, sender: string): Hit | null {
  const words = sender.split(/\s+/).filter((w) => /^\p{L}[\p{L}'’-]+$/u.test(w));
  if (words.length < 2) return null;
  const [first, last] = [folds(words[0]!), folds(words.at(-1)!)];
  for (const m of text.matchAll(EMAIL)) {
    const parts = m[0].split('@')[0]!.toLowerCase().split(/[._+-]/);
    if (first.some((f) => parts.includes(f)) && last.some((l) => parts.includes(l))) return { value: m[0], index: m.index };
  }
  return null;
}

const COMPANY = String.raw`(\p{Lu}[\p{L}'’&.-]*?(?:\s+\p{Lu}[\p{L}'’&.-]*?){0,4})`;

/** "I'm Northside Live's promoter": the role the writer names after their company's possessive. */
export function possessiveRole(text: string): { role: Hit; company: Hit } | null {
  const m = new RegExp(String.raw`(?<![\p{L}])(?:I['’]m|I am)\s+${COMPANY}['’]s\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)`, 'u').exec(text);
  const role = m ? roleWords(m[2]!) : null;
  if (!m || !role) return null;
  return {
    company: { value: m[1]!, index: m.index + m[0].indexOf(m[1]!) },
    role: { value: role, index: m.index + m[0].length - m[2]!.length },
  };
}
