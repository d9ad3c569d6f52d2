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
      case 'event': draft.eventName ??= textOf(source, l); break;
      case 'venue':
        if (!addVenue(draft, source, l.value, l.span[0], 'label')) draft.venue ??= textOf(source, l);
        break;
      case 'address':
        if (!addVenue(draft, source, l.value, l.span[0], 'label')) addAddress(draft, source, l.value, l.span[0], 'label');
        break;
      case 'stage':
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
        // "Spielzeit: 90 Minuten" — a set label whose value is a length, not a time.
        const minutes = findTimes(l.value).length ? null : normaliseDuration(l.value);
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

const SHOW_PLACE = /\b(?:venue is|venue will be|show (?:will take|takes) place at|(?:we|you) play at|concert (?:is|will be) at|gig is at|spielort ist|konzert findet .{0,20}? statt im|spelar på|tocáis en|concierto (?:es|será) en|(?:esibir(?:si|à)|suonare|suonerà)(?: dal vivo)? presso)\s+(?:at\s+)?([^.\n]{6,140}?)(?=,?\s+(?:on|il giorno)\s|\.\s|\.$|\n|\s{3,}|$)/gi;

const ACT = String.raw`((?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})`;
/** Where prose names the act: "confirming Lyon for Marrow Lanterns on…", "the offer for X.", "Advance – X, Lörrach", "Dear X team". */
const ARTIST_PHRASES = [
  new RegExp(String.raw`\b(?:[Cc]onfirm(?:ing|ed|s)?|[Aa]dvanc(?:e|ing)|[Oo]ffer|[Bb]ooking)\b[^.\n]{0,30}?\b(?:for|with)\s+${ACT}(?=\s+(?:on|at|in)\b|\s*[,.!;]|\s*$)`, 'gu'),
  new RegExp(String.raw`\badvance\s*[–:-]\s*${ACT}\s*[,–-]`, 'giu'),
  new RegExp(String.raw`\bDear\s+${ACT}\s+team\b`, 'gu'),
];
const NOT_ACT = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the show|tonight|you|us)$/i;

function artistFromProse(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.artist) return;
  const subject = source.metadata['subject'];
  const texts: { text: string; offset: number | null }[] = [
    ...(typeof subject === 'string' ? [{ text: subject, offset: null }] : []),
    ...read(source).messages.map((m) => proseOf(m)).map((p) => ({ text: p.text, offset: p.offset })),
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
  fromHeading(source, draft);
  artistFromTitle(source, draft);
  fromItemLocations(source, draft);
  dateFromTitle(source, draft);
  if (!draft.date) {
    const date = showDateOf(source);
    if (date) draft.date = date;
  }
  fromSchedule(source, draft);
  if (!draft.country && draft.city) {
    const country = countryOfCity(draft.city.value);
    if (country) draft.country = found(country, { ...draft.city, method: 'inferred', validated: true });
  }
  return [draft];
});
