/**
 * general, where the show is: the venue and its address, read from prose ("venue is X, street,
 * city"), an act at a venue ("ACT @ Venue, …"), a name placed with "at" beside its street, a heading
 * or a VENUE block, a venue's staff signature, and the schedule's load-in or set location; the
 * show city's country. The labelled venue is read by general.ts itself.
 */
import { countryOfPostcode } from '../normalise/postcode-country.js';
import { countryOfVietnameseCity } from '../normalise/vietnamese-city.js';
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft, type Found } from '../found.js';
import { findDates, isWeekdayWord, normaliseCountry } from '../normalise/index.js';
import { countryOfCity } from '../../reference/index.js';
import { isArmenia } from './place-armenian.js';
import { evidenceAt, read, unquoted, type EmailMessage, type Line, escapeRegExp } from '../text/index.js';
import { labelKey } from '../text/lexicon.js';
import { placeOf } from './place.js';
import { addresses } from './travel/phrases.js';
import { RULE_LINE, streetAndCityLine } from './address-lines.js';
import { SUBJECT } from './general-mail-city.js';
import { hasLegalForm, withoutLegalForm } from './people.js';
import { proseOf, scheduleOf } from './schedule.js';
import { ACT, NOT_ACT } from './general-act.js';
import { countryOfAmbiguousCity, countryOfPostcodeByEmails } from './general-city-country.js';
import { opensContractParty } from './contract-party-opener.js';
import { bracketedPlace } from './general-bracketed-place.js';

/**
 * "Zollhaus Bühne, Rheinweg 12, 79539 Lörrach": a name before a street address. The address
 * starts at the first part with a house number; parts between (an area's name) are dropped.
 * A name may hold a number ("Studio 9, ul. Długa 4, 00-950 Warszawa") when a street with its
 * house number follows it and a postcode opens the part after that.
 */
/** A part that is only a house number: "147", "12 B", "s/n". */
const HOUSE_NUMBER_ONLY = /^(?:\d{1,4}\s?[a-z]?|s\/n)$/i;
/** "29016 Málaga", "20121 Milano": a postcode of four or five figures and the town. */
const POSTCODE_TOWN = /^\d{4,5}\s+\p{Lu}/u;

export function splitVenueAddress(value: string): { venue: string; address: string } | null {
  // "Parque Norte · Calle Mayor s/n, 28001 Madrid": a middle dot or bar may part the name from its address.
  const dotted = /^([^·|•]+?)\s+[·|•]\s+([^·|•]+)$/u.exec(value);
  if (dotted && !/\d/.test(dotted[1]!) && /\d/.test(dotted[2]!) && dotted[2]!.includes(',')) {
    return { venue: dotted[1]!.trim(), address: dotted[2]!.trim().replace(/\.$/, '') };
  }
  // "Salle X — 31 rue Y, 54000 Nancy": a dash may too, when the address after it opens with its house number.
  const dashed = /^([^—–,]+?)\s+[—–]\s+(\d[^—–]*,[^—–]*)$/u.exec(value);
  if (dashed && !/\d/.test(dashed[1]!)) return { venue: dashed[1]!.trim(), address: dashed[2]!.trim().replace(/\.$/, '') };
  const parts = value.split(',').map((p) => p.trim());
  const numberedName = parts.length >= 3 && STREET_WITH_NUMBER.test(parts[1]!) && /^\d/.test(parts[2]!);
  let street = numberedName ? 1 : parts.findIndex((p) => /\d/.test(p));
  // "ул. Абая, 48": a Cyrillic street's house number stands after a comma; the street opens the address.
  if (street > 1 && CYRILLIC_STREET.test(parts[street - 1]!)) street--;
  // "Paseo del Parque, 62, 29016 Málaga": a bare house number after a comma, right before the postcode and town
  // (Spanish, Italian), closes the street before it; "12, Mill Road, …" opens a street instead.
  else if (street >= 1 && HOUSE_NUMBER_ONLY.test(parts[street]!) && POSTCODE_TOWN.test(parts[street + 1] ?? '')) street--;
  if (street < 0) return numberlessStreet(parts);
  if (parts.length < 3 || street < 1 || (/\d/.test(parts[0]!) && !numberedName) || parts.length - street < 2) return null;
  // "X, ՀՀ, ք. Վանաձոր 2001, …": a country written before the city opens the address (place-armenian.ts).
  if (street > 1 && isArmenia(parts[street - 1]!)) street--;
  return { venue: withoutQuotes(parts[0]!), address: parts.slice(street).join(', ').replace(/[.։]$/, '') };
}

/** An English street's kind word closing its name ("Magnolia Road", "Hill St."), where no house number marks it. */
const STREET_WORD = /^\p{Lu}[\p{L}'’ -]*\s(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Dr|Highway|Boulevard|Blvd|Way|Crescent|Close)\.?$/u;

/**
 * "Riverside Gardens, Magnolia Road, Karen, Nairobi, Kenya": many cities write no house number, so a
 * part named as a street after the name opens the address, when at least a town follows it. A
 * trailing country is no part of the address.
 */
function numberlessStreet(parts: string[]): { venue: string; address: string } | null {
  const street = parts.findIndex((p, i) => i > 0 && STREET_WORD.test(p));
  if (street < 1 || parts.length - street < 2) return null;
  const end = parts.length - street > 2 && normaliseCountry(parts[parts.length - 1]!) ? parts.length - 1 : parts.length;
  return { venue: withoutQuotes(parts.slice(0, street).join(', ')), address: parts.slice(street, end).join(', ').replace(/\.$/, '') };
}

/**
 * "«Зелена Фабрика», вул. …", "„Мелница“, ул. …": a name quoted whole is the name without its marks; so is one
 * after the lower-case Cyrillic words of its kind ("концертный клуб «Северный Свет»", "клуб «Атлас»"); a Latin-script
 * kind word stays part of the name ("klubs „Vārti”"), as those documents' own headings write it.
 */
function withoutQuotes(name: string): string {
  return /^(?:[а-яёіїєґ][а-яёіїєґ-]*\s+){0,3}[«„“"]([^«»„“”"]+)[»“”"]$/u.exec(name)?.[1]!.trim()
    // "«Կապույտ Դուռ» համերգային սրահ": Armenian writes the kind's lower-case words after the quoted name.
    ?? /^«([^«»]+)»(?:\s+[ա-և][ա-և-]*){1,3}$/u.exec(name)?.[1]!.trim() ?? name;
}

/** A Cyrillic street's abbreviation: "ул." (street), "пр." / "просп." (avenue), "пер." (lane), "бул." / "б-р", "вул.", "пл.", "ш.". */
const CYRILLIC_STREET = /^(?:ул|пр|просп|пер|бул|б-р|вул|пл|ш)\.\s*\p{Lu}/u;

/** "ul. Długa 4", "Rheinweg 12", "Via Roma 3/b": a street's words, then its house number. */
const STREET_WITH_NUMBER = /^\p{L}[\p{L}.'’ -]*\s\d{1,4}[a-z]?(?:\/\d{1,4}[a-z]?)?$/u;

/** Venue and address from "Venue, street, city" text found at `offset`. */
export function addVenue(draft: Draft<General>, source: ExtractedSource, value: string, offset: number, method: Found<string>['method']): boolean {
  const split = splitVenueAddress(value);
  if (!split) return false;
  draft.venue ??= found(split.venue, evidenceAt(source, [offset + value.indexOf(split.venue), offset + value.indexOf(split.venue) + split.venue.length], method));
  addAddress(draft, source, split.address, offset + value.indexOf(split.address), method);
  return true;
}

/**
 * What follows an address on its line is no part of it: a remark in brackets ("(cap. 450 standing)", its
 * closing bracket maybe on the next line;
 * a capitalised one is a town's part of its name, "Waren (Müritz)")
 * or the next sentence ("…, 75011 Paris. Trucks use the side gate"; not after "St." or "Ave.", and only
 * after a comma: "12 Blvd. Saint-Germain, 75006 Paris" is one address).
 */
// So is a lower-case remark after a spaced long dash ("…, 69002 Lyon — accès livraisons par la rue").
const AFTER_ADDRESS = /\s*\((?=\p{Ll}|\d)[^()]*\)?[։]?\s*$|(?<=,.*\p{Ll}{3})\.\s+\p{Lu}.*$|\s+[—–]\s+\p{Ll}.*$/u;

export function addAddress(draft: Draft<General>, source: ExtractedSource, value: string, offset: number, method: Found<string>['method']): void {
  const clean = value.replace(AFTER_ADDRESS, '').replace(/\.$/, '');
  draft.address ??= found(clean, evidenceAt(source, [offset, offset + clean.length], method));
  const place = placeOf(clean);
  if (place.city && place.cityIndex !== null && !draft.city) {
    draft.city = found(place.city, evidenceAt(source, [offset + place.cityIndex, offset + place.cityIndex + place.city.length], 'inferred'));
  }
  if (place.country && !draft.country) draft.country = found(place.country, evidenceAt(source, [offset, offset + clean.length], 'inferred', true));
}

const SHOW_PLACE = /\b(?:venue is|the (?:club|hall|room|place|location) is|venue will be|show (?:will take|takes) place at|(?:we|you) play at|concert (?:is|will be) at|gig is at|spielort ist|konzert findet .{0,20}? statt im|spelar på|tocáis en|concierto (?:es|será) en|(?:esibir(?:si|à)|suonare|suonerà)(?: dal vivo)? presso|aura lieu\b[^.\n]{0,60}?\s(?:à|dans) la salle)\s+(?:at\s+)?([^.\n]{6,140}?)(?=,?\s+(?:on|il giorno)\s|\.\s|\.$|\n|\s{3,}|$)/gi;

/**
 * A chat or heading line "Lumen Lane @ Halle Nord, Hauptstraße 1, 10317 Berlin - Fri 22.10.2027": the act at the venue
 * (also as the last sentence of a chat message: "Hi all, group for Friday. Lumen Lane @ Halle Nord, …").
 * A billing may name the support after "w/" ("Lumen Lane w/ Pale Birds @ Halle Nord, …"), and follow the
 * day it confirms after a comma ("Confirming Fri 4/16/27, Lumen Lane w/ … @ …").
 */
const ACT_AT_VENUE = new RegExp(String.raw`(?:^|[.!?]\s+|(,\s+))\s*${ACT}(?:\s+w/\s*[^@\n]{1,60}?)?\s+@\s+([^@\n]+?)(?:\s+[–—|·-]\s+[^,\n]*)?\s*$`, 'u');

export function fromActAtVenue(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  for (const line of read(source).lines) {
    const m = ACT_AT_VENUE.exec(line.text);
    if (!m || NOT_ACT.test(m[2]!)) continue;
    // After a comma, only the day before it opens a billing ("Thanks, Lumen Lane @ …" names no show).
    if (m[1] && !findDates(line.text.slice(0, m.index)).length) continue;
    const placeAt = line.start + m.index + m[0].lastIndexOf(m[3]!);
    if (!addVenue(draft, source, m[3]!, placeAt, 'pattern')) continue;
    const at = line.start + m.index + m[0].indexOf(m[2]!);
    draft.artist ??= found(m[2]!, evidenceAt(source, [at, at + m[2]!.length], 'pattern'));
    return;
  }
}

/**
 * A venue's own staff sign with its name over its address ("Programming | Zaal Noord" /
 * "Noordstraat 11, 9000 Gent"): that is the venue when the text also places the show there
 * ("the plan for Friday at Zaal Noord") or the mail's subject names it as one of its parts
 * ("Advance - Act - Gent, Zaal Noord - Fri 9/10"). A company (a legal form), a hotel or a restaurant is not.
 */
export function fromSignature(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  const r = read(source);
  const bare = (i: number) => r.lines[i]?.text.replace(/^(\s*>)+\s?/, '') ?? '';
  for (let i = 0; i + 1 < r.lines.length; i++) {
    const org = bare(i).split(/\s+[|–—·]\s+|,\s+/).pop()!.trim();
    if (!/^\p{Lu}/u.test(org) || /\d|@/.test(org) || org.split(/\s+/).length > 5 || withoutLegalForm(org) !== org || LODGING_OR_RESTAURANT.test(org)) continue;
    const placed = new RegExp(String.raw`${AT_PLACE}\s*${escapeRegExp(org)}(?![\p{L}\d])`, 'u');
    if (!placed.test(source.text) && !subjectPartIs(source.text, org)) continue;
    const address = bare(i + 1).trim();
    if (!/\d/.test(address) || !placeOf(address).city) continue;
    const line = r.lines[i]!;
    const orgAt = line.start + line.text.lastIndexOf(org);
    draft.venue = found(org, evidenceAt(source, [orgAt, orgAt + org.length], 'pattern'));
    const next = r.lines[i + 1]!;
    addAddress(draft, source, address, next.start + next.text.indexOf(address), 'pattern');
    return;
  }
}

/** Whether the mail's subject, cut at spaced dashes, bars and commas, has `name` as one part. */
function subjectPartIs(text: string, name: string): boolean {
  const subject = SUBJECT.exec(text)?.[1];
  return !!subject && subject.split(/\s+[-–—|]\s+|,\s+/).some((part) => part.trim().toLowerCase() === name.toLowerCase());
}

/**
 * Words placing something at a place: "at", "@", German "im", Swedish "på", Italian "all'", Spanish "en (la)",
 * Galician and Portuguese "na"/"no"/"em"…; Slovenian and
 * Serbian with the place's kind ("v prostoru X", "v klubu X", "u dvorani X"). A bare "en", "em", "na" or "no"
 * right after a capitalised word joins a name instead (Dutch "Jan en Piet Studio", "and").
 */
const AT_PLACE = String.raw`(?:(?<![\p{L}])(?:at|im|in|på|bei|bij|op|au|à|al|presso|en\s+(?:la|el)|(?<!\p{Lu}[\p{L}'’-]*\s+)(?:en|em|na|no))\s|@\s*|(?<![\p{L}])all['’]\s?|(?<![\p{L}])(?:v|u|na)\s+(?:prostoru|klubu|dvorani|prizorišču|lokaciji)\s)`;
// "på" joins Scandinavian names' parts ("Kjelleren på Nytorget"), as "de" and "of" do.
// Italian joins with the article in it too ("Cortile della Fornace", "Teatro dei Rozzi").
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:de|del|della|dello|delle|dei|degli|di|am|an|der|la|le|of|the|på)\s+)?\p{Lu}[\p{L}'’&-]*){0,4}`;
/** The dot of "No." before a number ("Road No. 36", "Nr. 4"): an abbreviation inside the address, no sentence's end. */
export const NUMBER_ABBREVIATION_DOT = String.raw`(?<=(?<![\p{L}])(?:No|no|Nr|nr))\.(?=[ \t]?\d)`;
/** "at Hollin Social Club (41 Hollin Street, Leeds LS6 1PX)", "all'Officina Nord, Via del Deposito 7, Bologna". */
// A letter may break its line after the name's comma ("… concert at The Hall,⏎12 Main Street, …").
// A name may end in a number when its address follows in brackets ("im Speicher 4 (Kaistraße 2, …)").
// An article may stand between the word and the name ("in der Tonhalle Nord", "in het Paradiso", "presso il Teatro Nuovo").
const AT_NAME_WITH_ADDRESS = new RegExp(String.raw`${AT_PLACE}\s*(?:(?:the|der|dem|het|il|lo|la)\s+)?(${PLACE_NAME}(?:\s+\d{1,3}(?=\s*\())?)(?:\s*\(\s*([^()\n]{6,80})\)|,[ \t]*\n?[ \t]*((?:[^.;\n]|${NUMBER_ABBREVIATION_DOT}){6,100}))`, 'gu');
/** What is eaten, slept or parked at is not the show's place. */
const NOT_SHOW_PLACE = /\b(dinner|lunch|breakfast|meal|food|eat|rooms?|hotel|sleep|stay|park\w*|cena|pranzo|essen|middag|frokost|diner|déjeuner|comida|albergo)\b/i;

/** A street and its number: "Via del Deposito 7", "41 Hollin Street", "Poljanska cesta 28a", also after a unit ("Unit 4 Canal Wharf"); Italian writes the entrance after a slash ("Via Emilia 74/2"). */
const STREET = /^(?:\p{L}[\p{L} .'’-]+\s\d+[a-z]?(?:\/\d+[a-z]?)?|\d+[a-z]?\s\p{L}[\p{L} .'’-]+|(?:Unit|Suite|Arch|Block)\s\d+[a-z]?,?\s\p{Lu}[\p{L} .'’-]+)$/u;

/**
 * A plan's venue section written as one row, the name in the first column and the street address
 * first in the second ("Name ⇥ Street 14, 211 20 City · Promoter: …"), perhaps after a blank line.
 */
function nameThenAddressRow(source: ExtractedSource, draft: Draft<General>, lines: Line[], from: number): boolean {
  let n = from;
  while (n < lines.length && !lines[n]!.text.trim()) n++;
  const line = lines[n];
  const cells = line?.text.split(/\t+/).map((c) => c.trim()) ?? [];
  if (!line || cells.length < 2) return false;
  const [name, rest] = cells as [string, string];
  if (!/^\p{Lu}/u.test(name) || /\d|:/.test(name) || name.split(/\s+/).length > 5) return false;
  const address = rest.split(/\s+[·|•]\s+|;\s+/)[0]!.trim();
  if (!STREET.test(address.split(',')[0]!.trim()) || !placeOf(address).city) return false;
  const nameAt = line.start + line.text.indexOf(name);
  draft.venue = found(name, evidenceAt(source, [nameAt, nameAt + name.length], 'pattern'));
  addAddress(draft, source, address, line.start + line.text.indexOf(address, line.text.indexOf(name) + name.length), 'pattern');
  return true;
}

/** A venue read off a "Stage:" label alone, with no address: a festival's site block names the place the stage stands in. */
function onlyStage(source: ExtractedSource, draft: Draft<General>): boolean {
  const span = draft.venue?.span;
  return !draft.address && !!span && read(source).labelled.some((l) => l.key === 'stage' && l.span[0] === span[0]);
}

/** The block's one line "Name, Street 12, 8861 AB City, Country": the name before the first comma, the address after it. */
function nameCommaAddressLine(source: ExtractedSource, draft: Draft<General>, line: Line | undefined): boolean {
  const m = line ? /^\s*(\p{Lu}[^,\d:]{1,60}?),\s*([^\t]+?)\s*$/u.exec(line.text) : null;
  if (!line || !m) return false;
  const [, name, address] = m as unknown as [string, string, string];
  if (name.split(/\s+/).length > 5 || !STREET.test(address.split(',')[0]!.trim()) || !placeOf(address).city) return false;
  const nameAt = line.start + line.text.indexOf(name);
  draft.venue = found(name, evidenceAt(source, [nameAt, nameAt + name.length], 'pattern'));
  addAddress(draft, source, address, line.start + line.text.lastIndexOf(address), 'pattern');
  return true;
}

/**
 * Two blocks side by side under headings in capitals ("VENUE ⇥ TRAVEL"): the venue's column is the
 * first, and the next line's first cell opens with the venue's name and its street address run
 * together ("Riverside Hall 845 E Grand Ave Denver, CO 80203 Main: …").
 */
function firstColumnVenueBlock(source: ExtractedSource, draft: Draft<General>, lines: Line[], i: number): boolean {
  const cells = lines[i]!.text.split('\t').map((c) => c.trim()).filter(Boolean);
  if (cells.length !== 2 || !cells.every((c) => c === c.toUpperCase() && /^\p{Lu}[\p{Lu} &]+$/u.test(c)) || labelKey(cells[0]!) !== 'venue') return false;
  const next = lines[i + 1];
  const cell = next?.text.split('\t')[0] ?? '';
  const address = addresses(cell).find((a) => a.value.includes(',') && placeOf(a.value).city);
  const name = address ? cell.slice(0, address.index).trim() : '';
  if (!next || !address || !/^\p{Lu}/u.test(name) || /\d|:/.test(name) || name.split(/\s+/).length > 5) return false;
  const nameAt = next.start + next.text.indexOf(name);
  draft.venue = found(name, evidenceAt(source, [nameAt, nameAt + name.length], 'pattern'));
  addAddress(draft, source, address.value, next.start + next.text.indexOf(cell) + address.index, 'pattern');
  return true;
}

/** "Site : Parc des Rives, 12 rue du Port, 56100 Lorient": a festival's site with its street address, on a line of its own. */
const SITE_LINE = /^[ \t]*(?:festival[ \t]+)?site[ \t]*:[ \t]*(\S.*)$/iu;

/** The site a festival sheet places the show at, written with its address: the venue the stage named alone stands in. */
function fromSiteLine(source: ExtractedSource, draft: Draft<General>): boolean {
  for (const line of read(source).lines) {
    const m = SITE_LINE.exec(line.text);
    if (!m || !splitVenueAddress(m[1]!)) continue;
    delete draft.venue;
    return addVenue(draft, source, m[1]!, line.start + m[0].length - m[1]!.length, 'label');
  }
  return false;
}

/**
 * A day sheet's venue block: a heading "VENUE" (perhaps the last column of a line), the name on the
 * next line and its street address within the next few lines, as a two-column layout interleaves them.
 */
export function fromVenueBlock(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue && !onlyStage(source, draft)) return;
  if (fromSiteLine(source, draft)) return;
  // A thread's quoted advance holds the block too, behind its quote markers.
  const lines = read(source).lines.map(unquoted);
  const lastCell = (i: number) => lines[i]?.text.split('\t').map((c) => c.trim()).filter(Boolean).pop() ?? '';
  for (let i = 0; i + 2 < lines.length; i++) {
    // "VENUE", also numbered with its address beside it: "1. SITE & ADDRESS".
    const heading = lastCell(i).replace(/^\d{1,2}[.)]\s+/, '').replace(/\s*(?:&|\/|and)\s*ADDRESS$/, '');
    // "VENUE ⇥ TRAVEL": the venue's block is the first of two columns, its name and address opening the next line.
    if (firstColumnVenueBlock(source, draft, lines, i)) return;
    if (heading !== heading.toUpperCase() || (labelKey(heading) !== 'venue' && !/^(?:FESTIVAL\s+)?SITE$/.test(heading))) continue;
    // A text layout's rule line ("-----") under the heading is no part of the block.
    let n = i + 1;
    while (n < lines.length && RULE_LINE.test(lines[n]!.text)) n++;
    if (nameThenAddressRow(source, draft, lines, n) || nameCommaAddressLine(source, draft, lines[n])) return;
    const name = lastCell(n);
    if (!/^\p{Lu}/u.test(name) || /\d|:/.test(name) || name.split(/\s+/).length > 5) continue;
    // A street line with its city on the line below ("1318 N Front St" / "Philadelphia, PA 19122").
    const split = lines.slice(n + 1, n + 4).map((l) => (STREET.test(l.text.trim()) ? streetAndCityLine(l, lines[l.index + 1]) : null)).find(Boolean);
    const at = lines.slice(n + 1, n + 4).find((l) => STREET.test(l.text.split(',')[0]!.trim()) && placeOf(l.text.trim()).city);
    if (!at && !split) continue;
    const nameAt = lines[n]!.start + lines[n]!.text.lastIndexOf(name);
    draft.venue = found(name, evidenceAt(source, [nameAt, nameAt + name.length], 'pattern'));
    if (split) {
      draft.address ??= found(split.text, evidenceAt(source, [split.start, split.end], 'pattern'));
      if (split.city && split.cityAt !== null) draft.city ??= found(split.city, evidenceAt(source, [split.cityAt, split.cityAt + split.city.length], 'inferred'));
      if (split.country) draft.country ??= found(split.country, evidenceAt(source, [split.start, split.end], 'inferred', true));
      return;
    }
    if (!at) continue;
    const address = at.text.trim();
    addAddress(draft, source, address, at.start + at.text.indexOf(address), 'pattern');
    return;
  }
}

/**
 * A venue named after "at" (any language) with its street address beside it. A thread's quoted
 * older messages are read too (after the newer ones): the first message often places the show.
 */
export function fromPlacedName(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  for (const m of read(source).messages) {
    const { text, offset } = proseWithLineEnds(m, true);
    for (const hit of text.matchAll(AT_NAME_WITH_ADDRESS)) {
      const [, name, bracketed, after] = hit;
      // "…, Leeds LS2 7HY, Sunday 14/03/2027": the show's day after the address is no part of it.
      const written = withoutDayAfter((bracketed ?? after)!.replace(/\s+/g, ' ').trim().replace(/[.:]$/, '').replace(/(?:,\s*[^,]*\d{1,2}[./]\d{1,2}[./]\d{2,4}[^,]*)+$/, ''));
      // Prose may break its line between the postcode and the city ("…, Rúa Nova 4, 27002⏎Lugo (Galiza)").
      const address = bracketed ? written : written + cityAfterWrappedPostcode(written, text.slice(hit.index + hit[0].length));
      const sentence = text.slice(Math.max(0, hit.index - 60), hit.index).split(/[.!?\n]\s/).pop()!;
      if (LODGING_OR_RESTAURANT.test(name!) || countryOfCity(name!) || NOT_SHOW_PLACE.test(sentence) || !STREET.test(address.split(',')[0]!) || !/^\p{Lu}/u.test(placeOf(address).city ?? '')) continue;
      // French names hold "à"/"au" after an article and a noun ("Le Hangar à Sel", "La Maison au Bois"):
      // there the preposition is part of the name, not "at" (an act before "à" has no article before it).
      if (/^(?:à|au)\s/u.test(hit[0]) && /(?:^|[^\p{L}])(?:Le|La|Les|L['’])\s*\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, hit.index - 30), hit.index))) continue;
      const nameAt = offset + hit.index + hit[0].indexOf(name!);
      // "au Phare" is "à le Phare": the name's article, written elsewhere ("la salle « Le Phare »"), is part of it.
      const articled = /^au\s/u.test(hit[0]) ? new RegExp(String.raw`(?<![\p{L}])Le\s+${escapeRegExp(name!)}(?![\p{L}])`, 'u').exec(source.text) : null;
      // A name wrapped onto the next (quoted) line is one name.
      if (articled) draft.venue = found(articled[0].replace(/\s+/g, ' '), evidenceAt(source, [articled.index, articled.index + articled[0].length], 'pattern'));
      else draft.venue = found(name!.replace(/\s+/g, ' '), evidenceAt(source, [nameAt, nameAt + name!.length], 'pattern'));
      const addressAt = source.text.indexOf(address.split(',')[0]!, nameAt);
      addAddress(draft, source, address, addressAt >= 0 ? addressAt : nameAt, 'pattern');
      return;
    }
  }
}

/** The city on the next line when `address` ends on its postcode: " Vilanova de Arousa" (brackets and commas end it). */
function cityAfterWrappedPostcode(address: string, rest: string): string {
  if (!/,\s*\d{4,5}$/.test(address)) return '';
  const city = /^[ \t]*\n[ \t]*(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|da|do|del|la|di)\s+)?\p{Lu}[\p{L}'’-]*){0,3})(?=\s*[(,.;]|\s*$)/u.exec(rest);
  return city ? ` ${city[1]}` : '';
}

/** "…, K1P 5J2, on Friday, June 4, 2027": the day after an address (a weekday, or "on" and a day) is no part of it. */
// Prose going on after the city is no part of it either: "…, 44100 Modena, nell'ambito del festival …" (a lower-case word after the postcode's part).
function withoutDayAfter(address: string): string {
  const parts = address.split(',');
  const afterPostcode = (i: number) => /\d{4}/.test(parts[i - 1]!) && /^\s*\p{Ll}{3}/u.test(parts[i]!);
  const day = parts.findIndex((p, i) => i > 0 && (/^\s*on\s+\p{L}/u.test(p) || isWeekdayWord(p.trim().split(/\s+/)[0] ?? '') || afterPostcode(i)));
  return day > 0 ? parts.slice(0, day).join(',').trim() : address;
}

/** In prose: "Venue is Sala Uno, Calle Mayor 5, 28013 Madrid", "The show will take place at X, …". */
export function fromProse(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  for (const m of read(source).messages) {
    const prose = proseOf(m);
    for (const hit of prose.text.matchAll(SHOW_PLACE)) {
      const value = hit[1]!;
      const offset = prose.offset + hit.index + hit[0].indexOf(value);
      if (addVenue(draft, source, value.replace(/\s+/g, ' '), offset, 'pattern')) return;
    }
  }
}

/** A message's prose with its line ends kept: an address after a comma ends with its line. */
function proseWithLineEnds(m: EmailMessage, keepQuoted = false): { text: string; offset: number } {
  const prose = proseOf(m, undefined, keepQuoted);
  return { text: m.lines.slice(1).reduce((t, l) => `${t.slice(0, l.start - prose.offset - 1)}\n${t.slice(l.start - prose.offset)}`, prose.text), offset: prose.offset };
}

/**
 * "The address is …", "Adressen er …", "Die Adresse ist …": the sentence gives the show's address alone.
 * Portuguese says where the place stands: "O endereço é …", "A casa fica na Rua …" (the street checked below).
 */
const ADDRESS_IS = /(?<![\p{L}])(?:(?:the )?address is|adressen (?:er|är)|die adresse (?:ist|lautet)|la direcci[oó]n es|l['’]adresse est|het adres is|l['’]indirizzo è|o endereço é|fica (?:na|no|em))\s*:?\s+([^\n]{6,100}?)(?=\.\s|\.?$|\n|\s{3,})/giu;

/** "Rua das Flores, 88 – Centro, …": a street with its house number after a comma, as Portuguese and Spanish write it. */
const STREET_COMMA_NUMBER = /^\p{Lu}[\p{L} .'’-]+,\s*\d{1,5}[a-z]?(?=\s|,|$)/u;

/** Stems of lodging and eating words, inflected too ("Hotellet", "Restauranten"). */
const STAY_OR_MEAL_STEM = /hot[eé]l|hostel|gjestehus|gästehaus|albergo|pension|restaura/i;

/**
 * A message that names the address alone ("Adressen er Nedre Torg 4, 7010 Trondheim"): the show's,
 * unless the sentence is about a hotel, a meal or parking. The address needs a street and a city.
 */
export function addressFromProse(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.address) return;
  for (const m of read(source).messages) {
    const prose = proseWithLineEnds(m);
    for (const hit of prose.text.matchAll(ADDRESS_IS)) {
      const address = hit[1]!.trim();
      // A chat's blanked sender prefix ends the sentence before, as a full stop or a line end does.
      const sentence = prose.text.slice(Math.max(0, hit.index - 60), hit.index).split(/[.!?\n]\s|\n|\s{3,}/).pop()!;
      if (NOT_SHOW_PLACE.test(sentence) || STAY_OR_MEAL_STEM.test(sentence) || !(STREET.test(address.split(',')[0]!) || STREET_COMMA_NUMBER.test(address)) || !placeOf(address).city) continue;
      addAddress(draft, source, address, prose.offset + hit.index + hit[0].lastIndexOf(address), 'pattern');
      return;
    }
  }
}

const HEADING_LENGTH = 160;

/** A place to sleep or eat, not the venue: "Hotel X", "Albergo Y", "Z Gjestehus". */
const LODGING_OR_RESTAURANT = /(?<!\p{L})(hotel|hôtel|hotell|albergo|gjestehus|gästehaus|gasthof|pension|hostel|vandrarhem|hostal|restaurant|restaurang|ristorante|trattoria)(?!\p{L})/iu;

/**
 * A heading line near the top that places the show: "Salle Rive, 3 quai Nord, 69001 Lyon,
 * France · Sunday 11 May 2025" — segments cut at " · ", " | " or " – ", one of them a venue and address.
 */
export function fromHeading(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  const r = read(source);
  if (venueInHeading(source, draft, r.lines.slice(0, HEADING_LINES))) return;
  // A thread's quoted first message opens with its own heading ("Act / date / venue, street, city"), behind its quote markers.
  for (const m of r.messages) {
    if (m.depth > 0 && venueInHeading(source, draft, m.lines.slice(0, HEADING_LINES).map(unquoted), true)) return;
  }
}

/** How many lines from a document's (or a message's) top may hold its heading. */
const HEADING_LINES = 12;

/**
 * The venue of a heading among `lines`. A message's (`message`) is a line of its own naming the place and
 * its street address ("Name, 12 Street, City"), not a sentence of its prose that merely holds commas.
 */
function venueInHeading(source: ExtractedSource, draft: Draft<General>, lines: Line[], message = false): boolean {
  let party = false;
  for (const [i, line] of lines.entries()) {
    // "Acme Booking SARL, au capital de …": a contract's party, a firm with its legal form, names no place,
    // nor does one opened as a party ("Dunha parte, …", contract-party-opener.ts),
    // nor do the lines its paragraph wraps onto ("… situé 12 rue des" / "Lilas, 69001 Lyon, SIRET …").
    party = hasLegalForm(line.text.split(',')[0]!) || opensContractParty(line.text) || (party && wrapsOn(lines[i - 1]));
    if (party) continue;
    let at = 0;
    for (const cell of line.text.split(/\s+[·|–—]\s+/)) {
      const offset = line.start + line.text.indexOf(cell, at);
      at = offset - line.start + cell.length;
      // A page header's date in its own tabbed cell after the place ("Venue, street, city ⇥ Thursday 19 March") is no part of it.
      const tabbed = cell.lastIndexOf('\t');
      const segment = tabbed > 0 && isDateOnly(cell.slice(tabbed + 1)) ? cell.slice(0, tabbed).trimEnd() : cell;
      // A heading's venue is a name, not the end of a sentence, a hotel or a form's label and value.
      const name = segment.split(',')[0]!;
      // A label before the name ("Location: X, street, city") makes it a form's field, read by its label.
      if (!/^[\p{Lu}\d]/u.test(segment.trim()) || /\t|:|\b(is|are|at|will|the show)\b/.test(name) || LODGING_OR_RESTAURANT.test(name)) continue;
      // A paragraph of speech or prose ("Dinner, booked at X, …, is that ok?") is no heading.
      if (/[?!]/.test(segment) || segment.length > HEADING_LENGTH) continue;
      // "Ann Lee, 07700 900318, ann@band.example": a person's contact line, no place.
      if (/\S@\S/.test(segment)) continue;
      // "Friday, June 4, 2027": a line that is only a date (and its weekday) names the day, no place.
      if (isDateOnly(segment)) continue;
      // "SHOW DAY (Venue, street, area)": the place is the bracket's (general-bracketed-place.ts).
      const place = bracketedPlace(segment);
      if (message && !namesStreetAddress(place.text)) continue;
      if (addVenue(draft, source, place.text, offset + place.at, 'pattern')) return true;
    }
  }
  return false;
}

/** "Name, 12 Street, District, City": a name, then an address opening with its street and ending in a city, no sentence. */
function namesStreetAddress(text: string): boolean {
  const split = splitVenueAddress(text);
  return !!split && !/[.:;]\s/.test(text) && STREET.test(split.address.split(',')[0]!.trim()) && !!placeOf(split.address).city;
}

/** A long line of prose ending mid-sentence: the next line carries on its sentence. */
function wrapsOn(line: Line | undefined): boolean {
  return !!line && !line.text.includes('\t') && line.text.trim().length >= WRAPPED_WIDTH && /[\p{L}\d]$/u.test(line.text.trim());
}
const WRAPPED_WIDTH = 60;

/** A segment holding a date and at most its weekday besides ("Friday, June 4, 2027", "Freitag, 4. Juni 2027"). */
function isDateOnly(segment: string): boolean {
  const dates = findDates(segment);
  if (!dates.length) return false;
  let rest = segment;
  for (const d of dates) rest = rest.replace(segment.slice(d.index, d.index + d.length), ' ');
  return rest.split(/[^\p{L}]+/u).filter(Boolean).every(isWeekdayWord);
}

/** The load-in's or set's location, when it reads "Venue, street, city". */
export function fromItemLocations(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  for (const item of scheduleOf(source)) {
    const loc = item.location;
    if (loc?.span && ['load_in', 'set', 'soundcheck'].includes(item.kind.value) && addVenue(draft, source, loc.value, loc.span[0], 'inferred')) return;
  }
}

/** The city's country: a known city's, else one written beside it in brackets ("Wroclaw (PL)"). */
export function countryOfShowCity(source: ExtractedSource, draft: Draft<General>, city: Found<string>): void {
  // "TP. Cần Thơ": a Vietnamese city by its English name in the gazetteer (normalise/vietnamese-city.ts).
  const known = countryOfCity(city.value) ?? countryOfVietnameseCity(city.value);
  if (known) {
    draft.country = found(known, { ...city, method: 'inferred', validated: true });
    return;
  }
  const m = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(city.value)}\s*\((\p{Lu}{2,3})\)`, 'u').exec(source.text);
  const code = m ? normaliseCountry(m[1]!) : null;
  if (m && code) draft.country = found(code, evidenceAt(source, [m.index, m.index + m[0].length], 'pattern', true));
  // "Hanzeweg 14, 7418 AW Deventer": a postcode only one country writes so.
  const byPostcode = !draft.country && draft.address ? countryOfPostcode(draft.address.value) : null;
  if (byPostcode) draft.country = found(byPostcode, { ...draft.address!, method: 'inferred', validated: false });
  // "Aberdeen" names cities in two countries: the one the source's e-mail addresses name (general-city-country.ts).
  const byAddresses = draft.country ? null : countryOfAmbiguousCity(source, city.value);
  if (byAddresses) draft.country = found(byAddresses, { ...city, method: 'inferred', validated: false });
  // A town the gazetteer lacks, its five-digit postcode read by the country of the source's e-mail domains.
  const byDomains = !draft.country && draft.address ? countryOfPostcodeByEmails(source, draft.address.value) : null;
  if (byDomains) draft.country = found(byDomains, { ...draft.address!, method: 'inferred', validated: false });
}
