/**
 * contacts: people with a phone or e-mail, or listed as contacts. Four readings per source:
 *
 *   tables      a header row with name and phone/e-mail/role columns (contact sheets)
 *   labels      "Promoter: Greta Aalto, Zollhaus Kultur GmbH, +49 …, greta@…" (the label is the role),
 *               and runs of Name:/Phone:/E-mail:/Role: lines that describe one person
 *   lines       "Promoter  Greta Aalto  0761 555 0190": role, name, phone/e-mail (contact-lines.ts)
 *   signatures  the block after "Best," / "Mvh" / "-- " in each message of an e-mail thread
 *   prose       "Our stage manager on the day is Paul Ritter, 07621 555 0144, paul@…"
 *   chats       a chat message's sender who writes "my mobile is …" (chat-contacts.ts)
 *
 * Phones without a country code take the country of the person's e-mail domain, else the show's.
 * A contact's company is the one written next to them (or the organisation their e-mail's domain names
 * in the source): a colleague's company is not theirs.
 * A hotel's or restaurant's own number is not a contact: a contact needs a person's name.
 */
import { englishHalf, labelKey } from '../text/lexicon.js';
import { withTimetableBreaks } from './timetable-breaks.js';
import { roleCommaCompany } from './contact-role-comma-company.js';
import { roleAtCompany } from './contact-role-at-company.js';
import { withNicknames } from './contact-nickname.js';
import { driverRemarks } from './contact-driver-remark.js';
import type { Contact, ExtractedSource } from '../../interfaces.js';
import type { SectionExtractor } from '../context.js';
import { found, type Draft } from '../found.js';
import { companiesOfRideDrivers } from './contact-ride-drivers.js';
import { numberThenPersonContacts } from './contact-number-then-person.js';
import { EMAIL_IN_TEXT, normaliseEmail, normalisePersonName, normalisePhone, normaliseText } from '../normalise/index.js';
import { countryCode, foldText } from '../../reference/index.js';
import { evidenceAt, inHeaderBlock, isAttribution, isMenuBar, isNotApplicable, lineAt, read, signOffAbovePaste, type EmailMessage, type Labelled, type Reading, type Table, type TableCell, type TableRecord } from '../text/index.js';
import { manifestLines } from './party-manifest.js';
import { CALENDAR_NAMES } from '../text/lexicon.js';
import { runningLines } from '../text/page-furniture.js';
import { isPersonRow } from './contact-desks.js';
import { isCompanyName } from './contact-company-sense.js';
import { personIndex } from './contact-role-company.js';
import { signatureColumns } from './contact-signature-columns.js';
import { companiesByPartyHeading } from './contact-party-blocks.js';
import { partyRole } from './contact-party-role.js';
import { contactIn, countryOfEmail, hasLegalForm, isJobTitle, legalFormFollows, looksLikePersonName, organisationOfEmail, organisationsIn, partiesOf, partyKey, ROLE_WORDS } from './people.js';
import { fromChatTurns, withWritersIntroductions } from './chat-contacts.js';
import { introducedNumbers, possessiveNumbers } from './contact-possessive-number.js';
import { fromContactLines } from './contact-lines.js';
import { fromEqualsLines } from './contact-equals-lines.js';
import { fromHeadlessTabRows, namelessRowLines } from './contact-tab-rows.js';
import { fromContactCells } from './contact-cells.js';
import { laterCellContacts } from './contact-party-columns.js';
import { representedBy } from './contact-represented-by.js';
import { categorise } from './documents.js';
import { fromRoleColumns } from './contact-role-columns.js';
import { fromHangingContacts } from './contact-hanging.js';
import { detailRowsBelow, withDetailRows } from './contact-detail-rows.js';
import { detailBeside } from './contact-detail-beside.js';
import { isStreetAddress, placeOf } from './place.js';
import { addresses } from './travel/phrases.js';
import { BOOKER_LABEL, YOUR_DETAILS } from './booker-labels.js';
import { fromContactAnswers } from './contact-answers.js';
import { insideBracket, isBracketTail, joinWrappedBrackets, proseClauses, withListBreaks } from './contact-prose.js';
import { proseOf } from './schedule.js';
import { typedContacts } from './typed-rows.js';
import { typedPocContacts } from './typed-poc.js';
import { agendaContacts } from './contact-agenda.js';
import { isRowText } from '../text/row-text.js';
import { blankOtherScript, isTwoScriptSignature, latinLines } from './contact-two-script-signature.js';
import { latinNameCell } from './contact-latin-name.js';
import { isAddressPiece } from './contact-address-name.js';
import { hostCardContacts } from './contact-host-card.js';

/** The country most of a table's e-mail addresses name (".ch"), when they mostly agree: a national contact sheet. */
function countryOfSheet(table: Table): string | null {
  const countries = table.records.map((rec) => countryOfEmail(rec.cells.email ? normaliseEmail(rec.cells.email.value) : null)).filter((c): c is string => !!c);
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [top, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return top && n >= 2 && n * 2 > countries.length ? top : null;
}

function fromTables(r: Reading, showCountry: string | null): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  const stages = r.labelled.filter((l) => l.key === 'stage').map((l) => l.value);
  for (const table of r.tables) {
    // A column of phones or e-mails, or one holding both (text/phone-email-column.ts).
    if (!table.keys.includes('phone') && !table.keys.includes('email') && !table.records.some((rec) => rec.cells.phone)) continue;
    const country = countryOfSheet(table) ?? showCountry;
    for (const rec of table.records) {
      const party = rec.cells.name || rec.cells.contact ? undefined : partyCell(rec);
      const written = rec.cells.name ?? rec.cells.contact ?? party;
      // "ນາງ ສຸດາ (Suda)": a name in the local script keeps its Latin spelling (contact-latin-name.ts).
      const nameCell = written ? latinNameCell(written) : undefined;
      // "Ana Sala – Kesselhaus Booking" in the name column: the person, then the firm they are with (or their role).
      const dashed = nameCell ? personDashTail(nameCell.value) : null;
      const name = nameCell ? normalisePersonName(dashed?.person ?? nameCell.value) : null;
      if (!name || !nameCell) continue;
      // A desk ("Box Office") or a note row without phone or e-mail ("Wi-Fi", "Parking") is no person.
      if (!isPersonRow(name, /\d|@/.test(`${rec.cells.phone?.value ?? ''} ${rec.cells.email?.value ?? ''}`), nameCell.value)) continue;
      const ev = (span: [number, number] | null, validated: boolean | null = null) => evidenceAt(r.source, span, 'table', validated);
      const draft: Draft<Contact> = { name: found(name, ev(nameCell.span)) };
      const email = rec.cells.email ? normaliseEmail(rec.cells.email.value) : null;
      if (email) draft.email = found(email, ev(rec.cells.email!.span, true));
      // A contact sheet's country column says whose national number a phone without a code is.
      const rowCountry = rec.cells.country ? countryCode(rec.cells.country.value) : null;
      const phone = rec.cells.phone ? normalisePhone(rec.cells.phone.value, rowCountry ?? countryOfEmail(email) ?? country) : null;
      if (phone) draft.phone = found(phone.value, ev(rec.cells.phone!.span, phone.validated));
      for (const key of ['role', 'company'] as const) {
        const cell = rec.cells[key] ?? (key === 'role' && party ? rec.cells.schedule_item : undefined);
        const text = cell ? normaliseText(cell.value) : null;
        // A dash or "n/a" fills an empty cell ("—"): no value.
        if (text && /[\p{L}\d]/u.test(text) && !isNotApplicable(text)) draft[key] = found(text, ev(cell!.span));
      }
      // "Ana Sala (Kesselhaus Booking)" in the name column: the capitalised bracket is the company the person is with;
      // "Jo Marsh (Vocals)" names what a band member plays, their role.
      const played = PLAYED_ASIDE.exec(nameCell.value);
      if (played && nameCell.span && !draft.role) {
        const at = nameCell.span[0] + played.index + 1;
        draft.role = found(played[1]!.trim(), ev([at, at + played[1]!.trim().length]));
      }
      for (const key of ['company', 'role'] as const) {
        const tail = dashed?.[key];
        if (!tail || !nameCell.span || draft[key]) continue;
        const at = nameCell.span[0] + nameCell.value.lastIndexOf(tail);
        draft[key] = found(tail, ev([at, at + tail.length]));
      }
      const withCompany = draft.company || played ? null : roleAtCompany(nameCell.value);
      if (withCompany && nameCell.span) {
        const at = nameCell.span[0] + nameCell.value.indexOf(withCompany.company);
        draft.company = found(withCompany.company, ev([at, at + withCompany.company.length]));
      }
      const roleHeader = table.header[table.keys.indexOf('role')] ?? '';
      const held = !draft.company && draft.role ? roleAtCompany(draft.role.value) ?? roleThenCompany(draft.role.value, roleHeader) ?? roleCommaCompany(draft.role.value, stages) : null;
      if (held && rec.cells.role?.span) {
        const at = rec.cells.role.span[0] + rec.cells.role.value.indexOf(held.company);
        draft.role = found(held.role, ev([rec.cells.role.span[0], rec.cells.role.span[0] + held.role.length]));
        draft.company = found(held.company, ev([at, at + held.company.length]));
      }
      out.push(draft);
    }
  }
  return out;
}

/**
 * A sheet's one column for each row's place or named party ("Where / Name", lexicon.ts) names the person
 * on a row with a phone or e-mail in it ("Promoter ⇥ ⇥ Ana Sala ⇥ Kesselhaus ⇥ 0171 …"), whose item cell
 * says their part.
 */
function partyCell(rec: TableRecord): TableCell | undefined {
  const cell = rec.cells.location;
  const namesParty = cell?.header.split(/\s+\/\s+/).some((half) => labelKey(half) === 'name');
  return namesParty && (rec.cells.phone || rec.cells.email) ? cell : undefined;
}

/** A bracket after a name naming what the person plays or sings ("(Vocals)", "(Bass, Keys)", "(Gesang)"). */
const INSTRUMENT = String.raw`(?:lead |backing )?(?:vocals?|vox|voice|singer|guitars?|bass|drums|percussion|keys|keyboards?|piano|synths?|violin|viola|cello|sax(?:ophone)?|trumpet|trombone|horns?|brass|accordion|banjo|mandolin|fiddle|harp|flute|clarinet|dj|mc|gesang|gitarre|schlagzeug|sång|gitarr|trummor|voz|guitarra|bater[ií]a|bajo|chant|guitare|basse|batterie|voce|chitarra|basso)`;
const PLAYED_ASIDE = new RegExp(String.raw`\((${INSTRUMENT}(?:\s*(?:[,/&+]|and|und|och|y|et)\s*${INSTRUMENT})*)\s*\)\s*$`, 'iu');

/**
 * "Ana Sala – Kesselhaus Booking": a person's name, a spaced dash, then a firm's name; a job title
 * after the dash ("Ana Sala – Tour Manager") is the person's role.
 */
function personDashTail(cell: string): { person: string; company?: string; role?: string } | null {
  const m = /^(.+?)\s+[–—-]\s+(\p{Lu}[^\d@]+)$/u.exec(cell.trim());
  if (!m || !looksLikePersonName(m[1]!)) return null;
  const tail = m[2]!.trim();
  if (isJobTitle(tail)) return { person: m[1]!, role: tail };
  return isCompanyName(tail) ? { person: m[1]!, company: tail } : null;
}

/** A header naming the company beside the role ("Role / Company", "Funktion / Firma"). */
const COMPANY_HALF = /\/\s*(?:company|organi[sz]ation|firma|firm|unternehmen|empresa|soci[ée]t[ée]|bedrijf|azienda|bolag|f[öo]retag)\s*$/i;

/** "Production Manager · Kesselhaus GmbH" under a "Role / Company" header: the role, then the company after the separator. */
function roleThenCompany(cell: string, header: string): { role: string; company: string } | null {
  if (!COMPANY_HALF.test(header)) return null;
  const m = /^(.+?)\s+[·•|–—-]\s+(.+)$/.exec(cell) ?? /^([^,]+?),\s+(.+)$/.exec(cell);
  return m ? { role: m[1]!.trim(), company: m[2]!.trim() } : null;
}

const GROUP_KEYS = new Set(['name', 'phone', 'email', 'role', 'company']);

/** Consecutive Name:/Phone:/E-mail:/Role:/Company: lines about one person. */
function fromLabelRuns(r: Reading, country: string | null): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  let run: Labelled[] = [];
  const flush = () => {
    const get = (k: string) => run.find((l) => l.key === k);
    const name = get('name');
    const person = name ? normalisePersonName(name.value) : null;
    if (person && name && (get('phone') || get('email'))) {
      const draft: Draft<Contact> = { name: found(person, evidenceAt(r.source, name.span, 'label')) };
      const e = get('email');
      const email = e ? normaliseEmail(e.value) : null;
      if (email) draft.email = found(email, evidenceAt(r.source, e!.span, 'label', true));
      const p = get('phone');
      const phone = p ? normalisePhone(p.value, countryOfEmail(email) ?? country) : null;
      if (phone) draft.phone = found(phone.value, evidenceAt(r.source, p!.span, 'label', phone.validated));
      for (const key of ['role', 'company'] as const) {
        const l = get(key);
        if (l && normaliseText(l.value)) draft[key] = found(normaliseText(l.value)!, evidenceAt(r.source, l.span, 'label'));
      }
      out.push(draft);
    }
    run = [];
  };
  let lastLine = -2;
  for (const l of r.labelled) {
    if (!l.key || !GROUP_KEYS.has(l.key) || l.line.index > lastLine + 2 || run.some((x) => x.key === l.key)) flush();
    if (l.key && GROUP_KEYS.has(l.key)) { run.push(l); lastLine = l.line.index; }
  }
  flush();
  return out;
}

/** An e-mail or a phone's digits: "0761 555", "+33 6 12 45 78 90" (written in pairs). */
const REACH = /@|\d{3}|\d(?:[ ./-]?\d){6,}/;

/** An e-mail address opening a line, up to the sentence's full stop after it. */
const EMAIL_OPENING = /^[ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const EMAIL_ALONE = /^\s*[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\s*$/;

// "Tour contact:", "Local contacts:" say whose side the person is on, not their job; a returned rider's
// "PROMOTER RESPONSE:" box says who answers, the job is in the answer ("Ann Lee – Promoter, X Ltd – …").
// Russian "Контакт промоутера" ("the promoter's contact") says whose side too; the person's job is in the value.
const GENERIC_CONTACT_LABEL = /^(?:(?:(?:tour|local)\s+)?contacts?|kontakt\w*|contacto|contact person|ansprechpartner|(?:promoter|venue|artist)(?:['’]s)?\s+(?:response|answer|reply)|контакт(?:ное лицо)?(?:\s+[а-яё]+)?)$/i;

/** "Your driver:", "Ihr Fahrer:", "Votre chauffeur :": the role is the noun, without the possessive. */
const POSSESSIVE = /^(?:your|our|ihre?|deine?|eure?|unsere?|din|ditt|dina|er|jeres|vores|deres|v[åa]r|votre|notre|vos|nos|su|sus|tu|nuestr[oa]|vuestr[oa]|il vostro|la vostra|il tuo|la tua|il nostro|uw|je|jullie|onze)\s+(?=\S)/i;

/**
 * "For the Promoter:", "Por el Promotor:", "Per l'Organizzatore:": the party a person speaks for. A whole
 * word (a space or an elided article's apostrophe after it): "Format" starts with no "for".
 */
const FOR_PARTY = /^(?:for the|for|por el|por la|por|pour l['’]|pour le|pour la|für den|für die|för|per l['’]|per il|per la|pela|pelo)(?:\s+|(?<=['’]))/i;

/** A label naming a contract's party by its defined name, capitalised ("For the Artist", "Pour l'Organisateur"). */
function isPartyLabel(label: string): boolean {
  const m = FOR_PARTY.exec(label);
  return !!m && /^\p{Lu}/u.test(label.slice(m[0].length));
}

/**
 * "Promoter: Greta Aalto, Company, phone, e-mail", "Technical questions: Omar Haddad (FOH), phone, e-mail"
 * — and the same with the details on the lines right below a bare name. The label is the role when
 * it names one; otherwise a role word among the value's parts is.
 */
/** Whether `offset` lies in a message's signature (from its sign-off to the message's end). */
function inSignature(r: Reading, offset: number): boolean {
  return r.messages.some((m) => m.signatureStart !== null && offset >= m.signatureStart && offset < m.span[1]);
}

const CONFIRMATIONS = new Set(['hotel_confirmation', 'flight_ticket']);

/** A heading "BOOKED BY" (or "Booked by:") alone on its line over the booker's block (name, e-mail, phone) down to a blank line. */
function bookerBlocks(r: Reading): Reading['lines'] {
  const out: Reading['lines'] = [];
  const confirmation = r.lines.some((l) => YOUR_DETAILS.test(l.text)) && CONFIRMATIONS.has(categorise(r.source));
  const isHeading = (text: string) => BOOKER_LABEL.test(text) || (confirmation && YOUR_DETAILS.test(text));
  // A bilingual heading ("VARAAJA / BOOKER") names the booker in one half.
  for (const heading of r.lines.filter((l) => isHeading(l.text) || l.text.split(/\s+\/\s+/).some((half) => BOOKER_LABEL.test(half)))) {
    // An HTML mail's heading stands a blank line above its block.
    const first = r.lines[heading.index + 1]?.text.trim() ? heading.index + 1 : heading.index + 2;
    for (let i = first; i < r.lines.length && i < first + BOOKER_BLOCK_LINES && r.lines[i]!.text.trim(); i++) out.push(r.lines[i]!);
  }
  return out;
}
const BOOKER_BLOCK_LINES = 4;

/** "Booked by: Ann Lee (ann@…)": the customer who made a booking is its addressee (h93, h100), not an advance contact, whichever reader found them. */
function withoutBooker(r: Reading, drafts: Draft<Contact>[]): Draft<Contact>[] {
  // A bilingual label ("Titolare acquisto / Buyer") names the booker in either half.
  const lines = [...r.labelled.filter((l) => l.label.split(/\s+\/\s+/).some((half) => BOOKER_LABEL.test(half))).map((l) => l.line), ...bookerBlocks(r)];
  const onBookerLine = (f: { span?: [number, number] | null } | undefined) => !!f?.span && lines.some((line) => f.span![0] >= line.start && f.span![0] < line.end);
  // "Booked by: Ann Lee, Tour manager · +44 …": a booker who gives their job is the party's own organiser, a contact.
  return lines.length ? drafts.filter((d) => (!onBookerLine(d.name) && !onBookerLine(d.email)) || onBookerLine(d.role)) : drafts;
}

function fromLabels(r: Reading, country: string | null, used: Set<number>, lettersCountry: string | null = null): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  const parties = partiesOf(r.source.text, r.lines);
  for (const l of r.labelled) {
    // A row another reader took as a person of its own (a contact list's tab row) is theirs.
    if (used.has(l.line.index)) continue;
    // A quoted message's "To:"/"Cc:" header lines list its addressees, no one's details ("An: A <a@…>; B <b@…>").
    if (inHeaderBlock(r.lines, l.line.index)) continue;
    // "Emergency contact: n/a", "Day-of-show contact: same as production manager": the answer names nobody new.
    if (isNotApplicable(l.value.trim()) || SAME_AS.test(l.value)) continue;
    // "Veranstalter ⇥ Verein X, … vertreten durch Ann Lee, Programmleitung …": the party's person (contact-represented-by.ts).
    const represented = representedBy(r, l, country);
    if (represented) {
      out.push(represented.draft);
      for (const index of represented.lines) used.add(index);
      continue;
    }
    // A label that names no role ("Technical questions:") counts only when its own value reaches someone.
    // "For the Artist (Acme Touring Ltd):" names the party the person below speaks for, as a role word would.
    // "Booking code:", "Booking no.:" label a reference: "booking" is no one's role there.
    const roleLabel = (ROLE_WORDS.test(l.label) && l.key !== 'booking_reference') || l.key === 'contact' || l.key === 'role' || isPartyLabel(l.label);
    if (!roleLabel && !(REACH.test(l.value) && (l.key === null || l.key === 'technical'))) continue;
    // "Programmeur | Venue X" under a sign-off is the signer's title line, read with the signature.
    if (!REACH.test(l.value) && inSignature(r, l.span[0])) continue;
    // A scan's specks before the value (". © Ann Lee …") are blanked, offsets kept.
    let text = l.value.replace(/^[^\p{L}\d+(<"']+/u, (m) => ' '.repeat(m.length));
    // "Name, Role | phone | e-mail" (or "·" between, as a page footer writes it): the parts after them on the label's line are the same person's details.
    const rowRest = r.source.text.slice(l.span[1], l.line.end);
    // So is a phone alone in the next column ("Promoter: ⇥ Ann Lee ⇥ 0170 1234567"), specks of a scan around it.
    const phoneColumn = /^\t[^\t\p{L}\d+]*\+?\d[\d ()./-]{5,}\d[^\t\p{L}\d]*$/u.test(rowRest);
    if ((/^[ \t]+[|·][ \t]+/.test(rowRest) || phoneColumn) && r.source.text.slice(l.span[0], l.span[1]) === l.value) text += rowRest;
    // So is a "Direct:"/"Mobile:" pair beside a person who has no number of their own (contact-detail-beside.ts).
    const beside = REACH.test(text) ? null : detailBeside(r, l);
    // Blanked up to the value, so offsets still hold.
    if (beside && r.source.text.slice(l.span[0], l.span[1]) === l.value) text += `${' '.repeat(beside.span[0] - l.span[1])}${r.source.text.slice(beside.span[0], beside.span[1])}`;
    // Details go on below a bare name; an e-mail alone on the next line completes a labelled contact.
    for (const line of r.lines.slice(l.line.index + 1, l.line.index + 4)) {
      // In a quoted message the next line starts with its quote markers: blanked, so offsets still hold.
      const bare = line.text.replace(/^(?:\s*>)+/, (q) => ' '.repeat(q.length));
      if (!bare.trim() || used.has(line.index) || /^[^:]{1,30}:/.test(bare) || text.includes('@')) break;
      // "Dev Lee (Production Manager), 07700 900561," over "dev@venue.example. Box office: …": the comma carries
      // the person's details on to the e-mail opening the next line, not to the sentence after it.
      const carried = /,[ \t]*$/.test(text) ? EMAIL_OPENING.exec(bare) : null;
      if (carried) { text += `\n${carried[0]}`; break; }
      if (/\d{3}/.test(text) && !EMAIL_ALONE.test(bare)) break;
      text += `\n${bare}`;
    }
    // "Phone:" and "Email:" rows under the person's row complete them, a blank line apart or not.
    text = withDetailRows(text, l.span[0], r, detailRowsBelow(r, l, { phone: /\d(?:[ ./()-]*\d){6,}/.test(text), email: text.includes('@') }));
    if (!REACH.test(text)) continue;
    // "For the Promoter:" — the party the person speaks for is the role, unless the label adds their
    // own in brackets ("Per l'Artista (tour manager)"); a party the contract defines is their company.
    // "-> Tontechnik:", "• Promoter:": an answer's arrow or a bullet before the label is not part of the role;
    // nor is a list's number, a contract's clause number or a scan's speck read as one ("6 Veranstalter:", "6.2 Production Manager:", "© Produktion:").
    // "I'm on site all day, mobile 0612 …. Sound: Ana Ruiz, …": a label that runs on from a sentence is the words after its full stop.
    // "Darawalka Chauffeur": a two-language label's English half is the role (text/joined-gloss-label.ts).
    const label = englishHalf(sentenceTail(l.label)).replace(/^(?:[-–>•*©®\s]+|\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=\p{L}))+/u, '').replace(FOR_PARTY, '').replace(POSSESSIVE, '');
    const bracket = FOR_PARTY.test(l.label) ? /^(.+?)\s*\(([^()]+)\)$/.exec(label) : null;
    // "For the Artist (Acme Touring Ltd)": a bracket holding a company names the party, not the person's role.
    const bracketCompany = bracket && hasLegalForm(bracket[2]!) ? bracket[2]!.trim() : null;
    // "Promoter contact (Acme Live LLC):" — any label may name the company in brackets after it, by its legal form.
    const held = bracket ? null : /^(.+?)\s*\(([^()]+)\)$/.exec(label);
    const heldCompany = held && hasLegalForm(held[2]!) ? held[2]!.trim() : null;
    const ownLabel = heldCompany ? held![1]!.trim() : label;
    // "Pour le Producteur – régisseur général": the party opening the role is the person's company (contact-party-role.ts).
    const partyThenRole = bracket || heldCompany ? null : partyRole(ownLabel, parties);
    const role = bracket && !bracketCompany ? bracket[2]!.trim() : partyThenRole ? partyThenRole.role : !bracket && ROLE_WORDS.test(ownLabel) && !GENERIC_CONTACT_LABEL.test(ownLabel) ? ownLabel : null;
    const draft = contactIn(r.source, text, l.span[0], 'label', { role, country: country ?? (roleLabel ? lettersCountry : null) });
    const party = bracketCompany ?? heldCompany ?? partyThenRole?.company ?? (bracket ? parties.get(partyKey(bracket[1]!)) : undefined);
    if (draft && party && !draft.company) draft.company = found(party, evidenceAt(r.source, null, 'inferred'));
    // Under a label that names no role, digits that are no valid phone are a register or regulation number.
    const reached = draft?.email || (draft?.phone && (roleLabel || draft.phone.validated));
    if (draft?.name && reached) {
      out.push(draft, ...laterCellContacts(r, l, country ?? (roleLabel ? lettersCountry : null)));
      used.add(l.line.index);
    }
  }
  return out;
}

/** The words after a label's last full stop, when a sentence of four words or more stands before it. */
function sentenceTail(label: string): string {
  const m = /^(.*[^\s.]{2}[.!?])\s+(?=\p{Lu})/su.exec(label);
  return m && m[1]!.trim().split(/\s+/).length >= 4 ? label.slice(m[0].length) : label;
}

/** An answer pointing to another one: "same as production manager", "as above", "wie oben". */
const SAME_AS = /^\s*(?:same\s+as|as\s+above|see\s+above|idem|wie\s+oben|siehe\s+oben|comme\s+ci-dessus|zie\s+boven)\b/i;

/** "M. Lindqvist" over "Maja Lindqvist": an initial and the surname the next line writes out with its first name. */
function signedMarkOver(mark: string, full: string): boolean {
  const m = /^\s*(\p{Lu})\.\s*(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(mark);
  const f = /^\s*(\p{Lu})\p{Ll}+\s+(?:\p{Lu}[\p{L}'’-]*\s+)*(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(full);
  return !!m && !!f && m[1] === f[1] && m[2] === f[2];
}

function fromSignatures(r: Reading, country: string | null): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  // A letter's sign-off ends where the page's running footer begins: the firm's desk numbers are not the signer's.
  const furniture = runningLines(r.lines);
  // A sign-off above a pasted document (text/email.ts signOffAbovePaste) is read up to its blank line.
  const signed = r.messages.flatMap((m) => {
    const pasteAt = signOffAbovePaste(m.lines);
    const blocks: { m: EmailMessage; from: number; to: number }[] = [];
    if (m.signatureStart !== null) blocks.push({ m, from: m.signatureStart, to: Infinity });
    if (pasteAt && pasteAt[0] !== m.signatureStart) blocks.push({ m, from: pasteAt[0], to: pasteAt[1] });
    return blocks;
  });
  for (const { m, from, to } of signed) {
    const all = m.lines.filter((l) => l.start >= from && l.end <= to && l.text.replace(/^[>\s]+/, '').trim());
    // A signature in two scripts is read in its Latin half (contact-two-script-signature.ts).
    const twoScript = isTwoScriptSignature(all.slice(0, 6));
    const lines = twoScript ? latinLines(all) : all;
    const footer = lines.findIndex((l) => furniture.has(l.text.trim()));
    let block = lines.slice(0, Math.min(6, footer < 0 ? lines.length : footer));
    // A letter's signed mark ("M. Lindqvist") over the typed full name ("Maja Lindqvist") is the same person: the full name signs.
    if (block.length > 1 && signedMarkOver(block[0]!.text, block[1]!.text)) block = block.slice(1);
    if (!block.length) continue;
    const start = block[0]!.start;
    const quoted = r.source.text.slice(start, block[block.length - 1]!.end).replace(/^[ \t]*>+[ \t]?/gm, (q) => ' '.repeat(q.length));
    const text = withNicknames(twoScript ? blankOtherScript(quoted) : quoted, r.source.text);
    const draft = contactIn(r.source, text, start, 'pattern', { country, block: true });
    // A platform's automated footer ("Sent by X · X SRL – street …") signs with a firm's name, no person's.
    if (draft && !(draft.name && hasLegalForm(draft.name.value))) out.push(draft);
  }
  return out;
}

/** An address that belongs to a desk, not a person: a hotel's "stay@", a venue's "info@". */
const FUNCTION_MAILBOX = /^(info|stay|booking|bookings|reservation|reservations|reservas|reservierung|reservierungen|hello|contact|office|frontdesk|reception|recepcion|sales|noreply|no-reply|service|support|events)@/;

const PERSON = /\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|van|von|af|da|del)\s+)?\p{Lu}[\p{L}'’-]+){1,2}/gu;

/**
 * A heading in capitals run into the line below it ("CONTACTS Ana Ruiz – +44 …") is no part of the name
 * after it; a role heading ("TOUR MANAGER Ana Ruiz") is left for the role reader.
 */
function withoutHeadingWords(m: RegExpMatchArray): RegExpMatchArray {
  const lead = /^(?:\p{Lu}{2,}\s+)+(?=\p{Lu}\p{Ll}[\p{L}'’-]*\s+\p{Lu})/u.exec(m[0]);
  if (!lead || ROLE_WORDS.test(lead[0])) return m;
  const name = [m[0].slice(lead[0].length)] as RegExpMatchArray;
  name.index = m.index! + lead[0].length;
  return name;
}
/**
 * A word alone on its line over a sentence is the paper's heading ("Advanceformulier" over "Graag volledig invullen …"), no
 * first name; prose joins the lines, so the source (`at`: where the name starts in it) tells.
 */
function headingOverSentence(source: string, at: number, name: string): boolean {
  const lineBreak = source.slice(at, at + name.length).indexOf('\n');
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  return lineBreak > 0 && !source.slice(lineStart, at).trim() && !/\s/.test(name.slice(0, lineBreak).trim());
}
/**
 * A clock time is no part of a name: "11:00 PM Hard curfew" names no "PM Hard". The words after its "AM"/"PM"
 * are a name only when they still look like one ("8 PM Ana Ruiz").
 */
function withoutClockWord(source: string, sentenceAt: number, m: RegExpMatchArray): RegExpMatchArray[] {
  const meridiem = /^[AP]\.?M\.?\s+/i.exec(m[0]);
  // Prose blanks a timetable's times: the source says what stood before the words.
  const at = sentenceAt + m.index!;
  if (!meridiem || !/\d\s*$/.test(source.slice(Math.max(0, at - 8), at))) return [m];
  const rest = m[0].slice(meridiem[0].length);
  if (!looksLikePersonName(rest)) return [];
  const name = [rest] as RegExpMatchArray;
  name.index = m.index! + meridiem[0].length;
  return [name];
}

/** "our in-house sound engineer X": the role word with up to one word before it, and a hyphenated one before that. */
const ROLE_BEFORE = /\b(?:(?:venue|house)\s+(?=\p{L}+\s+(?:manager|production|technician|engineer|coordinator|contact)))?(?:(?:\p{L}+-\p{L}+\s+)?(?!(?:your|our|my|the|a|an|is|and|me|on|at|for|as)\b)(?<!['’])(\p{L}+)\s+)?(manager|agent|promoter|promotora?|production|producer|engineer|booker|driver|chofer|chófer|liaison|technician|\p{L}*tekniker|\p{L}*techniker|coordinator|director|assistant|runner|representative|contact|tour manager)(?![\p{L}])/giu;

/** "Ana Ruiz, Agent" over "Tallow Agency Ltd": a title ending one line and the firm opening the next make no name. */
const TITLE_FIRST = /^(?:agent|manager|director|promoter|producer|booker|engineer|coordinator|assistant|runner|driver|owner|partner|president|ceo|founder)\s/i;

/** A sentence of prose with a phone or e-mail and a person's name: "our production manager, X, on +49 …". */
function fromProse(r: Reading, country: string | null, used: Set<number>): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  if (isRowText(r.source)) return out;
  for (const m of r.messages) {
    // Table rows and labelled lines were read as such; a printed page's menu ("Home | Catering | Help") is no prose.
    const prose = proseOf(m, (line) => used.has(line.index) || line.text.includes('\t') || isMenuBar(line.text)
      || r.labelled.some((l) => l.line.index === line.index && !isBracketTail(l.label)));
    // Sentences end at punctuation or at a blanked stretch (a chat message's prefix).
    for (const sentence of proseClauses(joinWrappedBrackets(withTimetableBreaks(withListBreaks(prose.text, prose.offset, m.lines), prose.offset, m.lines)))) {
      const text = sentence[0];
      const reach = /@|\+?\d[\d ()-]{6,}\d/.exec(text);
      if (!reach) continue;
      // The person is the name written closest before their number or address.
      const email = /[\w.+-]+@/.exec(text);
      const firstContact = Math.min(reach.index, email?.index ?? Infinity);
      // "Nottingham NG1 1DW": capitalised words running into digits are a place and its postcode, not a name;
      // "Ana Ruiz, Key Account Manager · +46 …": a capitalised job title is the person's title, not a name.
      const names = [...text.matchAll(PERSON)].filter((x) => looksLikePersonName(x[0]) && !isJobTitle(x[0]) && !TITLE_FIRST.test(x[0]) && x.index! < firstContact && !insideBracket(text, x.index!) && !headingOverSentence(r.source.text, prose.offset + sentence.index! + x.index!, x[0])
        && !/^\d/.test(text.slice(x.index! + x[0].length))).map(withoutHeadingWords).flatMap((x) => withoutClockWord(r.source.text, prose.offset + sentence.index!, x));
      // The closest name, unless it follows a role and a comma: then it is the company (contact-role-company.ts).
      const pick = personIndex(text, names);
      const named = names[pick.person];
      const companyName = pick.company !== null ? names[pick.company] : undefined;
      // "…, with Ana Ruiz; driver is Sam +32 …": a role and first name written after the full name, right before the number, is whose number it is.
      const single = firstNameOnly(r.source, text, prose.offset + sentence.index!, reach, country);
      const singleAt = single?.name?.span?.[0] ?? -1;
      // Not the same person named again by first name ("Ana Ruiz, or ring our tour manager Ana on …").
      const samePerson = single && named && named[0].split(/\s+/)[0] === single.name!.value;
      if (!named || (single && !samePerson && singleAt >= prose.offset + sentence.index! + named.index! + named[0].length)) {
        if (single) out.push(single);
        continue;
      }
      const from = named.index!;
      const offset = prose.offset + sentence.index! + from;
      // "14 Quay Street", "Unit 4, Canal Wharf", "70 W Elm St" (a compass point between): a name right after a
      // house number is a street; "GOWANUS YARD LLC" is a company.
      if (/\d\s*,?\s*(?:[NSEW]{1,2}\.?\s+)?$/.test(text.slice(0, from)) || legalFormFollows(text.slice(from + named[0].length))) continue;
      const draft = contactIn(r.source, afterNameLine(r.source.text, text.slice(from), offset), offset, 'pattern', { country, requireName: false });
      if (!draft || (draft.email && FUNCTION_MAILBOX.test(draft.email.value))) continue;
      const person = normalisePersonName(named[0]);
      if (!person) continue;
      draft.name ??= found(person, evidenceAt(r.source, [offset, offset + named[0].length], 'pattern'));
      if (companyName && draft.name.value !== person) draft.name = found(person, evidenceAt(r.source, [offset, offset + named[0].length], 'pattern'));
      if (companyName) {
        const at = prose.offset + sentence.index! + companyName.index!;
        draft.company = found(companyName[0], evidenceAt(r.source, [at, at + companyName[0].length], 'pattern'));
      }
      const roles = [...text.slice(0, from).matchAll(ROLE_BEFORE)];
      const role = roles[roles.length - 1];
      if (role && !draft.role) {
        const words = role[0].trim();
        const at = prose.offset + sentence.index! + role.index!;
        draft.role = found(words.charAt(0).toUpperCase() + words.slice(1), evidenceAt(r.source, [at, at + words.length], 'pattern'));
      }
      out.push(draft);
    }
  }
  return out;
}

/**
 * Prose joins its lines with spaces. A name alone on its line ("Ana Ruiz" over "Artist Relations -
 * Firm", a signature's layout) gets its line break back in `text` (which starts at the name, at
 * `offset` in the source): the title below is a part of its own, not more of the name.
 */
function afterNameLine(source: string, text: string, offset: number): string {
  const end = source.indexOf('\n', offset);
  const own = source.slice(offset, end < 0 ? undefined : end);
  const alone = end > offset && own.trim() === source.slice(source.lastIndexOf('\n', offset - 1) + 1, end).trim() && looksLikePersonName(own) && !ROLE_WORDS.test(own);
  return alone && text[end - offset] === ' ' ? `${text.slice(0, end - offset)}\n${text.slice(end - offset + 1)}` : text;
}

/** Crew roles that prose names with a first name only. */
const CREW_ROLE = String.raw`(stage manager|production manager|site manager|tour manager|artist liaison|liaison|runner|driver|fahrer|chauffeur|conductor)`;
const FIRST_NAME = String.raw`(\p{Lu}\p{Ll}{2,})`;
/** "our stage manager Ana", "the runner is Ana", "Ana, our stage manager". */
const ROLE_THEN_NAME = new RegExp(String.raw`\b${CREW_ROLE}\s+(?:is\s+)?${FIRST_NAME}\b`, 'u');
const NAME_THEN_ROLE = new RegExp(String.raw`\b${FIRST_NAME},\s+(?:our|the|your)\s+${CREW_ROLE}\b`, 'u');
/** "Runs with Tomas (503 …):" heads the rides a runner drives: Tomas is the runner. */
const RUNS_WITH = new RegExp(String.raw`\bruns\s+with\s+${FIRST_NAME}\b`, 'iu');

/**
 * A crew member prose names by first name and role only ("call our stage manager Ana: 0479 …",
 * "our driver Ana picks you up … his number is 655 …"): a contact when the sentence also gives a
 * valid phone. The role is kept as written.
 */
function firstNameOnly(
  source: ExtractedSource, text: string, offset: number, reach: RegExpExecArray, country: string | null,
): Draft<Contact> | null {
  const before = ROLE_THEN_NAME.exec(text);
  const after = before ? null : NAME_THEN_ROLE.exec(text);
  const runs = before || after ? null : RUNS_WITH.exec(text);
  const hit = before ?? after ?? runs;
  if (!hit || hit.index > reach.index) return null;
  const [role, name] = before ? [before[1]!, before[2]!] : after ? [after[2]!, after[1]!] : ['Runner', runs![1]!];
  if (NOT_FIRST_NAME.test(name)) return null;
  const phone = normalisePhone(reach[0], country);
  if (!phone?.validated) return null;
  const at = (part: string): [number, number] => {
    const i = offset + hit.index + hit[0].indexOf(part);
    return [i, i + part.length];
  };
  return {
    name: found(name, evidenceAt(source, at(name), 'pattern')),
    role: found(role, evidenceAt(source, at(runs ? runs[0].split(/\s+/)[0]! : role), 'pattern')),
    phone: found(phone.value, evidenceAt(source, [offset + reach.index, offset + reach.index + reach[0].length], 'pattern', true)),
  };
}

/** Capitalised words after a role that are no first name: weekdays, months, greetings, pronouns. */
const NOT_FIRST_NAME = new RegExp(`^(${CALENDAR_NAMES}|hotel|venue|airport|the|and|will|can|has|who|on|at)$`, 'i');

/** "Questions? Ana Ruiz", "Kontakt: Ana Ruiz": a heading word before the name on its line. */
const LEAD_IN = /^\s*[\p{L} ]{2,30}[?:]\s+(?=\p{Lu})/u;
/** "À l'attention de Mme Ana Ruiz", "z. Hd. Herrn Ana Ruiz": a letter's addressee line, its courtesy title no part of the name. */
const FOR_ATTENTION = /^\s*(?:[àa] l['’]attention de|attn\.?|attention|z\.\s?hd\.?|zu h[äa]nden(?: von)?|a la atenci[óo]n de|all['’]attenzione di|t\.a\.v\.)\s*:?\s*(?:(?:m\.|mme|mlle|monsieur|madame|mr\.?|mrs\.?|ms\.?|herrn?|frau|sr\.|sra\.|sig\.(?:ra)?)\s+)?(?=\p{Lu})/iu;

/** Whether an e-mail's local part carries the person's name ("sara.dahl@", "ana@", "mbell@"). */
function addressNames(email: string, name: string): boolean {
  const local = foldText(email.split('@')[0]!).replace(/\s+/g, '');
  return foldText(name).split(' ').some((w) => w.length >= 3 && local.includes(w));
}

/**
 * A contact block with no sign-off before it: a person's name on its line ("Ana Ruiz (Production)",
 * "Ana Ruiz, Booker", "Questions? Ana Ruiz"), then, within five lines, an e-mail address that
 * carries that name — the address naming the person is what makes the block sure. A row of a table
 * with a name column whose name cell is empty is no such block: it names no one (an address book's
 * card for a firm, the hotel's own line, whose address may carry the hotel's name).
 */
/** Lines a name block's e-mail may stand below the name: a letter's signature gives role, company, direct line and mobile between. */
const NAME_BLOCK_LINES = 5;

function fromNameBlocks(r: Reading, country: string | null, known: Set<string>): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  const nameless = namelessRowLines(r);
  r.lines.forEach((line, i) => {
    // A quoted message's "An:"/"Cc:" lines name its addressees, not a contact block.
    if (isAttribution(line) || inHeaderBlock(r.lines, i) || nameless.has(line.index)) return;
    for (const m of line.text.matchAll(EMAIL_IN_TEXT)) {
      const email = normaliseEmail(m[0]);
      // A desk's mailbox ("reservas@") carries the desk's name ("Central de Reservas"), no person's.
      if (!email || known.has(email) || FUNCTION_MAILBOX.test(email)) continue;
      for (let k = i; k >= Math.max(0, i - NAME_BLOCK_LINES); k--) {
        const top = r.lines[k]!;
        if (!top.text.trim()) break;
        const start = top.start + ((FOR_ATTENTION.exec(top.text) ?? LEAD_IN.exec(top.text))?.[0].length ?? 0);
        // Only a block with a word the address carries can name its person: no need to read the others.
        if (!addressNames(email, r.source.text.slice(start, line.end).replace(EMAIL_IN_TEXT, ' '))) continue;
        const draft = contactIn(r.source, r.source.text.slice(start, line.end), start, 'pattern', { country });
        if (draft?.name && draft.email?.value === email && addressNames(email, draft.name.value)) {
          out.push(draft);
          known.add(email);
          break;
        }
      }
    }
  });
  return out;
}

/** A letterhead's sender: the first segment of a first line that also gives an address or phone. */
function letterhead(r: Reading): string[] {
  const first = r.lines.find((l) => l.text.trim());
  // An address or phone, not a year: "+46 8 555 010 00", "118 49 Stockholm", "01127 Dresden".
  if (!first || !/\+?\d[\d ]{6,}\d|\b\d{3} ?\d{2}\s+\p{Lu}|\b\d{4,5}\s+\p{Lu}/u.test(first.text)) return [];
  const segment = first.text.split(/\s+[·|•+–-]\s+/)[0]!.trim();
  return segment && segment.length <= 60 && !/\d/.test(segment) ? [segment] : [];
}

/**
 * An e-mail's domain names its organisation: a contact without a company takes the organisation
 * of the same name written in the source (with its legal form, or as the letterhead), or the
 * venue for the venue's contact.
 */
function companiesByOrganisation(r: Reading, drafts: Draft<Contact>[], venue: string | undefined, act: string | undefined): void {
  // The act's own firm ("Marrow Lights Ltd" on the act's rider) is no company of its crew: they are the act's people.
  const names = [...organisationsIn(r.source.text), ...letterhead(r)].filter((name) => !act || !isActsOwnFirm(name, act));
  for (const d of drafts) {
    if (d.company || !d.email) continue;
    // The venue is the company of the person the document calls the venue's contact.
    const candidates = venue && /venue|spielort|lokal|sala|salle/i.test(d.role?.value ?? '') ? [...names, venue] : names;
    const org = organisationOfEmail(d.email.value, candidates);
    if (!org) continue;
    const at = r.source.text.indexOf(org);
    d.company = found(org, evidenceAt(r.source, at >= 0 ? [at, at + org.length] : null, 'inferred'));
  }
}

/** Whether `firm` is the act's name with a legal form ("Marrow Lights Ltd" for Marrow Lights). */
function isActsOwnFirm(firm: string, act: string): boolean {
  return hasLegalForm(firm) && foldText(firm).startsWith(`${foldText(act)} `) && foldText(firm).split(' ').length - foldText(act).split(' ').length === 1;
}

/**
 * A letter without a show or a sender header: the country all its e-mail addresses' domains name (a
 * local firm's booking), for the numbers of people labelled by their role ("Chauffør: name, mobil …") only.
 */
function countryOfAddresses(text: string): string | null {
  // A domain without a country (".com") leaves the letter's country open.
  return soleCountry([...text.matchAll(EMAIL_IN_TEXT)].map((m) => countryOfEmail(m[0].toLowerCase())));
}

/** The one country the source's street addresses name ("…, Denver, CO 80203" US), else null. */
function countryOfStreetAddresses(text: string): string | null {
  return soleCountry(addresses(text).filter((a) => isStreetAddress(a.value)).map((a) => placeOf(a.value).country).filter(Boolean));
}

/** The country when every one given is the same one, else null. */
function soleCountry(countries: (string | null | undefined)[]): string | null {
  const distinct = new Set(countries);
  const [only] = distinct;
  return distinct.size === 1 && only ? only : null;
}

export const extract: SectionExtractor<Contact> = (ctx) => ctx.sources.flatMap((source) => {
  const r = read(source);
  // National numbers belong to the show's country, else to the country of the sender's address.
  const from = source.metadata['from'];
  // Else, on a paper that names no show's place, the country its street addresses all share (a hotel's letterhead).
  const country = ctx.general.country?.value ?? countryOfEmail(typeof from === 'string' ? from.match(EMAIL_IN_TEXT)?.[0]?.toLowerCase() : null)
    ?? countryOfStreetAddresses(source.text);
  // A tour app's typed-item export: only its Contact rows and the people in its POC column are people.
  const typed = typedContacts(source, country);
  if (typed) return [...typed, ...typedPocContacts(source, country)];
  // A calendar's agenda print: the people in its events' descriptions (contact-agenda.ts).
  const agenda = agendaContacts(source, country);
  if (agenda) return agenda;
  const used = new Set<number>();
  const chat = fromChatTurns(r, country);
  // A chat message's number is its sender's, not that of a name the sentence happens to hold ("Dana, TM for Gully Static … 0421 …").
  const chatPhones = new Set(chat.flatMap((d) => (d.phone ? [d.phone.value] : [])));
  const drafts = [
    ...fromTables(r, country), ...fromRoleColumns(r, country), ...fromContactCells(r, country), ...fromLabelRuns(r, country), ...fromHeadlessTabRows(r, country, used), ...fromHangingContacts(r, country, used), ...fromLabels(r, country, used, countryOfAddresses(source.text)), ...fromContactAnswers(r, country, used), ...fromContactLines(r, country, used),
    ...fromEqualsLines(r, country, used),
    // "Contact on the day ⇥ 07700 … (Jo Bright, tour manager)": the number's owner in brackets after it (contact-number-then-person.ts).
    ...numberThenPersonContacts(r, country),
    ...fromSignatures(r, country), ...fromContactLines(r, country, used, true), ...fromProse(r, country, used).filter((d) => !d.phone || !chatPhones.has(d.phone.value)), ...chat,
    // "Sam (our driver) … Sam's mob is 07700 …" (contact-possessive-number.ts), unless a chat message already gave it.
    ...possessiveNumbers(r, country).filter((d) => !chatPhones.has(d.phone!.value)),
    // A holiday rental's "Your host" card: the name under the heading, the phone below it (contact-host-card.ts).
    ...hostCardContacts(r, country),
  ];
  // "van of the promoter, driver Sam, +44 …" in a ride's remark (contact-driver-remark.ts), unless a reader above gave that number.
  const knownPhones = new Set(drafts.flatMap((d) => (d.phone ? [d.phone.value] : [])));
  drafts.push(...driverRemarks(r, country).filter((d) => !knownPhones.has(d.phone!.value)));
  // "then Ann Lee, our production manager, 07700 …" (contact-possessive-number.ts), unless a reader above gave that number.
  drafts.push(...introducedNumbers(r, country).filter((d) => !knownPhones.has(d.phone!.value)));
  if (!isRowText(source)) {
    drafts.push(...fromNameBlocks(r, country, new Set(drafts.flatMap((d) => (d.email ? [d.email.value] : [])))));
  }
  // Side-by-side signature blocks are read column by column (contact-signature-columns.ts), instead of as rows.
  const signed = signatureColumns(r, country);
  if (signed.drafts.length) {
    const inBlock = (d: Draft<Contact>) => Object.values(d).some((f) => f?.span && signed.lines.has(lineAt(r.lines, f.span[0])));
    drafts.splice(0, drafts.length, ...drafts.filter((d) => !inBlock(d)), ...signed.drafts);
  }
  // A chat's writers listed with their numbers take the roles they gave of themselves (chat-contacts.ts).
  withWritersIntroductions(r, drafts);
  companiesByPartyHeading(r, drafts);
  companiesByOrganisation(r, drafts, ctx.general.venue?.value, ctx.general.artist?.value);
  // A chauffeur booking's drivers drive for the company issuing it (contact-ride-drivers.ts).
  companiesOfRideDrivers(r, drafts);
  // The venue's own line (its letterhead's office number) names no person: a "contact" named as the venue is none.
  const venue = ctx.general.venue?.value;
  for (const d of drafts) if (d.company && !isCompanyName(d.company.value)) delete d.company;
  // A touring party's manifest lists travellers with their passports, no one to call (party-manifest.ts).
  const manifest = manifestLines(r.lines);
  const inManifest = (d: Draft<Contact>) => [d.name, d.phone].some((f) => f?.span && manifest.has(lineAt(r.lines, f.span[0])));
  // A building or district of a letterhead's address is no person (contact-address-name.ts).
  return withoutBooker(r, drafts).filter((d) => (!venue || !d.name || foldText(d.name.value) !== foldText(venue)) && !inManifest(d) && !isAddressPiece(r, d));
});
