/**
 * A contact list's line about one person with no header row above it: "Promoter  Ana Ruiz  0612 345 678
 * ana@…", "Venue production Ben Ory 086 555 0100" — the role, the name, then a phone and/or e-mail,
 * in columns or (as OCR reads columns) with single spaces. The role is the words before the name, or
 * the words after it and a comma ("Ana Ruiz, driver (Taxi Nord) – 0612 …", the company in brackets).
 * The line says nothing else, and the phone must be valid (or written with its country code) unless an
 * e-mail is given.
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { EMAIL_IN_TEXT, PHONE_IN_TEXT, normaliseEmail, normalisePersonName, normalisePhone } from '../normalise/index.js';
import { evidenceAt, type Line, type Reading } from '../text/index.js';
import { countryOfEmail, looksLikePersonName, ROLE_WORDS, titleCase } from './people.js';
import { isRowText } from '../text/row-text.js';
import { vouchedPhone } from './phone-vouched.js';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { labelKey } from '../text/lexicon.js';
import { isCaselessName } from './role-words-asia.js';
import { withReachBelow } from './contact-reach-below.js';

/** A number the numbering plan finds possible, though perhaps in a range it leaves unassigned (phone-vouched.ts). */
const isPossiblePhone = (raw: string, country: string | null) => vouchedPhone('', raw, country, true);

interface Reach { text: string; index: number }

/** The e-mails and phones of a line, in order. */
function reachesIn(text: string): Reach[] {
  const emails = [...text.matchAll(EMAIL_IN_TEXT)].map((m) => ({ text: m[0], index: m.index }));
  const blanked = emails.reduce((t, e) => t.slice(0, e.index) + ' '.repeat(e.text.length) + t.slice(e.index + e.text.length), text);
  // "(077) 52-…": the bracket opening an area code belongs to the number.
  const phones = [...blanked.matchAll(PHONE_IN_TEXT)].map((m) => (blanked[m.index - 1] === '(' && /^\d+\)/.test(m[0])
    ? { text: `(${m[0]}`, index: m.index - 1 } : { text: m[0], index: m.index }));
  return [...emails, ...phones].sort((a, b) => a.index - b.index);
}

/**
 * "Venue production Ben Ory" → role "Venue production", name "Ben Ory": the shortest role ending in a
 * role word that leaves a person's name. Written in columns, the two columns are role and name.
 */
function splitRoleAndName(head: string): { role: string; name: string } | null {
  const isSplit = (role: string, name: string) => ROLE_WORDS.test(role.split(/\s+/).pop()!)
    && looksLikePersonName(name) && !ROLE_WORDS.test(name) && name.split(/\s+/).length <= 3;
  const columns = head.split(/ {2,}/);
  if (columns.length > 1) return columns.length === 2 && isSplit(columns[0]!, columns[1]!) ? { role: columns[0]!, name: columns[1]! } : null;
  const words = head.split(/\s+/);
  for (let k = 1; k <= Math.min(4, words.length - 2); k++) {
    const [role, name] = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    if (isSplit(role, name)) return { role, name };
  }
  return null;
}

const NAME_COMMA_ROLE = /^([^,()]+),\s*([^,()]+?)(?:\s*\(([^()]+)\))?$/u;

/**
 * "Sigrún Helgadóttir, tæknistjóri", "Ana Ruiz, driver (Taxi Nord)": the name first, the role after a
 * comma, and the company the role is with in brackets or after a lower-case role.
 */
function nameThenRole(head: string): { role: string; name: string; company?: string } | null {
  const m = NAME_COMMA_ROLE.exec(head);
  const [name, role] = [m?.[1]?.trim() ?? '', m?.[2]?.trim() ?? ''];
  if (!m || !looksLikePersonName(name) || name.split(/\s+/).length > 4 || !ROLE_WORDS.test(role) || ROLE_WORDS.test(name)) return null;
  if (m[3]) return { name, role, company: m[3].trim() };
  // "production manager De Ketelzaal": a role in lower case runs on into where it is held.
  const heldAt = /^(\p{Ll}[^\p{Lu}]*?)\s+(\p{Lu}.*)$/u.exec(role);
  return heldAt && ROLE_WORDS.test(heldAt[1]!) ? { name, role: heldAt[1]!, company: heldAt[2]! } : { name, role };
}

/** A crew sheet names a runner or driver by the given name alone ("Runner – Jess"): one capitalised word, no label. */
const isGivenName = (text: string) => /^\p{Lu}\p{Ll}{2,14}$/u.test(text.trim()) && !labelKey(text.trim());

/** "Production manager – Noa Peretz", "מנהל הפקה – נועה פרץ": the role, a spaced dash, the name. */
function roleDashName(head: string): { role: string; name: string; company?: string } | null {
  const m = /^([^,()–—]+?)\s+[–—-]\s+([^,()–—]+)$/u.exec(head);
  if (!m || !ROLE_WORDS.test(m[1]!) || m[1]!.split(/\s+/).length > 4 || !(looksLikePersonName(m[2]!) || isGivenName(m[2]!)) || ROLE_WORDS.test(m[2]!)) return null;
  return { role: m[1]!.trim(), name: m[2]!.trim() };
}

/**
 * "Sam Ortiz – Driver", "Đỗ Minh – Tài xế", "Ivo Lenz – house engineer, Zinc Hall" (or "(Zinc Hall)"): the name, a spaced dash, the role, maybe where it is held.
 * A name in another script may carry its Latin spelling in brackets ("Արամ Սարգսյան (Aram Sargsyan) – …"): the Latin one is kept.
 * Urdu writes names without capitals, a driver often by one name ("فیصل – ڈرائیور"): the role after the dash vouches for it.
 * A lower-case remark in brackets stays with the role ("Tom Eck – runner (show day)").
 */
function nameDashRole(head: string): { role: string; name: string; company?: string } | null {
  const m = /^([^,()–—]+?)(?:\s*\(([^()]+)\))?\s+[–—-]\s+([^,()–—]+?(?:\s*\(\p{Ll}[^()]*\))?)(?:,\s*(\p{Lu}[^,()–—]{1,40})|\s*\((\p{Lu}[^,()–—]{1,40})\))?$/u.exec(head);
  const latin = m?.[2] && !/\p{Script=Latin}/u.test(m[1]!) && /^[\p{Script=Latin}\s'’.-]+$/u.test(m[2]) && looksLikePersonName(m[2]) ? m[2].trim() : null;
  const isName = (t: string) => looksLikePersonName(t) || isCaselessName(t, 1);
  if (!m || (m[2] && !latin) || !isName(m[1]!) || ROLE_WORDS.test(m[1]!) || m[1]!.split(/\s+/).length > 4 || !ROLE_WORDS.test(m[3]!) || m[3]!.split(/\s+/).length > 5) return null;
  const name = latin ?? m[1]!.trim();
  const company = m[4] ?? m[5];
  return company ? { name, role: m[3]!.trim(), company: company.trim() } : { name, role: m[3]!.trim() };
}

/** "Mira (production) – 0612 …", "Ivo (house sound, Zinc Hall) – …": a name, then its role (and where it is held) in brackets. */
function nameBracketRole(head: string): { role: string; name: string; company?: string } | null {
  const m = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\s*\(([^(),]+?)(?:,\s*(\p{Lu}[^(),]{1,40}))?\)$/u.exec(head);
  if (!m || !(looksLikePersonName(m[1]!) || isGivenName(m[1]!)) || ROLE_WORDS.test(m[1]!) || !ROLE_WORDS.test(m[2]!) || m[2]!.split(/\s+/).length > 5) return null;
  return m[3] ? { name: m[1]!, role: m[2]!.trim(), company: m[3].trim() } : { name: m[1]!, role: m[2]!.trim() };
}

/** The phone or e-mail label written just before a number or address ("tel.: ", "E-mail: ", "հեռ.՝ "), after a separator. */
/**
 * A hyphen only within a word ("E-mail"): a spaced one parts columns ("promoter - cell 0612 …"); so does a run of
 * spaces ("Stage manager   GSM 0475 …": the label is "GSM").
 */
const REACH_LABEL = /(?<=^|[\s,;|–—])(\p{L}(?:[\p{L}.]|[ -](?=\p{L})){0,14}?)[.:՝]*\s*$/u;

/** The line with each phone's and e-mail's own label blanked out (offsets kept): "Name – role, tel.: …" reads as "Name – role, …". */
function withoutReachLabels(text: string, reaches: Reach[]): string {
  let out = text;
  for (const reach of reaches) {
    const before = out.slice(Math.max(0, reach.index - 24), reach.index);
    const m = REACH_LABEL.exec(before);
    const key = m ? labelKey(m[1]!.trim()) : null;
    if (!m || (key !== 'phone' && key !== 'email')) continue;
    const from = reach.index - before.length + m.index;
    out = out.slice(0, from) + ' '.repeat(reach.index - from) + out.slice(reach.index);
  }
  return out;
}

function contactOfLine(r: Reading, line: Line, country: string | null): Draft<Contact> | null {
  const reaches = reachesIn(line.text);
  if (!reaches.length) return null;
  const text = withoutReachLabels(line.text, reaches);
  const headRaw = text.slice(0, reaches[0]!.index);
  // Between and after the phone and e-mail only spaces or a separator: nothing else is said.
  const rest = reaches.reduce((t, x) => t.slice(0, x.index) + ' '.repeat(x.text.length) + t.slice(x.index + x.text.length), text).slice(headRaw.length);
  // "Driver – Avi Dahan, 050…, avi@…": commas may stand between them too.
  // A remark on the number in brackets may close the line ("(also on WhatsApp)").
  // Urdu writes its comma "،".
  // A hyphen spaced between them parts them as a dash does ("0475 … - ana@…").
  if (/[^\s|/·•–—,،-]/.test(rest.replace(/\([^()]*\)\s*$/, ''))) return null;
  // "Sigrún Helgadóttir, tæknistjóri – +354 … – sigrun@…": a dash may stand between the columns.
  // A list's bullet ("- ", "• ") opens the line, not the name.
  // "فیصل – ڈرائیور: 0300 …": a colon may close the head as a label's does.
  // "Ana Ruiz - promoter - cell 0612 …": notes typed on a keyboard part the columns with a spaced hyphen.
  const head = headRaw.trim().replace(/^[-–—•·*▪]\s+/u, '').replace(/\s*(?:\s[-–—·•|]|,|:)$/, '');
  const named = nameThenRole(head) ?? roleDashName(head) ?? nameDashRole(head) ?? nameBracketRole(head);
  if (!named && /[\d:,;@()]/.test(head)) return null;
  const split = named ?? splitRoleAndName(head);
  if (!split) return null;
  const at = (part: string, from = 0): [number, number] => {
    const i = line.start + line.text.indexOf(part, from);
    return [i, i + part.length];
  };
  const emailReach = reaches.find((x) => x.text.includes('@'));
  const email = emailReach ? normaliseEmail(emailReach.text) : null;
  const phoneReach = reaches.find((x) => !x.text.includes('@'));
  const phone = phoneReach ? normalisePhone(phoneReach.text, countryOfEmail(email) ?? country) : null;
  // A number written with its country code is meant as a phone, even in a range the plan keeps unassigned;
  // so is one after a role, a dash and a name ("RUNNER – Jess 07700 900…"), the role standing as its label.
  const vouched = phone && (/^(?:\+|00)/.test(phoneReach!.text) || (named && !named.company && /\s[–—-]\s/.test(head) && isPossiblePhone(phoneReach!.text, country)));
  if (!email && !phone?.validated && !vouched) return null;
  const person = normalisePersonName(split.name);
  if (!person) return null;
  // A role in capitals ("STAGE MANAGER") is written as a heading; an abbreviation ("TM") stays.
  const role = split.role === split.role.toUpperCase() && /\p{L}{4}/u.test(split.role) ? titleCase(split.role) : split.role;
  const draft: Draft<Contact> = {
    name: found(person, evidenceAt(r.source, at(split.name, split.role.length), 'pattern')),
    role: found(role, evidenceAt(r.source, at(split.role), 'pattern')),
  };
  if (named?.company) draft.company = found(named.company, evidenceAt(r.source, at(named.company), 'pattern'));
  if (email) draft.email = found(email, evidenceAt(r.source, at(emailReach!.text), 'pattern', true));
  if (phone) draft.phone = found(phone.value, evidenceAt(r.source, at(phoneReach!.text), 'pattern', phone.validated));
  return draft;
}

/**
 * The one country the list's international numbers all dial ("+91 …" on every line that has a code): a
 * number without its code on a neighbouring line is in that country too.
 */
function countryOfListedNumbers(lines: Line[]): string | null {
  const codes = new Set(lines.flatMap((l) => [...l.text.matchAll(PHONE_IN_TEXT)])
    .filter((m) => m[0].trim().startsWith('+')).map((m) => parsePhoneNumberFromString(m[0].trim())?.country ?? null));
  const [only] = codes;
  return codes.size === 1 && only ? only : null;
}

/**
 * The contact lines of the message itself, or (`quoted`) those of the older messages it quotes ("> Ana Ruiz –
 * driver – 0612 …"), read with their quote markers blanked: read after the signatures, as a newer message's
 * signature says better what the person's title is now.
 */
export function fromContactLines(r: Reading, documentCountry: string | null, used: Set<number>, quoted = false): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  // A spreadsheet's rows are read as its table's records.
  if (isRowText(r.source)) return out;
  const country = documentCountry ?? countryOfListedNumbers(r.lines);
  for (const line of r.lines) {
    // Tab-separated cells are a table's row, read as its record.
    if (used.has(line.index) || line.text.includes('\t') || /^\s*>/.test(line.text) !== quoted) continue;
    const draft = contactOfLine(r, { ...line, text: line.text.replace(/^(?:[ \t]*>)+/, (q) => ' '.repeat(q.length)) }, country);
    if (draft) { out.push(draft); used.add(line.index); continue; }
    // "Name – role" over an indented "GSM … – e-mail" line: one person in two lines (contact-reach-below.ts).
    const joined = quoted ? null : withReachBelow(r, line);
    const pair = joined && !used.has(line.index + 1) && !joined.text.includes('\t') ? contactOfLine(r, joined, country) : null;
    if (pair) { out.push(pair); used.add(line.index); used.add(line.index + 1); }
  }
  return out;
}
