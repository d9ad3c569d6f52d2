/**
 * general: the show — artist, event, venue, address, city, country, date and the night's times.
 * Per source, one Draft: labelled values first; the times from the day's schedule (scheduleOf);
 * the date, where no label gives it, from the dates the text mentions most (in an e-mail, relative
 * dates such as "Sunday the 16th" resolved against the message's date).
 *
 * A source that states nothing about a show (a hotel confirmation, a contact list) yields nothing:
 * times are taken only from a source that also names a venue, an artist, a date or a set.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import type { SectionExtractor } from '../context.js';
import { found, type Draft, type Found } from '../found.js';
import { findDates, findTimes, normaliseCountry, normaliseDate, normaliseDuration, normaliseText } from '../normalise/index.js';
import { countryOfCity } from '../../reference/index.js';
import { evidenceAt, read, type Labelled } from '../text/index.js';
import { inHeaderBlock } from '../text/email.js';
import { labelKey } from '../text/lexicon.js';
import { placeOf } from './place.js';
import { showDateOf } from './show-date.js';
import { categorise } from './documents.js';
import { partiesOf, withoutLegalForm } from './people.js';
import { lengthFromRange, proseOf, scheduleOf, type ScheduleItem } from './schedule.js';

function textOf(source: ExtractedSource, l: Labelled): Found<string> | undefined {
  const value = normaliseText(l.value);
  return value ? found(value, evidenceAt(source, l.span, 'label')) : undefined;
}

/**
 * "Zollhaus Bühne, Rheinweg 12, 79539 Lörrach": a name before a street address. The address
 * starts at the first part with a house number; parts between (an area's name) are dropped.
 */
export function splitVenueAddress(value: string): { venue: string; address: string } | null {
  const parts = value.split(',').map((p) => p.trim());
  const street = parts.findIndex((p) => /\d/.test(p));
  if (parts.length < 3 || street < 1 || /\d/.test(parts[0]!) || parts.length - street < 2) return null;
  return { venue: parts[0]!, address: parts.slice(street).join(', ').replace(/\.$/, '') };
}

/** Venue and address from "Venue, street, city" text found at `offset`. */
function addVenue(draft: Draft<General>, source: ExtractedSource, value: string, offset: number, method: Found<string>['method']): boolean {
  const split = splitVenueAddress(value);
  if (!split) return false;
  draft.venue ??= found(split.venue, evidenceAt(source, [offset + value.indexOf(split.venue), offset + value.indexOf(split.venue) + split.venue.length], method));
  addAddress(draft, source, split.address, offset + value.indexOf(split.address), method);
  return true;
}

function addAddress(draft: Draft<General>, source: ExtractedSource, value: string, offset: number, method: Found<string>['method']): void {
  const clean = value.replace(/\.$/, '');
  draft.address ??= found(clean, evidenceAt(source, [offset, offset + clean.length], method));
  const place = placeOf(clean);
  if (place.city && place.cityIndex !== null && !draft.city) {
    draft.city = found(place.city, evidenceAt(source, [offset + place.cityIndex, offset + place.cityIndex + place.city.length], 'inferred'));
  }
  if (place.country && !draft.country) draft.country = found(place.country, evidenceAt(source, [offset, offset + clean.length], 'inferred', true));
}

/** The headline set: not a support slot, the latest to start (the headliner closes the night). */
export function headlineSet(items: ScheduleItem[], artist: string | undefined): ScheduleItem | undefined {
  const sets = items.filter((i) => i.kind.value === 'set');
  const named = artist ? sets.find((s) => s.name.value.toLowerCase().includes(artist.toLowerCase())) : undefined;
  if (named) return named;
  const own = sets.filter((s) => !s.support && !/support|opener|vorband|förband|telonero|première partie/i.test(s.name.value));
  const pool = own.length ? own : sets;
  // Times after midnight belong to the night before: order 00:30 after 23:00.
  const order = (t: string) => (t < '06:00' ? `3${t}` : `2${t}`);
  return pool.sort((a, b) => order(b.start.value).localeCompare(order(a.start.value)))[0];
}

/** "Venue production: Ida Brandt, 0341 …": a venue's person (a role after "venue", or a phone in the value), not the venue. */
function namesAPerson(l: Labelled): boolean {
  return /\b(production|manager|contact|technician|tech|booker|booking|promoter|phone|tel)\b/i.test(l.label) || PHONE.test(l.value);
}
const PHONE = /(?:\+|\b0)\d[\d ()/-]{6,}\d|\b\d{2,4}(?: \d{2,4}){3,}\b/;

/** A word naming a concert, before the act's name: "Konzert Tidewater Kings". */
const SHOW_WORD = /^(?:concert|konzert|konsert|koncert|concierto|concerto|show|gig|auftritt|live)\s+/i;

/**
 * A third party's booking (a shuttle, a ticket office) describes the show in one labelled line:
 * "Veranstaltung: Konzert Lumen Lane, Fr 27.08.2027, Halle Nord, Hauptstraße 1, 10317 Berlin"
 * (the line may wrap after a comma). Its parts are the act, the date, the venue and its address.
 */
function fromShowLine(source: ExtractedSource, draft: Draft<General>, l: Labelled): boolean {
  const show = SHOW_WORD.exec(l.value);
  if (!show) return false;
  const r = read(source);
  const next = r.lines[l.line.index + 1];
  const wrapped = /,\s*$/.test(l.value) && next ? `${l.value.trimEnd()} ${next.text.trim()}` : l.value;
  const parts = wrapped.slice(show[0].length).split(',').map((p) => p.trim());
  const dateAt = parts.findIndex((p) => findDates(p).length);
  if (dateAt !== 1) return false;
  const date = normaliseDate(parts[1]!, r.referenceDate ?? undefined);
  if (!date) return false;
  const act = parts[0]!;
  const actAt = l.span[0] + show[0].length;
  draft.artist ??= found(act, evidenceAt(source, [actAt, actAt + act.length], 'label'));
  draft.date ??= found(date, evidenceAt(source, l.span, 'label', true));
  const place = parts.slice(2).join(', ');
  const placeAt = source.text.indexOf(parts[2] ?? '', l.span[0]);
  if (place && placeAt >= 0) addVenue(draft, source, place, placeAt, 'label');
  return true;
}

const LENGTH_IN_MINUTES = /^\D{0,30}?\b(\d{2,3})\s*(?:min|mins|minutes?|minuti|minuten?|minuter|minutos?|minut)\b/i;

function fromLabels(source: ExtractedSource, draft: Draft<General>): void {
  const r = read(source);
  let stage: Found<string> | undefined;
  for (const l of r.labelled) {
    switch (l.key) {
      case 'artist': {
        // "Marrow Lanterns, represented by …": the name ends where a lower-case clause begins.
        const name = l.value.split(/,\s+(?=\p{Ll})|\s+\((?=\p{Ll})/u)[0]!;
        draft.artist ??= textOf(source, { ...l, value: name, span: [l.span[0], l.span[0] + name.length] });
        break;
      }
      case 'event':
        if (!fromShowLine(source, draft, l)) draft.eventName ??= textOf(source, l);
        break;
      case 'venue':
        if (namesAPerson(l)) break;
        if (!addVenue(draft, source, l.value, l.span[0], 'label')) draft.venue ??= textOf(source, l);
        break;
      case 'address':
        if (!addVenue(draft, source, l.value, l.span[0], 'label')) addAddress(draft, source, l.value, l.span[0], 'label');
        break;
      case 'stage':
        if (namesAPerson(l)) break;
        // A festival names its stage where a club names its venue: "Stage: Lake Stage, park, Strandvägen 3, 652 21 Karlstad".
        if (!addVenue(draft, source, l.value, l.span[0], 'label') && !r.labelled.some((v) => v.key === 'venue')) {
          stage ??= textOf(source, l);
        }
        break;
      case 'city': draft.city ??= textOf(source, l); break;
      case 'country': {
        const code = normaliseCountry(l.value);
        if (code) draft.country ??= found(code, evidenceAt(source, l.span, 'label', true));
        break;
      }
      case 'date': {
        if (inHeaderBlock(r.lines, l.line.index)) break;
        const date = normaliseDate(l.value, r.referenceDate ?? undefined);
        if (date) draft.date ??= found(date, evidenceAt(source, l.span, 'label', true));
        break;
      }
      case 'set_time': {
        // "Spielzeit: 90 Minuten" — a set label whose value is a length, not a time; "Show: 21:00
        // (length 90 min)", "ore 21:45, durata 80 minuti" — a time with the set's length after it.
        const times = findTimes(l.value);
        const last = times[times.length - 1];
        const after = last ? LENGTH_IN_MINUTES.exec(l.value.slice(last.index + last.length)) : null;
        const minutes = last ? (after ? Number(after[1]) : null) : normaliseDuration(l.value);
        if (minutes) draft.setLengthMinutes ??= found(minutes, evidenceAt(source, l.span, 'label', true));
        break;
      }
      case 'set_length': {
        const minutes = normaliseDuration(l.value);
        if (minutes) draft.setLengthMinutes ??= found(minutes, evidenceAt(source, l.span, 'label', true));
        break;
      }
      default:
    }
  }
  if (stage) draft.venue ??= stage;
}

const SHOW_PLACE = /\b(?:venue is|the (?:club|hall|room|place|location) is|venue will be|show (?:will take|takes) place at|(?:we|you) play at|concert (?:is|will be) at|gig is at|spielort ist|konzert findet .{0,20}? statt im|spelar på|tocáis en|concierto (?:es|será) en|(?:esibir(?:si|à)|suonare|suonerà)(?: dal vivo)? presso)\s+(?:at\s+)?([^.\n]{6,140}?)(?=,?\s+(?:on|il giorno)\s|\.\s|\.$|\n|\s{3,}|$)/gi;

const ACT = String.raw`((?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:&|of)\s+)?\p{Lu}[\p{L}'’&-]*){0,3})`;
/** Where prose names the act: "confirming Lyon for Marrow Lanterns on…", "the offer for X.", "Advance – X, Lörrach", "Dear X team". */
const ARTIST_PHRASES = [
  new RegExp(String.raw`\b(?:[Cc]onfirm(?:ing|ed|s)?|[Aa]dvanc(?:e|ing)|[Oo]ffer|[Bb]ooking)\b[^.\n]{0,30}?\b(?:for|with)\s+${ACT}(?=\s+(?:on|at|in)\b|\s*[,.!;]|\s+[–-]\s|\s*$)`, 'gu'),
  new RegExp(String.raw`\b[Aa](?:DVANCE|dvance)\s*[–:-]\s*${ACT}(?=\s*[,–-]|\s*$)`, 'gu'),
  // A subject "Gent 9 April - Lumen Lane advance".
  new RegExp(String.raw`(?:^|[–|:-]\s*)${ACT}\s+advance(?=\s*$|\s+[–|-]\s)`, 'gu'),
  new RegExp(String.raw`\bDear\s+${ACT}\s+team\b`, 'gu'),
];
const NOT_ACT = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the show|tonight|you|us)$/i;

function artistFromProse(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.artist) return;
  const subject = source.metadata['subject'];
  const texts: { text: string; offset: number | null }[] = [
    ...(typeof subject === 'string' ? [{ text: subject, offset: null }] : []),
    // Quoted messages too: the act is often named only in the first message of a thread.
    ...read(source).messages.map((m) => proseOf(m, undefined, true)).map((p) => ({ text: p.text, offset: p.offset })),
  ];
  for (const { text, offset } of texts) {
    for (const re of ARTIST_PHRASES) {
      for (const m of text.matchAll(re)) {
        const name = m[1]!.replace(/\s+/g, ' ').trim();
        if (NOT_ACT.test(name) || countryOfCity(name) || name.split(' ').length > 4) continue;
        const at = offset === null ? null : offset + m.index + m[0].indexOf(m[1]!);
        draft.artist = found(name, evidenceAt(source, at === null ? null : [at, at + m[1]!.length], 'pattern'));
        return;
      }
    }
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A tour manager signs with the act's name: "Tour Manager - Lumen Lane", "Ida Berg | TM | Lumen Lane". */
const TOUR_MANAGER_SIGNATURE = new RegExp(String.raw`^(?:\s*>)*\s*(?:[^|\n]{2,40}\s\|\s)?(?:Tour\s*Manager|Tour\s*Mgr|TM|Road\s*Manager)\s*(?:[,|–—-]|\bfor\b|@)\s*${ACT}\s*$`, 'u');

function artistFromSignature(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.artist) return;
  for (const line of read(source).lines) {
    const m = TOUR_MANAGER_SIGNATURE.exec(line.text);
    const name = m?.[1]!.replace(/\s+/g, ' ');
    if (!m || !name || NOT_ACT.test(name) || countryOfCity(name) || withoutLegalForm(name) !== name) continue;
    const at = line.start + m[0].lastIndexOf(m[1]!);
    draft.artist = found(name, evidenceAt(source, [at, at + m[1]!.length], 'pattern'));
    return;
  }
}

/** A chat or heading line "Lumen Lane @ Halle Nord, Hauptstraße 1, 10317 Berlin - Fri 22.10.2027": the act at the venue. */
const ACT_AT_VENUE = new RegExp(String.raw`^\s*${ACT}\s+@\s+([^@\n]+?)(?:\s+[–—|·-]\s+[^,\n]*)?\s*$`, 'u');

function fromActAtVenue(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  for (const line of read(source).lines) {
    const m = ACT_AT_VENUE.exec(line.text);
    if (!m || NOT_ACT.test(m[1]!)) continue;
    const placeAt = line.start + m[0].lastIndexOf(m[2]!);
    if (!addVenue(draft, source, m[2]!, placeAt, 'pattern')) continue;
    const at = line.start + m[0].indexOf(m[1]!);
    draft.artist ??= found(m[1]!, evidenceAt(source, [at, at + m[1]!.length], 'pattern'));
    return;
  }
}

/**
 * A venue's own staff sign with its name over its address ("Programming | Zaal Noord" /
 * "Noordstraat 11, 9000 Gent"): that is the venue when the text also places the show there
 * ("the plan for Friday at Zaal Noord"). A company (a legal form), a hotel or a restaurant is not.
 */
function fromSignature(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  const r = read(source);
  const bare = (i: number) => r.lines[i]?.text.replace(/^(\s*>)+\s?/, '') ?? '';
  for (let i = 0; i + 1 < r.lines.length; i++) {
    const org = bare(i).split(/\s+[|–—·]\s+|,\s+/).pop()!.trim();
    if (!/^\p{Lu}/u.test(org) || /\d|@/.test(org) || org.split(/\s+/).length > 5 || withoutLegalForm(org) !== org || LODGING_OR_RESTAURANT.test(org)) continue;
    const placed = new RegExp(String.raw`${AT_PLACE}\s*${escapeRegExp(org)}(?![\p{L}\d])`, 'u');
    if (!placed.test(source.text)) continue;
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

/** Words placing something at a place: "at", "@", German "im", Swedish "på", Italian "all'"… */
const AT_PLACE = String.raw`(?:(?<![\p{L}])(?:at|im|in|på|bei|bij|op|au|à|al|presso)\s|@\s*|(?<![\p{L}])all['’]\s?)`;
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:de|del|di|am|an|der|la|le|of|the)\s+)?\p{Lu}[\p{L}'’&-]*){0,4}`;
/** "at Hollin Social Club (41 Hollin Street, Leeds LS6 1PX)", "all'Officina Nord, Via del Deposito 7, Bologna". */
const AT_NAME_WITH_ADDRESS = new RegExp(String.raw`${AT_PLACE}\s*(?:the\s+)?(${PLACE_NAME})(?:\s*\(\s*([^()\n]{6,80})\)|,[ \t]*([^.;\n]{6,100}))`, 'gu');
/** What is eaten, slept or parked at is not the show's place. */
const NOT_SHOW_PLACE = /\b(dinner|lunch|breakfast|meal|food|eat|rooms?|hotel|sleep|stay|park\w*|cena|pranzo|essen|middag|frokost|diner|déjeuner|comida|albergo)\b/i;

/** A street and its number: "Via del Deposito 7", "41 Hollin Street", "Poljanska cesta 28a". */
const STREET = /^(?:\p{L}[\p{L} .'’-]+\s\d+[a-z]?|\d+[a-z]?\s\p{L}[\p{L} .'’-]+)$/u;

/**
 * A day sheet's venue block: a heading "VENUE" (perhaps the last column of a line), the name on the
 * next line and its street address within the next few lines, as a two-column layout interleaves them.
 */
function fromVenueBlock(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  const lines = read(source).lines;
  const lastCell = (i: number) => lines[i]?.text.split('\t').map((c) => c.trim()).filter(Boolean).pop() ?? '';
  for (let i = 0; i + 2 < lines.length; i++) {
    const heading = lastCell(i);
    if (heading !== heading.toUpperCase() || labelKey(heading) !== 'venue') continue;
    const name = lastCell(i + 1);
    if (!/^\p{Lu}/u.test(name) || /\d|:/.test(name) || name.split(/\s+/).length > 5) continue;
    const at = lines.slice(i + 2, i + 5).find((l) => STREET.test(l.text.split(',')[0]!.trim()) && placeOf(l.text.trim()).city);
    if (!at) continue;
    const nameAt = lines[i + 1]!.start + lines[i + 1]!.text.lastIndexOf(name);
    draft.venue = found(name, evidenceAt(source, [nameAt, nameAt + name.length], 'pattern'));
    const address = at.text.trim();
    addAddress(draft, source, address, at.start + at.text.indexOf(address), 'pattern');
    return;
  }
}

/** A venue named after "at" (any language) with its street address beside it. */
function fromPlacedName(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  for (const m of read(source).messages) {
    const prose = proseOf(m);
    // The prose with its line ends kept: an address after a comma ends with its line.
    const text = m.lines.slice(1).reduce((t, l) => `${t.slice(0, l.start - prose.offset - 1)}\n${t.slice(l.start - prose.offset)}`, prose.text);
    for (const hit of text.matchAll(AT_NAME_WITH_ADDRESS)) {
      const [, name, bracketed, after] = hit;
      const address = (bracketed ?? after)!.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
      const sentence = text.slice(Math.max(0, hit.index - 60), hit.index).split(/[.!?\n]\s/).pop()!;
      if (LODGING_OR_RESTAURANT.test(name!) || countryOfCity(name!) || NOT_SHOW_PLACE.test(sentence) || !STREET.test(address.split(',')[0]!) || !/^\p{Lu}/u.test(placeOf(address).city ?? '')) continue;
      const nameAt = prose.offset + hit.index + hit[0].indexOf(name!);
      draft.venue = found(name!, evidenceAt(source, [nameAt, nameAt + name!.length], 'pattern'));
      const addressAt = source.text.indexOf(address.split(',')[0]!, nameAt);
      addAddress(draft, source, address, addressAt >= 0 ? addressAt : nameAt, 'pattern');
      return;
    }
  }
}

/** In prose: "Venue is Sala Uno, Calle Mayor 5, 28013 Madrid", "The show will take place at X, …". */
function fromProse(source: ExtractedSource, draft: Draft<General>): void {
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

/** A place to sleep or eat, not the venue: "Hotel X", "Albergo Y", "Z Gjestehus". */
const LODGING_OR_RESTAURANT = /(?<!\p{L})(hotel|hôtel|hotell|albergo|gjestehus|gästehaus|gasthof|pension|hostel|vandrarhem|hostal|restaurant|restaurang|ristorante|trattoria)(?!\p{L})/iu;

/**
 * A heading line near the top that places the show: "Salle Rive, 3 quai Nord, 69001 Lyon,
 * France · Sunday 11 May 2025" — segments cut at " · ", " | " or " – ", one of them a venue and address.
 */
function fromHeading(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  for (const line of read(source).lines.slice(0, 12)) {
    let at = 0;
    for (const segment of line.text.split(/\s+[·|–—]\s+/)) {
      const offset = line.start + line.text.indexOf(segment, at);
      at = offset - line.start + segment.length;
      // A heading's venue is a name, not the end of a sentence, a hotel or a form's label and value.
      const name = segment.split(',')[0]!;
      if (!/^[\p{Lu}\d]/u.test(segment.trim()) || /\t|\b(is|are|at|will|the show)\b/.test(name) || LODGING_OR_RESTAURANT.test(name)) continue;
      if (addVenue(draft, source, segment, offset, 'pattern')) return;
    }
  }
}

/**
 * A day sheet's title line "Marrow Lanterns - Friday 6 March 2026 - Lörrach": a name beside the
 * show's date (and perhaps its city) is the act.
 */
function artistFromTitle(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.artist) return;
  for (const line of read(source).lines.slice(0, 8)) {
    const segments = line.text.split(/\s+[·|–—-]\s+/).map((s) => s.trim());
    if (segments.length < 2 || !segments.slice(1).some((s) => findDates(s).length)) continue;
    const name = segments[0]!;
    if (!/^\p{Lu}/u.test(name) || /\d/.test(name) || name.split(/\s+/).length > 4 || countryOfCity(name)) continue;
    if (name === name.toUpperCase() || (draft.venue && name === draft.venue.value)) continue;
    const at = line.start + line.text.indexOf(name);
    draft.artist = found(name, evidenceAt(source, [at, at + name.length], 'pattern'));
    return;
  }
}

/** What a title says about the document rather than the act or event: its kind, version or date. */
const DOCUMENT_WORDS = /\b(rider|contacts?|contactos|contatti|kontakt\w*|list[ae]?|rooming|version|versão|stand|page)\b|:/i;
const SMALL_WORDS = /^(of|the|and|de|do|da|dos|das|di|del|della|der|des|du|la|le|van|von|y|e|och|und)$/;

/** A title in capitals as written in running text: "FESTIVAL VENTOS DO NORTE" → "Festival Ventos do Norte". */
function unshout(title: string): string {
  if (title !== title.toUpperCase()) return title;
  return title.toLowerCase().split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.test(w) ? w : w.replace(/(^|[-'’])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())))
    .join(' ');
}

/**
 * A rider names its act and a contact sheet its event in the title, the document's first line:
 * "ACT NAME" over "Hospitality Rider", "EVENT 2027 – Contact list". The title is the first segment
 * of that line that is not the document's kind, version or date.
 */
function fromTitle(source: ExtractedSource, draft: Draft<General>): void {
  const category = categorise(source);
  const key = category === 'rider' ? 'artist' : category === 'contact_sheet' ? 'eventName' : null;
  if (!key || draft[key]) return;
  // A spreadsheet's text opens with the sheet's name, not a title.
  const line = read(source).lines.find((l) => l.text.trim() && !/^sheet:/i.test(l.text));
  if (!line) return;
  // A table's header row ("Name, Role, Phone") is no title.
  const cells = line.text.split(source.format === 'csv' ? /[,;\t]|\s+[·|–—-]\s+/ : /\t|\s+[·|–—-]\s+/).map((s) => s.trim()).filter(Boolean);
  if (cells.filter((c) => labelKey(c)).length >= 2) return;
  const segment = cells.find((s) => !DOCUMENT_WORDS.test(s) && !labelKey(s) && !findDates(s).length);
  const title = segment?.split(',')[0]!.trim();
  if (!title || !/^\p{Lu}/u.test(title) || title.split(/\s+/).length > (key === 'artist' ? 4 : 6) || (key === 'artist' && /\d/.test(title))) return;
  const at = line.start + line.text.indexOf(title);
  draft[key] = found(unshout(normaliseText(title)!), evidenceAt(source, [at, at + title.length], 'pattern'));
}

/**
 * A day sheet states its day in the title lines, weekday and all ("Saturday 15 May 2027 | City |
 * Show day 12"): that date outweighs dates mentioned more often below it (the check-out, the next
 * days' plans). A version line ("v3, updated 28/10/2027") dates the document, not the show.
 */
function dateFromTitle(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.date || source.format === 'eml' || categorise(source) !== 'itinerary') return;
  const lines = read(source).lines.filter((l) => l.text.trim() && !VERSION_LINE.test(l.text)).slice(0, TITLE_LINES);
  const dates = lines.flatMap((l) => findDates(l.text)
    .filter((d) => d.hasYear && WEEKDAY_BEFORE.test(l.text.slice(0, d.index)))
    .map((d) => ({ ...d, at: l.start + d.index })));
  if (new Set(dates.map((d) => d.value)).size !== 1) return;
  const d = dates[0]!;
  draft.date = found(d.value, evidenceAt(source, [d.at, d.at + d.length], 'pattern', true));
}

const TITLE_LINES = 3;
const VERSION_LINE = /\b(updated|update|version|v\d+|printed|issued|stand|as of|aktualisiert|uppdaterad|actualizado|mis à jour)\b/i;
/** A weekday name (any language, full or short) right before a date. */
const WEEKDAY_BEFORE = /\b(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\p{L}+(?:day|dag|tag))\p{L}*\.?,?\s*$/iu;

/** The defined names of the performing party in a contract. */
const ARTIST_PARTY = /^(artist|artista|artiste|kunstler|kunstlerin|band|act|artiest|performer|konstnar)$/;

/** A contract's party defined as the artist ("Lumen Lane Ltd, … (hereinafter "the Artist")") is the act, without its legal form. */
function artistFromParties(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.artist) return;
  const r = read(source);
  for (const [term, name] of partiesOf(source.text, r.lines)) {
    if (!ARTIST_PARTY.test(term)) continue;
    const act = withoutLegalForm(name);
    const at = source.text.indexOf(act);
    if (act) draft.artist = found(act, evidenceAt(source, at >= 0 ? [at, at + act.length] : null, 'pattern'));
    return;
  }
}

/** A festival or concert series named in quotes: "as part of the series "Autumn Rails 2027"", "nell'ambito della rassegna "…"". */
const QUOTED_SERIES = /\b(?:festival|series|concert series|reihe|konzertreihe|rassegna|ciclo|serie|série|cycle)\s+["“„«]([^"”“»\n]{3,60})["”“»]/giu;

function eventFromProse(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.eventName) return;
  const m = QUOTED_SERIES.exec(source.text);
  QUOTED_SERIES.lastIndex = 0;
  if (!m) return;
  const at = m.index + m[0].indexOf(m[1]!);
  draft.eventName = found(m[1]!.trim(), evidenceAt(source, [at, at + m[1]!.length], 'pattern'));
}

/** The load-in's or set's location, when it reads "Venue, street, city". */
function fromItemLocations(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  for (const item of scheduleOf(source)) {
    const loc = item.location;
    if (loc?.span && ['load_in', 'set', 'soundcheck'].includes(item.kind.value) && addVenue(draft, source, loc.value, loc.span[0], 'inferred')) return;
  }
}

function fromSchedule(source: ExtractedSource, draft: Draft<General>): void {
  const items = scheduleOf(source).filter((i) => !i.date || !draft.date || i.date.value === draft.date.value);
  const first = (kind: string) => items.find((i) => i.kind.value === kind);
  const doors = first('doors');
  const soundcheck = first('soundcheck');
  const curfew = first('curfew');
  const set = headlineSet(items, draft.artist?.value);
  if (doors) draft.doorsTime ??= doors.start;
  if (soundcheck) draft.soundcheckTime ??= soundcheck.start;
  if (curfew) draft.curfewTime ??= curfew.start;
  if (set) {
    draft.setTime ??= set.start;
    // A set named by a band's name names the artist.
    if (!draft.artist && (set.kind.method === 'inferred' || set.act)) draft.artist = { ...set.name, method: 'inferred' };
    const length = set.lengthMinutes?.value ?? lengthFromRange(set);
    if (length) draft.setLengthMinutes ??= set.lengthMinutes ?? found(length, { ...set.end!, validated: true, method: 'inferred' });
  }
}

/** The city's country: a known city's, else one written beside it in brackets ("Wroclaw (PL)"). */
function countryOfShowCity(source: ExtractedSource, draft: Draft<General>, city: Found<string>): void {
  const known = countryOfCity(city.value);
  if (known) {
    draft.country = found(known, { ...city, method: 'inferred', validated: true });
    return;
  }
  const m = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(city.value)}\s*\((\p{Lu}{2,3})\)`, 'u').exec(source.text);
  const code = m ? normaliseCountry(m[1]!) : null;
  if (m && code) draft.country = found(code, evidenceAt(source, [m.index, m.index + m[0].length], 'pattern', true));
}

export const extract: SectionExtractor<General> = (ctx) => ctx.sources.flatMap((source) => {
  const draft: Draft<General> = {};
  fromLabels(source, draft);
  artistFromParties(source, draft);
  // Only a source that names the show or its set describes one (not a hotel's or restaurant's page).
  const showy = draft.venue || draft.artist || draft.date || scheduleOf(source).some((i) => i.kind.value === 'set');
  if (!showy) {
    // A document about no show may still name its act or event in the title: that alone is kept.
    const titled: Draft<General> = {};
    fromTitle(source, titled);
    return Object.keys(titled).length ? [titled] : [];
  }
  fromTitle(source, draft);
  fromProse(source, draft);
  artistFromProse(source, draft);
  eventFromProse(source, draft);
  fromActAtVenue(source, draft);
  fromPlacedName(source, draft);
  fromHeading(source, draft);
  fromVenueBlock(source, draft);
  fromSignature(source, draft);
  artistFromTitle(source, draft);
  artistFromSignature(source, draft);
  fromItemLocations(source, draft);
  dateFromTitle(source, draft);
  if (!draft.date) {
    const date = showDateOf(source);
    if (date) draft.date = date;
  }
  fromSchedule(source, draft);
  if (!draft.country && draft.city) countryOfShowCity(source, draft, draft.city);
  return [draft];
});
