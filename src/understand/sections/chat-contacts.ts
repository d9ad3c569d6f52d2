/**
 * Contacts in a chat export, where each message names its sender: a writer who gives their own
 * number ("I'm production manager on the night, my mobile is 0171 …") is that sender, with the role
 * and company they introduce themselves with in any of their messages; a person a message names by
 * role ("our driver Memo … his number: …") is a contact too.
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseCountry, normalisePersonName } from '../normalise/index.js';
import { evidenceAt, type ChatTurn, type Reading, escapeRegExp } from '../text/index.js';
import { CALENDAR_NAMES } from '../text/lexicon.js';
import { foldText } from '../../reference/index.js';
import { contactIn, looksLikePersonName, ROLE_WORDS } from './people.js';
import { equatedRole, introducedRole, personThenRole, roleWords, selfNamed, selfNamedRole } from './chat-introductions.js';
import { fullNameEmail, givenNameEmail, introducedReach, ownEmail, possessiveRole } from './chat-own-details.js';
import { numberSenderContacts } from './chat-number-sender.js';

/** "my mobile is", "mine is" ("if you can't reach me: Lee, 0151 …" is someone else's), "meine Nummer für unterwegs:", "call me on", "mitt nummer är", "meine Handynummer:", "mi móvil es", Tagalog "number ko" (my number), "Mine +44 …" straight before the number: the writer's own number or address follows. */
const OWN_REACH = /(?<![\p{L}])(?:my (?:mobile|cell|phone|number|mob|tel|e-?mail)(?: number| address)?|(?<!(?:can['’]?t|cannot|can not|couldn['’]t|won['’]t) )(?:call|reach|text) me(?: on| at)?|min (?:mobil|telefon|nummer|e-?mail)|mitt (?:nummer|mobilnummer|telefonnummer)|mit (?:nummer|mobilnummer)|(?:meg|mig) når du på|du når (?:meg|mig) på|meine (?:nummer|handynummer|telefonnummer|e-?mail)|mein handy|(?:du erreichst mich|mich erreichst du|erreichst du mich) unter|mi (?:número|móvil|teléfono|cel|celular|correo)|mon (?:numéro|portable|e-?mail)|mijn (?:nummer|mobiel|telefoonnummer|e-?mail)|(?:number|numero|cp|cellphone|email) ko|(?:number|mobile|phone|cell) for me(?=[^\d\n]{0,20}\bis\b)[^\d\n]{0,20}?\bis|(?<=(?:^|[.!?\n])\s*)(?:mob|mobile|cell)|mine(?:['’]s|\s+is|(?=[^\S\n]*:?[^\S\n]*\+?\d))|I['’]m on(?=[^\S\n]*\+?\d))(?![\p{L}])(?:[^\S\n]+(?:for|für|fürs|för|para|pour|voor)(?:[^\S\n]+the)?[^\S\n]+\p{L}+)?(?:\s*(?:is|er|är|ist|es|est|:))?\s*/giu;

/** "I'm production manager on the night", "I'm doing production", "ich bin der Stagemanager": the writer's role, up to three words. */
const OWN_ROLE = /\b(?:I['’]m|I am|I['’]ll be|I will be|jeg er|jag är|ich bin|soy|je suis|ik ben)\s+(?:(?:doing|handling|running|covering|looking after)\s+)?(?:(?:the|your|a|an|der|die|el|la|le|de|din|er)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;

/** The role the writer gives themself: "I'm production manager on the night". */
function ownRole(text: string): { value: string; index: number } | null {
  const m = OWN_ROLE.exec(text);
  const value = m ? roleWords(m[1]!) : null;
  return m && value ? { value, index: m.index + m[0].length - m[1]!.length } : null;
}

const COMPANY = String.raw`(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,4})`;

/**
 * "Ana from Sala Norte here, the promoter", "soy Ana de Sala Norte, la promotora": the writer
 * introduces themself by first name with their company and role.
 */
function introduction(text: string, sender: string): { company?: { value: string; index: number }; role?: { value: string; index: number } } {
  const first = escapeRegExp(sender.split(/\s+/)[0]!);
  // The role may be left for a later sentence ("Ola from Nordklang here 👋 I’m your promoter rep").
  const m = new RegExp(String.raw`(?<![\p{L}])${first}\s+(?:from|fra|från|von|de|van|di|da)\s+${COMPANY}(?:(?:\s+(?:here|her|här|hier|aquí|ici|qui))?\s*,\s*(?:(?:the|your|la|el|le|der|die|il|den|tu)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)|\s+(?:here|her|här|hier|aquí|ici|qui)(?![\p{L}]))`, 'u').exec(text);
  if (!m) return {};
  const role = m[2] ? roleWords(m[2]) : null;
  return {
    company: { value: m[1]!, index: m.index + m[0].indexOf(m[1]!, first.length) },
    ...(role ? { role: { value: role, index: m.index + m[0].length - m[2]!.length } } : {}),
  };
}

/** The phone or e-mail written right after a reach phrase (within its sentence), if any. */
function reachAfter(r: Reading, turn: ChatTurn, text: string, reach: RegExpMatchArray, country: string | null): Draft<Contact> | null {
  const at = reach.index! + reach[0].length;
  // Room for a phone and an e-mail after it ("0171 …, Mail: ana@…").
  const tail = text.slice(at, at + 90).split(/[!?\n]|\.(?:\s|$)/)[0]!;
  const details = contactIn(r.source, tail, turn.span[0] + at, 'pattern', { country, requireName: false });
  return details?.phone || details?.email ? details : null;
}

/** "Tui's your runner" in another writer's message: the role they give this sender, with the turn it is in. */
function roleGivenByOthers(r: Reading, sender: string): { role: { value: string; index: number }; turn: ChatTurn } | null {
  const first = sender.split(/\s+/)[0]!;
  for (const turn of r.turns.filter((t) => t.sender !== sender)) {
    const said = r.source.text.slice(turn.span[0], turn.span[1]);
    const role = introducedRole(said, first) ?? equatedRole(said, sender);
    if (role) return { role, turn };
  }
  return null;
}

/** The role and company a chat's writer gives of themself in any of their messages, onto `draft` where it has none. */
function withOwnIntroduction(r: Reading, sender: string, draft: Draft<Contact>): void {
  for (const own of r.turns.filter((t) => t.sender === sender)) {
    const said = r.source.text.slice(own.span[0], own.span[1]);
    const intro = introduction(said, sender);
    const named = selfNamed(said, sender);
    const owned = possessiveRole(said);
    const role = owned?.role ?? ownRole(said) ?? intro.role ?? named?.role ?? selfNamedRole(said, sender);
    const company = intro.company ?? named?.company ?? owned?.company;
    const evidence = (hit: { value: string; index: number }) => evidenceAt(r.source, [own.span[0] + hit.index, own.span[0] + hit.index + hit.value.length], 'pattern');
    if (role && !draft.role) draft.role = found(role.value, evidence(role));
    if (company && !draft.company) draft.company = found(company.value, evidence(company));
  }
}

/** "Mira" in a list of numbers posted to the chat: the one writer whose full name opens with that given name. */
function writerOfGivenName(senders: Map<string, string>, name: string): string | null {
  if (/\s/.test(name.trim())) return null;
  const given = foldText(name.trim());
  const writers = [...senders.values()].filter((s) => /\s/.test(s) && looksLikePersonName(s) && foldText(s.split(/\s+/)[0]!) === given);
  return writers.length === 1 ? writers[0]! : null;
}

/**
 * "Nora Blake" over a phone chat whose messages open "Nora:": the writer known by the given name
 * alone is the contact of that full name, when no other contact shares the given name.
 */
function givenNameWriter(senders: Map<string, string>, drafts: Draft<Contact>[], name: string): string | undefined {
  const given = foldText(name.trim().split(/\s+/)[0]!);
  if (!/\s/.test(name.trim()) || drafts.filter((o) => o.name && foldText(o.name.value.trim().split(/\s+/)[0]!) === given).length !== 1) return undefined;
  const writer = senders.get(given);
  return writer && !/\s/.test(writer) ? writer : undefined;
}

/**
 * A chat's writers named as contacts elsewhere (a list of numbers one of them posts): each takes the
 * role and company they gave of themself ("Bea here, TM for Sinag Live"); a "company" that is another
 * writer's name was a misread line of that list, no company.
 */
export function withWritersIntroductions(r: Reading, drafts: Draft<Contact>[]): void {
  if (r.turns.length < 3) return;
  const senders = new Map(r.turns.map((t) => [foldText(t.sender), t.sender]));
  for (const d of drafts) {
    if (d.company && senders.has(foldText(d.company.value))) delete d.company;
    const full = d.name ? writerOfGivenName(senders, d.name.value) : null;
    if (full && d.name) d.name = { ...d.name, value: full };
    const sender = d.name ? senders.get(foldText(d.name.value)) ?? givenNameWriter(senders, drafts, d.name.value) : undefined;
    if (sender) withOwnIntroduction(r, sender, d);
  }
}

function turnContact(r: Reading, turn: ChatTurn, country: string | null): Draft<Contact> | null {
  const name = looksLikePersonName(turn.sender) ? normalisePersonName(turn.sender) : null;
  if (!name) return null;
  const text = r.source.text.slice(turn.span[0], turn.span[1]);
  const reach = [...text.matchAll(OWN_REACH)][0] ?? introducedReach(text, turn.sender);
  const given = roleGivenByOthers(r, turn.sender);
  // Someone another writer has introduced by role ("Tui's your runner") gives their own number without a reach phrase.
  const details = reach ? reachAfter(r, turn, text, reach, country)
    : given ? contactIn(r.source, text, turn.span[0], 'pattern', { country, requireName: false }) : null;
  // "mail the contract to sadiq.kankia@…" in Sadiq Kankia's own message: an address naming the writer in full is theirs.
  const named = !details?.phone && !details?.email ? fullNameEmail(text, turn.sender) ?? givenNameEmail(text, turn.sender) : null;
  if (named) {
    const draft: Draft<Contact> = {
      name: found(name, evidenceAt(r.source, [turn.senderAt, turn.senderAt + turn.sender.length], 'pattern')),
      email: found(named.value.toLowerCase(), evidenceAt(r.source, [turn.span[0] + named.index, turn.span[0] + named.index + named.value.length], 'pattern')),
    };
    withOwnIntroduction(r, turn.sender, draft);
    return draft;
  }
  if (!details?.phone && !details?.email) return null;
  const draft: Draft<Contact> = { name: found(name, evidenceAt(r.source, [turn.senderAt, turn.senderAt + turn.sender.length], 'pattern')) };
  if (details.phone) draft.phone = details.phone;
  if (details.email) draft.email = details.email;
  // An address named after the writer in their own message is theirs, in whatever sentence (chat-own-details.ts).
  const mail = draft.email ? null : ownEmail(text, turn.sender);
  if (mail) draft.email = found(mail.value.toLowerCase(), evidenceAt(r.source, [turn.span[0] + mail.index, turn.span[0] + mail.index + mail.value.length], 'pattern'));
  // The role and company may come from any message of the same writer.
  withOwnIntroduction(r, turn.sender, draft);
  if (given && !draft.role) {
    const at = given.turn.span[0] + given.role.index;
    draft.role = found(given.role.value, evidenceAt(r.source, [at, at + given.role.value.length], 'pattern'));
  }
  return draft;
}

/** "his number is", "su cel:", "hennes nummer:", "his NZ number", "… Sam Ortiz is on +44 …": a number of someone the message has just named (in the country it names). */
const THIRD_REACH = /(?<![\p{L}])(?:his|her|su|sein|seine|ihr|ihre|hans|hennes|hendes|son|sa|zijn|haar)\s+(?:(?<country>[A-Z]{2})\s+)?(?:mobile|cell|phone|number|cel|celular|móvil|número|teléfono|nummer|handy|handynummer|mobil|mobilnummer|numéro|portable|telefoon)(?![\p{L}])(?:\s*(?:is|er|är|ist|es|est|:))?\s*|(?<![\p{L}])is on(?=[^\S\n]*\+?\d)[^\S\n]*/giu;
/** A role word, then a capitalised first name (perhaps a surname): "our driver Memo", "der Fahrer Jonas Weber". */
const ROLE_THEN_PERSON = /(?<![\p{L}])([\p{L}-]+)\s+(\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{2,})?)(?![\p{L}])/gu;
const NOT_FIRST_NAME = new RegExp(`^(?:${CALENDAR_NAMES})$`, 'i');

/**
 * "nuestro chofer Memo los recoge a las 19:00. Su cel: 55 …": within one chat message, a person
 * named after their role and then "his/her number" is a contact with that role and number.
 */
function namedInTurn(r: Reading, turn: ChatTurn, country: string | null): Draft<Contact> | null {
  const text = r.source.text.slice(turn.span[0], turn.span[1]);
  const reach = [...text.matchAll(THIRD_REACH)][0];
  if (!reach) return null;
  const before = text.slice(0, reach.index);
  const roleFirst = [...before.matchAll(ROLE_THEN_PERSON)]
    .filter((m) => ROLE_WORDS.test(m[1]!) && !NOT_FIRST_NAME.test(m[2]!.split(' ')[0]!)).pop();
  // "our production manager Lee": a role word before the role word is part of the role.
  const wider = roleFirst ? /([\p{L}-]+)[^\S\n]+$/u.exec(before.slice(0, roleFirst.index)) : null;
  const roleHit = roleFirst && wider && ROLE_WORDS.test(wider[1]!)
    ? { value: `${wider[1]!} ${roleFirst[1]!}`, index: wider.index } : roleFirst ? { value: roleFirst[1]!, index: roleFirst.index } : null;
  // "Arlo our FOH. Arlo's on his NZ number": the name before the role.
  const person = roleFirst && roleHit
    ? { name: { value: roleFirst[2]!, index: roleFirst.index + roleFirst[0].length - roleFirst[2]!.length }, role: roleHit }
    : personThenRole(before);
  if (!person || NOT_FIRST_NAME.test(person.name.value.split(' ')[0]!)) return null;
  const named = reach.groups?.['country'] ? normaliseCountry(reach.groups['country']) : null;
  const details = reachAfter(r, turn, text, reach, named ?? country);
  if (!details) return null;
  const span = (hit: { value: string; index: number }): [number, number] => [turn.span[0] + hit.index, turn.span[0] + hit.index + hit.value.length];
  const draft: Draft<Contact> = {
    name: found(person.name.value, evidenceAt(r.source, span(person.name), 'pattern')),
    role: found(person.role.value, evidenceAt(r.source, span(person.role), 'pattern')),
  };
  if (details.phone) draft.phone = details.phone;
  if (details.email) draft.email = details.email;
  return draft;
}

export function fromChatTurns(r: Reading, country: string | null): Draft<Contact>[] {
  const turns = r.turns.flatMap((turn) => [turnContact(r, turn, country), namedInTurn(r, turn, country)].filter((d): d is Draft<Contact> => !!d));
  // A writer shown by their number who names themself (chat-number-sender.ts).
  return [...turns, ...numberSenderContacts(r, country)];
}
