/**
 * general: the show — artist, event, venue, address, city, country, date and the night's times.
 * Per source, one Draft: labelled values first; the times from the day's schedule (scheduleOf);
 * the date, where no label gives it, from the dates the text mentions most (in an e-mail, relative
 * dates such as "Sunday the 16th" resolved against the message's date).
 *
 * A source that states nothing about a show (a hotel confirmation, a contact list) yields nothing:
 * times are taken only from a source that also names a venue, an artist, a date or a set.
 * Unlabelled readers live beside this file: the act and event in general-act.ts, the venue and its
 * address in general-venue.ts.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import type { SectionExtractor } from '../context.js';
import { found, type Draft, type Found } from '../found.js';
import { findDates, findTimes, normaliseCountry, normaliseDate, normaliseDuration, normaliseText } from '../normalise/index.js';
import { evidenceAt, isMail, labelKey, lineAt, read, type LabelKey, type Labelled } from '../text/index.js';
import { inHeaderBlock } from '../text/email.js';
import { showDateOf } from './show-date.js';
import { eventFromTypedRows, venueFromTypedRows } from './typed-rows.js';
import { typedRowsOf } from '../text/typed-rows.js';
import { eventFromHeading } from './general-event-heading.js';
import { eventFromSubjectTag } from './general-subject-tag-event.js';
import { fromArtistItemRow, fromShowOverviewRow, fromVenueItemRow, fromVenueRow } from './general-venue-row.js';
import { fromHeadingPair, headingPlacesShow } from './general-heading-pair.js';
import { artistBesideVenue } from './general-act-at-venue-heading.js';
import { venueBesideAct } from './general-act-at-venue-prose.js';
import { venueBeforeStreetAddress } from './general-venue-street-first.js';
import { categorise } from './documents.js';
import { isIssueDate, isSigningDate } from './issue-date.js';
import { venueFromDefinedTerm } from './general-defined-venue.js';
import { venueFromLocatedName } from './general-located-venue.js';
import { beforeRunOnLabel } from './run-on-label.js';
import { fromVenueLetterhead } from './general-venue-letterhead.js';
import { venueFromDashLine } from './general-venue-dash-line.js';
import { fromShowTitle } from './general-show-title.js';
import { venueFromStageAddress } from './general-stage-address.js';
import { addressAfterVenueName } from './general-venue-address-line.js';
import { venueFromCalendar } from './general-calendar-venue.js';
import { fromMarkup } from './general-markup.js';
import { inCrossing } from './travel/crossing.js';
import { hasLegalForm, ROLE_WORDS } from './people.js';
import { checkOfOtherAct, lengthFromRange, scheduleOf, type ScheduleItem } from './schedule.js';
import { inRideBlock, rideParty } from './schedule-ride-form.js';
import { onOtherChatDay } from './schedule-chat-other-day.js';
import { artistFromRecipientDomain } from './general-recipient-act.js';
import { artistFromParties, artistFromProse, artistFromSignature, artistFromTitle, eventFromProse, fromTitle, groupParty } from './general-act.js';
import { venueInCity } from './general-venue-city.js';
import { eventFromPackTitle } from './general-pack-title.js';
import { artistFromStackedGroup } from './general-stacked-group.js';
import { venueFromShowDayProse } from './general-show-day-prose.js';
import { bracketedLatinCity } from './general-city-value.js';
import { countryOfCity } from '../../reference/index.js';
import { cityFromMail } from './general-mail-city.js';
import { fromBoardHeading } from './general-board-heading.js';
import { fromFormQuestions } from './general-form-questions.js';
import { fromDatedShowLine } from './general-show-date-line.js';
import { dateFromPerformanceSentence } from './general-performance-date.js';
import { fromShowNameOverDateLine } from './general-show-name-over-date.js';
import { venueCityOf, venueNameOf, withoutCapacity } from './venue-value.js';
import { placeRowNamesVenue } from './general-location-venue.js';
import { lengthFromProse, lengthFromRow } from './general-length-row.js';
import { fromShowHeading } from './general-show-heading.js';
import { isRemarkUnderPrefixLabel } from './general-prefix-label.js';
import { artistSetName } from './artist-named-item.js';
import { spelledAsTitle } from './ocr-title-spelling.js';
import {
  addAddress, addressFromProse, addVenue, countryOfShowCity, fromActAtVenue, fromHeading, fromItemLocations, fromPlacedName, fromProse,
  fromSignature, fromVenueBlock,
} from './general-venue.js';
import { siteAddress } from './general-site-row.js';
import { fromDottedVenueBlock } from './general-venue-dotted-block.js';

function textOf(source: ExtractedSource, l: Labelled): Found<string> | undefined {
  const value = normaliseText(l.value);
  return value ? found(value, evidenceAt(source, l.span, 'label')) : undefined;
}

/** A show title quoted whole ("«Night of Strings»", "“Summer Nights”") is the title without its marks. */
function unquoted(title: Found<string> | undefined): Found<string> | undefined {
  const inner = title && /^[«„“"]([^«»„“”"]+)[»“”"]$/u.exec(title.value)?.[1]?.trim();
  return inner ? { ...title, value: inner } : title;
}

/** "— 11e édition — du 3 au 5 juillet", "· 4th edition": the edition and the days after an event's name. */
const EDITION_TAIL = /\s+[–—·|]\s+(?:\d{1,2}\s*(?:e|è|ème|eme|st|nd|rd|th|a|ª|º|\.)?\s*(?:[ée]dition|edizione|edición|edicion|edição|ausgabe|editie|upplagan)|(?:[ée]dition|edizione|edición|ausgabe)\s+\d{1,4})\b.*$/iu;

/** An event label's value without the edition and days written after the name. */
function withoutEditionTail(l: Labelled): Labelled {
  const tail = EDITION_TAIL.exec(l.value);
  return tail && tail.index > 0 ? { ...l, value: l.value.slice(0, tail.index), span: [l.span[0], l.span[0] + tail.index] } : l;
}

/** The headline set: not a support slot, the latest to start (the headliner closes the night). */
export function headlineSet(items: ScheduleItem[], artist: string | undefined): ScheduleItem | undefined {
  // A row named by the act alone is its set, whatever a word of the name suggests (artist-named-item.ts).
  const sets = items.filter((i) => i.kind.value === 'set' || !!artistSetName(i.name.value, i.kind.value, artist));
  const named = artist ? sets.find((s) => s.name.value.toLowerCase().includes(artist.toLowerCase())) : undefined;
  if (named) return named;
  // A running order's row marked as the reader's ("ACT ⇥ ← you"): the reader's own set, named by the act, whoever plays after it.
  const marked = sets.find((s) => s.ownSet && s.act);
  if (marked) return marked;
  const own = sets.filter((s) => !s.support && !/support|opener|vorband|förband|telonero|première partie/i.test(s.name.value));
  const pool = own.length ? own : sets;
  // Times after midnight belong to the night before: order 00:30 after 23:00.
  const order = (t: string) => (t < '06:00' ? `3${t}` : `2${t}`);
  return pool.sort((a, b) => order(b.start.value).localeCompare(order(a.start.value)))[0];
}

/** "Venue production: Ida Brandt, 0341 …": a venue's person (a role after "venue", or a phone in the value), not the venue. */
function namesAPerson(l: Labelled): boolean {
  // "Club X (tel. 0212 245 18 60)": the place's own number in brackets after its name names no person.
  return ROLE_WORDS.test(l.label) || /\b(tech|phone|tel)\b/i.test(l.label) || PHONE.test(l.value.replace(OWN_NUMBER, ''));
}
const OWN_NUMBER = /\s*\((?:tel|t[ée]l|phone|tlf|tfn|telefon|tel[ée]fono)\.?:?\s[^()]*\)/giu;
const PHONE = /(?:\+|\b0)\d[\d ()/-]{6,}\d|\b\d{2,4}(?: \d{2,4}){3,}\b/;

/** The labels of a document prepared for someone, which name the act only when the one prepared for is no firm. */
const PREPARED_FOR = /^\s*(?:prepared for|erstellt f(?:ü|u)r|pr(?:é|e)par(?:é|e) pour|preparado para)\s*:?\s*$/i;
/** A firm's name by its last word: a management, an agency, a travel or booking desk, a legal form. */
const FIRM_NAME = /\b(?:management|mgmt|agency|agentur|agencia|agence|travel|booking|bookings|ltd|gmbh|llc|inc|b\.?v|a\/s)\.?$/i;

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

/** A document's name after "Artist": "Artist Handbook · Manual del artista", "Artist info pack". */
const DOCUMENT_NOUN = /^(?:handbook|guide|guidelines|info|information|pack|manual|welcome pack|handbuch|leitfaden|guía|guia|manuel|guide d'accueil)\b/i;

const TITLE_OF_DOCUMENT = /\b(?:artist|band|crew)\s+(?:handbook|guide|info pack|welcome pack|handbuch)\b/i;

/** Whether the venue or hotel label nearest above `l` (up to three lines) is a hotel's. */
function underHotelLabel(labelled: Labelled[], l: Labelled): boolean {
  const above = labelled.filter((o) => o.span[0] < l.span[0] && l.line.index - o.line.index <= 3 && (o.key === 'hotel' || o.key === 'venue'));
  return above.at(-1)?.key === 'hotel';
}

/** A meal word opening a value (not "essen", which is also a city's name). */
const MEAL_FIRST = /^(?:hot |warm )?(?:dinner|lunch|breakfast|brunch|supper|meals?|abendessen|mittagessen|frühstück|middag|frukost|cena|pranzo|almuerzo|desayuno|d[îi]ner|d[ée]jeuner|avondeten)(?![\p{L}])/iu;

/** How far (in lines) a labelled city may stand from the address whose last part it replaces: the same block. */
const NEARBY_LINES = 3;

/** A unit of time in brackets after a label ("Set length (min)", "Spieldauer (Std.)"). */
const LABEL_UNIT = /\((min|mins|minutes?|minuten|minuter|minutos|h|hrs?|hours?|std)\.?\)/i;
const STAGE_SIZE = /^(?:(?:min(?:imum|\.)?|минимум|мин\.|mindestens|at least)\s+)?\d+(?:[.,]\d+)?\s*(?:m\b|м(?!\p{L})|x|×)/iu;
const LENGTH_IN_MINUTES = /^\D{0,30}?\b(\d{2,3})\s*(?:min|mins|minutes?|minuti|minuten?|minuter|minutter|minutos?|minut)\b/i;

/** "Venue: Club X, Bergen": the known city after the venue's name, and its country. */
function cityAfterVenue(source: ExtractedSource, draft: Draft<General>, l: Labelled): void {
  const named = venueCityOf(l.value);
  if (!named || draft.city) return;
  const span: [number, number] = [l.span[0] + named.index, l.span[0] + named.index + named.city.length];
  draft.city = found(named.city, evidenceAt(source, span, 'inferred'));
  const country = countryOfCity(named.city);
  if (country) draft.country ??= found(country, evidenceAt(source, span, 'inferred', true));
}

/** The keys whose value names the show's act, event or place. */
const NAME_KEYS: ReadonlySet<LabelKey | null> = new Set(['artist', 'event', 'venue', 'stage']);

function fromLabels(source: ExtractedSource, draft: Draft<General>): void {
  const r = read(source);
  let stage: Found<string> | undefined;
  for (const l of r.labelled) {
    // "Artist parking: max. 2 vehicles", "Festival office: +31 …": a remark under a label known by its first word (general-prefix-label.ts).
    if (NAME_KEYS.has(l.key) && isRemarkUnderPrefixLabel(l)) continue;
    switch (l.key) {
      case 'artist': {
        // "Artist Handbook", "Artist info pack": a document's title, not a label.
        if (DOCUMENT_NOUN.test(l.value)) break;
        // "Prepared for: Northwind Artist Management": a document prepared for a firm names its client, not the act.
        if (PREPARED_FOR.test(l.label) && FIRM_NAME.test(beforeRunOnLabel(l.value).trim())) break;
        // "Marrow Lanterns, represented by …": the name ends where a lower-case clause begins, or a bracketed head count ("(4 musicians + 2 crew)")
        // or an added act ("X (+ support Y, on the promoter)");
        // "Marrow Lanterns – Spring tour 2027", "X — UK & IE Autumn Run 2027": a group's name goes on with its tour's (a tour word, or a run's year at the end).
        // "Marrow Lanterns · Spring tour 2027 · please reply by …": a middle dot ends it whatever follows.
        // "Artist: X Support: Y" read as one line: the second label ends the name (run-on-label.ts).
        const name = beforeRunOnLabel(l.value).split(/\s+[·•]\s+|,\s+(?=\p{Ll})|\s+\((?=\p{Ll}|\d{1,3}\s*\p{L}|\+)|\s+[–—-]\s+(?=[^–—-]*(?<!\p{L})(?:tour|tournee|tournée|gira|turné|turne)(?!\p{L}))|\s+[–—-]\s+(?=[^–—-]*\p{L}[^–—-]*(?<!\d)(?:19|20)\d{2}\s*$)/iu)[0]!
          // "Marrow Lanterns – represented by its agent X": a dash before a lower-case clause ends the name too.
          .split(/\s+[–—]\s+(?=\p{Ll})/u)[0]!
          // "Marrow Lanterns via Northwind Management CC": a contract's party is the act engaged through its management.
          .split(/\s+via\s+(?=\p{Lu})/u)[0]!;
        // "Izvajalec: Agency d.o.o. Ana Novak, direktorica": a contract's signature names the party's firm, not the act.
        if (hasLegalForm(name)) break;
        draft.artist ??= textOf(source, { ...l, value: name, span: [l.span[0], l.span[0] + name.length] });
        break;
      }
      case 'event':
        // "FESTIVAL X 2027 · ARTIST HANDBOOK": a page's running title, not the event's name.
        if (TITLE_OF_DOCUMENT.test(l.value)) break;
        // "Festival gates: 14:00": a label opening with the event's word that times an item, no name.
        if (/^\s*\d{1,2}[:.h]\d{2}\b/.test(l.value)) break;
        if (!fromShowLine(source, draft, l)) draft.eventName ??= unquoted(textOf(source, withoutEditionTail(l)));
        break;
      case 'venue':
        // "VENUE: Dinner booked - Brasserie X, street": the venue's answer about a meal, not the venue.
        if (namesAPerson(l) || MEAL_FIRST.test(l.value)) break;
        // "Local crew: 5": a head count under a label read as the venue's word names no place.
        if (!/\p{L}/u.test(l.value)) break;
        // A hotel's or airline's confirmation runs a venue word into a name with no colon ("Club X", its loyalty
        // programme): no show's venue.
        if (STAY_OR_TRAVEL.has(categorise(source)) && source.text.slice(l.line.start, l.span[0]).trimStart() === `${l.label} `) break;
        // "Venue sign-off: Date:": a blank field of a form, followed by the next field's label, names no place.
        if (BARE_LABEL.test(l.value) && labelKey(l.value.trim().slice(0, -1))) break;
        // "Kulturwerk X, Salzburg (450 cap standing)": the name without the city and the remark (venue-value.ts);
        // the city written after the name is the show's. A capacity after a dash is no part of an address ("– cap. 900").
        const placed = withoutCapacity(l.value);
        if (!addVenue(draft, source, placed, l.span[0], 'label')) {
          draft.venue ??= textOf(source, { ...l, value: venueNameOf(placed) });
          cityAfterVenue(source, draft, { ...l, value: placed });
        }
        break;
      case 'location':
        // "Locatie ⇥ Poppodium X (grote zaal)" right above "Adres ⇥ …": the venue (general-location-venue.ts).
        if (placeRowNamesVenue(r.labelled, l)) draft.venue ??= textOf(source, { ...l, value: venueNameOf(withoutCapacity(l.value)) });
        break;
      case 'address':
        // "Hotel: X" over "Address: …": the hotel's address, not the show's.
        if (underHotelLabel(r.labelled, l)) break;
        if (!addVenue(draft, source, l.value, l.span[0], 'label')) addAddress(draft, source, l.value, l.span[0], 'label');
        break;
      case 'stage':
        // "Stage  11 x 7 m, height 1.10 m": the stage's size (technical), not a place.
        if (namesAPerson(l) || STAGE_SIZE.test(l.value)) break;
        // A festival names its stage where a club names its venue: "Stage: Lake Stage, park, Strandvägen 3, 652 21 Karlstad".
        if (!addVenue(draft, source, l.value, l.span[0], 'label') && !r.labelled.some((v) => v.key === 'venue')) {
          stage ??= textOf(source, l);
        }
        break;
      case 'city': {
        // "City: Nashville, TN → Minneapolis, MN": a travel day's route, not the show's city.
        if (/\s(?:→|->|⟶|➔)\s/u.test(l.value)) break;
        // "ປາກເຊ (Pakse)": the Latin name, and a known city over one only inferred from the address's last part.
        const latin = bracketedLatinCity(l);
        if (latin && countryOfCity(latin.value) && draft.city?.method === 'inferred') delete draft.city;
        if (latin) { draft.city ??= found(latin.value, evidenceAt(source, latin.span, 'label')); break; }
        // "City: Cork, Ireland": the country after the comma is the country's, not part of the city; a
        // two-letter code there is a state or province ("Los Angeles, CA"), not a country.
        const comma = l.value.lastIndexOf(',');
        const after = comma > 0 ? l.value.slice(comma + 1).trim() : '';
        const code = after.length > 3 ? normaliseCountry(after) : null;
        // The state's code is no part of the city's name either ("Minneapolis, MN" is Minneapolis).
        const state = /^[A-Z]{2}$/.test(after);
        if (code || state) {
          draft.city ??= textOf(source, { ...l, value: l.value.slice(0, comma), span: [l.span[0], l.span[0] + comma] });
          if (code) draft.country ??= found(code, evidenceAt(source, [l.span[0] + comma + 1, l.span[1]], 'label', true));
        } else {
          // "Venue address: 12 Mill Lane, Northfield" over "City: Bristol": the labelled city (a name alone), not the suburb the address ends on.
          const nearAddress = draft.city?.method === 'inferred' && draft.city.span && Math.abs(lineAt(r.lines, draft.city.span[0]) - l.line.index) <= NEARBY_LINES;
          if (nearAddress && /^[\p{L} .'’-]+$/u.test(l.value.trim())) delete draft.city;
          draft.city ??= textOf(source, l);
        }
        break;
      }
      case 'country': {
        const code = normaliseCountry(l.value);
        if (code) draft.country ??= found(code, evidenceAt(source, l.span, 'label', true));
        break;
      }
      case 'date': {
        // A date labelled on a flight's line ("FLIGHT  TP 0759 … DATE  14MAR") is the flight's.
        if (inHeaderBlock(r.lines, l.line.index) || r.labelled.some((f) => f.key === 'flight' && f.line.index === l.line.index)) break;
        // A date in a ferry booking's crossing block is the crossing's.
        if (inCrossing(source, l.span[0])) break;
        // So is one in a booked ride's rows ("Дата и время подачи: …"): a show line below may still date the show.
        if (inRideBlock(source, l.span)) break;
        // An invoice's or booking's bare "Date:" is the day it was issued (issue-date.ts).
        if (isIssueDate(source, l.label) || isSigningDate(r.lines, l.line.index, l.label)) break;
        const date = normaliseDate(l.value, r.referenceDate ?? undefined);
        // A workbook with a sheet per day labels each day's date ("Date ⇥ Thu 4 May" over the travel,
        // "Date ⇥ Fri 5 May" over the show): the show's is the day a set is on.
        if (date && draft.date && draft.date.value !== date && setOnDay(source, date) && !setOnDay(source, draft.date.value)) delete draft.date;
        if (date) draft.date ??= found(date, evidenceAt(source, l.span, 'label', true));
        break;
      }
      case 'set_time': {
        // "Show: Thu 11 Nov 2027, Corn Exchange, Leicester": the day and the place, no time (general-show-date-line.ts).
        if (fromDatedShowLine(source, draft, l)) break;
        // "Show: Summer Night Gala" over "Fri, 14 May 2027 · Lakeview Hall, …": the name, then the day and place (general-show-name-over-date.ts).
        if (fromShowNameOverDateLine(source, draft, l)) break;
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
        // "Set length (min) | 90": a bare number in the unit the label names.
        const unit = LABEL_UNIT.exec(l.label)?.[1];
        const minutes = normaliseDuration(unit && /^\s*\d+(?:[.,]\d+)?\s*$/.test(l.value) ? `${l.value.trim()} ${unit}` : l.value);
        if (minutes) draft.setLengthMinutes ??= found(minutes, evidenceAt(source, l.span, 'label', true));
        break;
      }
      default:
    }
  }
  if (stage) draft.venue ??= stage;
}

/**
 * A day sheet states its day in the title lines, weekday and all ("Saturday 15 May 2027 | City |
 * Show day 12"): that date outweighs dates mentioned more often below it (the check-out, the next
 * days' plans). A version line ("v3, updated 28/10/2027") dates the document, not the show.
 */
function dateFromTitle(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.date || isMail(source) || categorise(source) !== 'itinerary') return;
  // A tour app's typed export opens with its items, each dated: no title line dates the show.
  if (typedRowsOf(read(source))) return;
  // A title carrying its version after the day ("Roadsheet — Friday 16 April 2027 (v3 of 08/04)") keeps the day before it.
  const lines = read(source).lines.filter((l) => l.text.trim() && !VERSION_LINE.test(beforeVersion(l.text))).slice(0, TITLE_LINES);
  // "TRAVEL DAY" over "Wed 3 Nov 2027 · Cork → Oslo": a tour itinerary's first day is a day without the show.
  if (lines.some((l) => NO_SHOW_DAY.test(l.text))) return;
  const dates = lines.flatMap((l) => findDates(beforeVersion(l.text))
    .filter((d) => d.hasYear && WEEKDAY_BEFORE.test(l.text.slice(0, d.index)))
    .map((d) => ({ ...d, at: l.start + d.index })));
  if (new Set(dates.map((d) => d.value)).size !== 1) return;
  const d = dates[0]!;
  draft.date = found(d.value, evidenceAt(source, [d.at, d.at + d.length], 'pattern', true));
}

const TITLE_LINES = 3;
const NO_SHOW_DAY = /^\s*(?:travel(?:ling)? day|day off|off day|rest day|reisetag|resdag|reisedag|jour de voyage|jour off)\b/i;
/** A line's text up to a bracketed or dashed version remark at its end ("… 2027 (v3 du 08/04)"), else the whole line. */
function beforeVersion(text: string): string {
  const m = /\s*(?:[([]|[–—-]\s)[^()[\]]*[)\]]?\s*$/.exec(text);
  return m && VERSION_LINE.test(m[0]) && text.slice(0, m.index).trim() ? text.slice(0, m.index) : text;
}
const SHOW_ITEMS = new Set(['set', 'soundcheck', 'doors']);
/** A value that is only a label and its colon ("Date:"). */
const BARE_LABEL = /^\s*[\p{L}][\p{L} ./-]{0,30}:\s*$/u;
const STAY_OR_TRAVEL = new Set(['hotel_confirmation', 'flight_ticket']);
const VERSION_LINE = /\b(updated|update|version|v\d+|printed|issued|stand|as of|aktualisiert|uppdaterad|actualizado|mis à jour)\b/i;
/** A weekday name (any language, full or short) right before a date. */
const WEEKDAY_BEFORE = /\b(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\p{L}+(?:day|dag|tag|ntai|stai)|keskiviikko)\p{L}*\.?,?\s*$/iu;

/** Whether the source's schedule has a set dated `date`. */
function setOnDay(source: ExtractedSource, date: string): boolean {
  return scheduleOf(source).some((i) => i.kind.value === 'set' && i.date?.value === date);
}

function fromSchedule(source: ExtractedSource, draft: Draft<General>): void {
  // A chat message's times after another day it names are that day's (schedule-chat-other-day.ts).
  const items = scheduleOf(source).filter((i) => (!i.date || !draft.date || i.date.value === draft.date.value) && !onOtherChatDay(source, i, draft.date?.value));
  const first = (kind: string) => items.find((i) => i.kind.value === kind);
  const doors = first('doors');
  // The band's soundcheck, not a support act's line check, nor a check a sentence gives another act ("les balances de Lou").
  const checks = items.filter((i) => i.kind.value === 'soundcheck' && !checkOfOtherAct(i, draft.artist?.value));
  const soundcheck = checks.find((i) => !i.support && !/line ?-?check/i.test(i.name.value)) ?? checks.find((i) => !/line ?-?check/i.test(i.name.value)) ?? checks[0];
  const curfew = first('curfew');
  const set = headlineSet(items, draft.artist?.value);
  if (doors) draft.doorsTime ??= doors.start;
  if (soundcheck) draft.soundcheckTime ??= soundcheck.start;
  if (curfew) draft.curfewTime ??= curfew.start;
  if (set) {
    draft.setTime ??= set.start;
    // A set named by a band's name names the artist.
    // OCR may slip a letter of the name that the sheet's title spells right (ocr-title-spelling.ts).
    if (!draft.artist && (set.kind.method === 'inferred' || set.act)) draft.artist = { ...set.name, value: spelledAsTitle(source, set.name.value) ?? set.name.value, method: 'inferred' };
    const length = set.lengthMinutes?.value ?? lengthFromRange(set);
    if (length) draft.setLengthMinutes ??= set.lengthMinutes ?? found(length, { ...set.end!, validated: true, method: 'inferred' });
  }
}

export const extract: SectionExtractor<General> = (ctx) => ctx.sources.flatMap((source) => {
  const draft: Draft<General> = {};
  fromMarkup(source, draft);
  fromLabels(source, draft);
  venueFromTypedRows(source, draft);
  eventFromTypedRows(source, draft);
  artistFromParties(source, draft);
  venueFromDefinedTerm(source, draft);
  venueFromLocatedName(source, draft);
  fromShowTitle(source, draft);
  // A show's calendar invite places the show in its event's location (general-calendar-venue.ts).
  venueFromCalendar(source, draft);
  // A booked ride's "Date" row dates the ride, not a show (schedule-ride-form.ts).
  if (draft.date && inRideBlock(source, draft.date.span)) delete draft.date;
  // Only a source that names the show or its set describes one (not a hotel's or restaurant's page).
  // A soundcheck or doors time speaks to a performer about a show too (a voice note naming no venue label).
  const showy = draft.venue || draft.artist || draft.date || scheduleOf(source).some((i) => SHOW_ITEMS.has(i.kind.value))
    || headingPlacesShow(source);
  if (!showy) {
    // A document about no show may still name its act or event in the title: that alone is kept.
    const titled: Draft<General> = {};
    fromTitle(source, titled);
    // A ride booked for the act names it as the travelling party, as a rider or rooming list names it in its title.
    const party = titled.artist ? null : rideParty(source);
    if (party) titled.artist = found(party.value, evidenceAt(source, party.span, 'label'));
    // A hotel's or carrier's group booking names the act as the group ("Buchung für die Gruppe „X“").
    const group = titled.artist ? undefined : groupParty(source);
    if (group) titled.artist = group;
    return Object.keys(titled).length ? [titled] : [];
  }
  fromTitle(source, draft);
  // "клуб „X“, ул. „Y“ 6, 1504 София": a Bulgarian or Hebrew venue and its street-first address (general-venue-street-first.ts).
  venueBeforeStreetAddress(source, draft);
  fromProse(source, draft);
  // "the show day: Sunday 7 Mar at Venue, Street Road, Area" (general-show-day-prose.ts).
  venueFromShowDayProse(source, draft);
  lengthFromRow(source, draft);
  lengthFromProse(source, draft);
  artistFromProse(source, draft);
  eventFromProse(source, draft);
  // "FESTNAME 2027 ⇥ ARTIST GUIDE": a festival pack's title names the event (general-pack-title.ts).
  eventFromPackTitle(source, draft);
  eventFromHeading(source, draft);
  // "[Harbour Sounds 2027] Your artist sheet was updated": a portal's tag names the event (general-subject-tag-event.ts).
  eventFromSubjectTag(source, draft);
  fromActAtVenue(source, draft);
  fromPlacedName(source, draft);
  venueInCity(source, draft);
  fromHeadingPair(source, draft);
  fromHeading(source, draft);
  // "ALBION HALL - LEEDS" over the day's date: a board's or day sheet's place line (general-board-heading.ts).
  fromBoardHeading(source, draft);
  fromVenueBlock(source, draft);
  // "Venue" over "Name · Street 1, 0150 City · Country": a tour app's venue box (general-venue-dotted-block.ts).
  fromDottedVenueBlock(source, draft);
  fromShowHeading(source, draft);
  fromVenueRow(source, draft);
  fromVenueItemRow(source, draft);
  fromArtistItemRow(source, draft);
  fromShowOverviewRow(source, draft);
  fromSignature(source, draft);
  artistBesideVenue(source, draft);
  artistFromTitle(source, draft);
  artistFromSignature(source, draft);
  // "To: tm@lumenlane…", a subject naming "Lumen Lane", a body about "your concert" (general-recipient-act.ts).
  artistFromRecipientDomain(source, draft);
  // A group booking forwarded for the show: its stacked "Group Name" is the act (general-stacked-group.ts).
  artistFromStackedGroup(source, draft);
  fromItemLocations(source, draft);
  venueFromStageAddress(source, draft);
  // A stage as the venue, the festival site's row of a "where" table as the address (general-site-row.ts).
  siteAddress(source, draft);
  fromVenueLetterhead(source, draft);
  // "Salle X — 12 rue du Port, 75008 Paris" on a line of its own on a day sheet (general-venue-dash-line.ts).
  venueFromDashLine(source, draft);
  addressFromProse(source, draft);
  fromFormQuestions(source, draft);
  dateFromTitle(source, draft);
  // "La représentation aura lieu le samedi 3 mai 2028": a contract's sentence naming the show's day (general-performance-date.ts).
  dateFromPerformanceSentence(source, draft);
  // A hotel's or airline's confirmation that places no show mentions its stay's and flights' dates, not the show's.
  const placesShow = draft.venue || scheduleOf(source).some((i) => i.kind.value === 'set');
  if (!draft.date && (placesShow || !STAY_OR_TRAVEL.has(categorise(source)))) {
    const date = showDateOf(source);
    if (date) draft.date = date;
  }
  fromSchedule(source, draft);
  // "… Cinder Moth at Kaiverket Scene, Friday 9 April": the act, known now, placed at the venue on a day.
  venueBesideAct(source, draft);
  // "Sala Norte – Calle Mayor 8, 28013 Madrid": a line giving the venue's address after its name.
  addressAfterVenueName(source, draft);
  // An address ending in a district the reference does not know: the mail names the city elsewhere (general-mail-city.ts).
  cityFromMail(source, draft);
  if (!draft.country && draft.city) countryOfShowCity(source, draft, draft.city);
  return [draft];
});
