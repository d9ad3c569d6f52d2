/**
 * A contact list laid out in tab-separated columns with no header row above it (a road sheet's
 * "CONTACTS" block): "Ana Ruiz<TAB>Régisseuse son<TAB>06 12 …<TAB>ana@…". With no header the columns
 * are told apart by their content: a person's name, a role (a role word), then phones and e-mails
 * (an empty cell written "—"). Name and role may come in either order. contact-lines.ts reads the same
 * row written without tabs; a headed table is read as records.
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseEmail, normalisePersonName, normalisePhone } from '../normalise/index.js';
import { evidenceAt, lineAt, type Reading, type Table } from '../text/index.js';
import { isRowText } from '../text/row-text.js';
import { countryOfEmail, looksLikePersonName, partiesOf, ROLE_WORDS } from './people.js';
import { partyRole } from './contact-party-role.js';
import { roleAtCompany } from './contact-role-at-company.js';
import { isCaselessName } from './role-words-asia.js';

/** Feminine and other forms ROLE_WORDS does not list. */
const MORE_ROLE = /\b(r[ée]gisseuse|charg[ée]e|directeur|directrice|productrice|administrat(?:eur|rice)|technicien(?:ne)?|ing[ée]nieure?)\b/i;
const EMPTY_CELL = /^[—–\-/.\s]*$/;
/** A column gap a scan read as marks (" ~~ ", " | ") on a tabbed row: another cell boundary. */
const OCR_COLUMN_GAP = /[ \t]+(?:~+|\|)[ \t]+/g;
// A vowel sign ending a Devanagari name ("थापा") is a mark, not a speck.
const SPECKS = /^[^\p{L}\d+(—–-]+|[^\p{L}\p{M}\d)]+$/gu;
/**
 * "Mail: ann@…" (or the address alone) on the line below a row: the row's person's e-mail. OCR may
 * set spaces around its dots and "@" ("ann. lee @venue.example"): the line holds nothing else.
 */
const MAIL_BELOW = /^[ \t]*(?:(?:e-?mail|mail)[ \t]*:[ \t]*)?(\S[^\t@]*@[^\t@]*?)[ \t.:;]*$/i;
/** A phone and an e-mail in one cell, a space apart. */
const PHONE_THEN_EMAIL = /^(\+?\(?\d[\d ().\/-]{5,}\d)[ \t]+(\S+@\S+)$/;
/** A phone cell's aside in brackets ("(after 14:00)", "(mobile)"): when to call, no part of the number. */
const PHONE_ASIDE = /\s*\([^()]*\)\s*$/;

/** Whether an e-mail's local part holds a word of the person's name of three letters or more. */
function carriesName(email: string, person: string): boolean {
  const local = email.split('@')[0]!;
  return person.toLowerCase().split(/[\s'’-]+/).some((w) => w.length >= 3 && local.includes(w));
}

/** An address OCR spaced around its dots and "@", joined again; null when the text is more than one address. */
function spacedEmail(text: string): string | null {
  const joined = text.replace(/\s*([.@])\s*/g, '$1');
  return /\s/.test(joined) ? null : normaliseEmail(joined);
}

/** The lines of `records`' cells. */
function recordLines(r: Reading, records: Table['records']): Set<number> {
  const lines = new Set<number>();
  if (!r.lines.length) return lines;
  for (const rec of records) for (const cell of rec.all) if (cell.span) lines.add(r.lines[lineAt(r.lines, cell.span[0])]!.index);
  return lines;
}

/** The lines a headed table already reads as its records: other readers leave them to it. */
function tabledLines(r: Reading): Set<number> {
  return recordLines(r, r.tables.flatMap((t) => t.records));
}

/** The lines of a name column's table rows that leave the name empty: they name no person. */
export function namelessRowLines(r: Reading): Set<number> {
  return recordLines(r, r.tables.filter((t) => t.keys.includes('name')).flatMap((t) => t.records.filter((rec) => !rec.cells.name && !rec.cells.contact)));
}

const isRole = (t: string) => (ROLE_WORDS.test(t) || MORE_ROLE.test(t)) && !/[\d@]/.test(t);
/** A Nepali or Urdu row writes its name without capitals ("बिकास थापा"): the role cell beside it vouches for it. */
const isName = (t: string) => looksLikePersonName(t) || isCaselessName(t);
/** "Role (Company) Name": the role with its bracket, then the rest of the cell. */
const ROLE_RUN_INTO_NAME = /^([^()\t]+\([^()\t]+\))[ \t]+([^()\t]+)$/;

export function fromHeadlessTabRows(r: Reading, country: string | null, used: Set<number>): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  if (isRowText(r.source)) return out;
  const tabled = tabledLines(r);
  // The contract's defined parties, read only when a row's role cell needs them (contact-party-role.ts).
  let parties: ReturnType<typeof partiesOf> | undefined;
  for (const line of r.lines) {
    if (used.has(line.index) || tabled.has(line.index) || !line.text.includes('\t') || /^\s*>/.test(line.text)) continue;
    const cells: { text: string; start: number }[] = [];
    let at = 0;
    // The gap's marks become tabs of the same length, so every cell keeps its offset.
    for (const part of line.text.replace(OCR_COLUMN_GAP, (gap) => '\t'.repeat(gap.length)).split('\t')) {
      // A scan's specks around a cell ("©0171 5550123 .", "4 Kontakt:") and a label's colon are no part of it.
      const text = part.replace(SPECKS, '').replace(/^\d[ \t]+(?=\p{L}{3})/u, '');
      if (text.trim()) cells.push({ text: text.trim(), start: line.start + at + part.indexOf(text.trim()) });
      at += part.length + 1;
    }
    // "Name, role ⇥ phone": a contract's contact line writes name and role in one cell, a comma apart.
    const joined = cells.length === 2 ? /^([^,]+),\s+([^,]+)$/.exec(cells[0]!.text) : null;
    if (joined) cells.splice(0, 1, { text: joined[1]!, start: cells[0]!.start }, { text: joined[2]!, start: cells[0]!.start + joined[0].indexOf(joined[2]!, joined[1]!.length) });
    // "Stage manager (Venue X) Ana Ruiz ⇥ phone": a long role cell ran into the name, its tab lost; the bracket ends the role.
    const runOn = cells.length === 2 || (cells.length === 3 && cells[2]!.text.includes('@')) ? ROLE_RUN_INTO_NAME.exec(cells[0]!.text) : null;
    if (runOn && isRole(runOn[1]!)) cells.splice(0, 1, { text: runOn[1]!, start: cells[0]!.start }, { text: runOn[2]!, start: cells[0]!.start + runOn[0].lastIndexOf(runOn[2]!) });
    if (cells.length < 3 || cells.length > 5) continue;
    const [a, b, ...rest] = cells as [typeof cells[0], typeof cells[0], ...typeof cells];
    const order = isName(a.text) && isRole(b.text) ? [a, b] : isRole(a.text) && isName(b.text) ? [b, a] : null;
    if (!order) continue;
    const [nameCell, roleCell] = order as [typeof a, typeof a];
    // Every other cell is a phone, an e-mail or empty: the row says nothing else.
    let email: { value: string; start: number; text: string } | null = null;
    let phoneCell: typeof a | null = null;
    let other = false;
    // "(404) 555-0199 robin@…": a scan may lose the gap between the phone's column and the e-mail's.
    const split = rest.flatMap((c) => {
      const m = PHONE_THEN_EMAIL.exec(c.text);
      return m ? [{ text: m[1]!, start: c.start }, { text: m[2]!, start: c.start + c.text.lastIndexOf(m[2]!) }] : [c];
    });
    for (const c of split) {
      if (EMPTY_CELL.test(c.text)) continue;
      const e = c.text.includes('@') ? normaliseEmail(c.text) ?? spacedEmail(c.text) : null;
      if (e) { email ??= { value: e, start: c.start, text: c.text }; continue; }
      const number = c.text.replace(PHONE_ASIDE, '');
      // The area code may open in brackets: "(720) 555-0148".
      if (/^[+(\d][\d ().\/-]{5,}\d$/.test(number) && !phoneCell) { phoneCell = { ...c, text: number }; continue; }
      other = true;
    }
    if (other || (!email && !phoneCell)) continue;
    const phone = phoneCell ? normalisePhone(phoneCell.text, countryOfEmail(email?.value) ?? country) : null;
    if (!email && !phone?.validated) continue;
    const person = normalisePersonName(nameCell.text);
    if (!person) continue;
    const span = (c: { start: number; text: string }): [number, number] => [c.start, c.start + c.text.length];
    const draft: Draft<Contact> = {
      name: found(person, evidenceAt(r.source, span(nameCell), 'pattern')),
      role: found(roleCell.text, evidenceAt(r.source, span(roleCell), 'pattern')),
    };
    // "Organisateur — régie générale": the party a role opens with is the person's company (contact-party-role.ts).
    const party = partyRole(roleCell.text, parties ??= partiesOf(r.source.text, r.lines));
    // "TM (Acme Touring)": the organisation the role is held at in brackets (contact-role-at-company.ts).
    const held = party ? null : roleAtCompany(roleCell.text);
    if (party) {
      draft.role = found(party.role, evidenceAt(r.source, span({ start: roleCell.start + party.roleAt, text: party.role }), 'pattern'));
      draft.company = found(party.company, evidenceAt(r.source, span(roleCell), 'inferred'));
    } else if (held) {
      draft.role = found(held.role, evidenceAt(r.source, span({ start: roleCell.start, text: held.role }), 'pattern'));
      draft.company = found(held.company, evidenceAt(r.source, span({ start: roleCell.start + roleCell.text.lastIndexOf(held.company), text: held.company }), 'pattern'));
    }
    const below = email ? null : r.lines[line.index + 1];
    const mail = below && !below.text.includes('\t') ? MAIL_BELOW.exec(below.text) : null;
    const spaced = mail ? spacedEmail(mail[1]!) : null;
    // Without its label the address is the person's only when it carries their name ("jo.pike@…" under Jo Pike).
    const labelled = !!mail && /^\s*(?:e-?mail|mail)\s*:/i.test(below!.text);
    const mailValue = spaced && (labelled || carriesName(spaced, person)) ? spaced : null;
    if (mail && mailValue) {
      const start = below!.start + mail.index + mail[0].indexOf(mail[1]!);
      email = { value: mailValue, start, text: mail[1]! };
      used.add(below!.index);
    }
    if (email) draft.email = found(email.value, evidenceAt(r.source, span(email), 'pattern', true));
    if (phone) draft.phone = found(phone.value, evidenceAt(r.source, span(phoneCell!), 'pattern', phone.validated));
    out.push(draft);
    used.add(line.index);
  }
  return out;
}
