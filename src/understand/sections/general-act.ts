/**
 * general, who and what the show is: the act and the event, read from prose ("confirming X for
 * ACT"), a tour manager's signature, a document's title, a contract's parties and a quoted series
 * name. The labelled artist and event are read by general.ts itself.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { findDates, normaliseText } from '../normalise/index.js';
import { countryOfCity } from '../../reference/index.js';
import { evidenceAt, read } from '../text/index.js';
import { stampDate } from '../text/stamp.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { CALENDAR_NAMES, labelKey } from '../text/lexicon.js';
import { categorise } from './documents.js';
import { partiesOf, ROLE_WORDS, withoutLegalForm } from './people.js';
import { placeOf } from './place.js';
import { proseOf } from './schedule.js';

export const ACT = String.raw`((?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:&|of)\s+)?\p{Lu}[\p{L}'’&-]*){0,3})`;
/** An offer or confirmation, in the languages of the lexicon: the act it is for follows. */
const OFFER_WORD = String.raw`(?:[Cc]onfirm(?:ing|ed|s)?|[Aa]dvanc(?:e|ing)|[Oo]ff(?:er|re)|[Bb]ooking|[Pp]roposi(?:tion|ción)|[Pp]ropo(?:sta|uesta)|[Oo]ferta|[Aa]ngebot|[Ee]rbjudande|[Aa]anbod|[Bb]ekräftelse|[Bb]evestiging|[Bb]estätigung)`;
/** The words of an offer alone (a subject "Booking Confirmation – Hotel X" names no act). */
const OFFER_ONLY = String.raw`(?:[Oo]ff(?:er|re)|OFF(?:ER|RE)|[Pp]roposi(?:tion|ción)|[Pp]ropo(?:sta|uesta)|[Oo]ferta|OFERTA|[Aa]ngebot|ANGEBOT|[Ee]rbjudande|[Aa]anbod)`;
/** "for", "pour", "para", "per", "für", "för", "voor" — and "with". */
const FOR_WORD = String.raw`(?:for|with|pour|avec|para|con|per|für|mit|för|med|voor|met)`;
/**
 * What may follow the act: a preposition of place or date ("on", "à", "am", "på"…), punctuation, a spaced dash,
 * a bracketed aside ("X (Ireland)"), the end.
 */
const AFTER_ACT = String.raw`(?=\s+(?:on|at|in|à|au|le|en|el|a|al|am|im|på|i|op|il)(?=\s)|\s*[,.!;:]|\s+[–-]\s|\s+\([^()\n]{2,30}\)|\s*$)`;
/** Where prose names the act: "confirming Lyon for Marrow Lanterns on…", "the offer for X.", "Advance – X, Lörrach", "Dear X team". */
const ARTIST_PHRASES = [
  // A booking "with X" is made with a supplier ("a booking with an airline"), not for the act.
  new RegExp(String.raw`(?<![\p{L}])(?![Bb]ooking\s+with\s)${OFFER_WORD}(?![\p{L}])[^.\n]{0,30}?\b${FOR_WORD}\s+${ACT}${AFTER_ACT}`, 'gu'),
  // A subject "Proposition X – Rennes", "Angebot: X - Köln", "RE: OFFER - X - Tulsa OK": an offer's word, the act, a spaced dash.
  new RegExp(String.raw`(?:^|:\s*)${OFFER_ONLY}\s*(?::|\s[–-])?\s+${ACT}(?=\s+[–-]\s)`, 'gu'),
  // A scan may read the dash as a tilde ("ADVANCE ~ X - Bonn").
  new RegExp(String.raw`\b[Aa](?:DVANCE|dvance)\s*[–:~-]\s*${ACT}(?=\s*[,–-]|\s*$)`, 'gu'),
  // A subject "Advance Sa 16.10. Leipzig - Lumen Lane": the advance's date (and place), then the act after a spaced dash.
  new RegExp(String.raw`(?:^|:\s*)[Aa](?:DVANCE|dvance)\s+(?:(?!\s[–-]\s).)*\d(?:(?!\s[–-]\s).)*\s[–-]\s+${ACT}\s*$`, 'gu'),
  // A subject "Advance Lumen Lane – Paradiso fri 6/3": the act, then the venue and the day after a spaced dash
  // (a city there first, "Advance Leipzig – …", is no act).
  new RegExp(String.raw`(?:^|:\s*)[Aa](?:DVANCE|dvance)\s+${ACT}\s+[–—-]\s+[^–—\n]*\d[^–—\n]*$`, 'gu'),
  // A subject "Lumen Lane – Gent, 9 April – advance", also with Bulgarian "адванс" or Hebrew "אדוונס" closing it,
  // or after a colon ("Lumen Lane — Gent, 9 April: адванс").
  new RegExp(String.raw`(?:^|:\s*)${ACT}\s+[–—-]\s+[^–—\n]{2,40}?(?:\s+[–—-]\s+|:\s*)(?:[Aa]dvance|ADVANCE|[Аа]дванс|אדוונס)\s*$`, 'gmu'),
  // A subject "Gent 9 April - Lumen Lane advance".
  new RegExp(String.raw`(?:^|[–|:-]\s*)${ACT}\s+advance(?=\s*$|\s+[–|-]\s)`, 'gu'),
  new RegExp(String.raw`\bDear\s+${ACT}\s+team\b`, 'gu'),
  // Someone working the act's night: "I'm your runner on your Lumen Lane show at …", "your Lumen Lane gig".
  new RegExp(String.raw`(?<![\p{L}])[Yy]our\s+${ACT}\s+(?:show|gig|concert)(?![\p{L}])`, 'gu'),
  // A tour manager introducing themself in a chat or mail: "Dev here, TM for X.", "tour manager for X on Friday".
  new RegExp(String.raw`(?<![\p{L}])(?:TM|[Tt]our [Mm]anager)\s+(?:for|of)\s+${ACT}${AFTER_ACT}`, 'gu'),
  // A calendar event or a listing: "X en concert – Venue", "X in concert", "X i konsert".
  new RegExp(String.raw`${ACT}\s+(?:en concert|in concert|in concerto|en concierto|en vivo|en directo|i konsert|im konzert)(?=\s*[,.–—-]|\s*$)`, 'gu'),
  // Speech: "the concert of X", "o concerto dos X", "el concierto de X", "le concert de X", "il concerto dei X".
  new RegExp(String.raw`(?<![\p{L}])(?:concerto|concierto|concert|show)\s+(?:of|dos|das|do|da|de|del|des|du|di|dei|degli|delle)\s+${ACT}${AFTER_ACT}`, 'gu'),
  // A promoter's letter: "has engaged the Glasgow-based band X to give one concert", "a engagé le groupe X pour …",
  // "ha contratado al grupo X para …": the act after an engaging verb and a group word (a few words of description between).
  new RegExp(String.raw`(?<![\p{L}])(?:engaged|booked|contracted|hired|invited|engag[ée]e?|contratad[oa])\s+(?:(?:the|a|an|le|la|l['’]|al|el|a\s+la)\s*)?(?:[\p{L}'’-]+\s+){0,2}?(?:band|group|act|artist|duo|trio|quartet|ensemble|orchestra|groupe|formation|grupo|banda|artista)\s+${ACT}(?=\s+(?:to|for|pour|para|per|à|a)\s|\s*[,.])`, 'gu'),
  // A contrat de cession: "cède … le droit d'exploitation du spectacle X — « Title »": the show is named by its act.
  new RegExp(String.raw`(?<![\p{L}])exploitation\s+du\s+spectacle\s+${ACT}(?=\s+[—–-]\s|\s*[,.(«]|\s*$)`, 'gmu'),
  // Slovenian and Serbian: "koncert skupine X", "nastop zasedbe X", "nastup grupe X na festivalu …", "koncert benda X".
  new RegExp(String.raw`(?<![\p{L}])(?:[Kk]oncert[au]?|[Nn]astop[au]?|[Nn]astup[au]?)\s+(?:skupine|zasedbe|izvajalca|izvajalke|grupe|benda|sastava)\s+${ACT}(?=\s*[,.(]|\s+(?:na|v|u|ob|za|in|i)\s|\s*$)`, 'gu'),
];

/** A booking "for the group „X“", "pour le groupe « X »": the act's name quoted after the group word. */
const GROUP_PARTY = new RegExp(String.raw`(?<![\p{L}])(?:[Gg]roup|[Gg]ruppe|[Gg]roupe|[Gg]rupo|[Gg]ruppo|[Gg]roep|[Gg]rupp|[Gg]ruppen|[Bb]and)\s+[„“"«»‚‘]\s*${ACT}\s*[“”"»«‘’]`, 'u');

/**
 * A group booking's or agency itinerary's "Group name" label naming the party on its tour ("Group: X -
 * Spring tour 2027", "Group name | X – Iceland trip (band & crew)"): the party, without the trip it is on
 * (a tour or trip word, or a year, after a spaced dash).
 */
export const GROUP_WORD = String.raw`(?:group(?:[ \t]+name)?|gruppe(?:nname)?|groupe|nom du groupe|grupo|nombre del grupo|grupp(?:namn)?|ryhmä(?:n[ \t]+nimi)?)`;
/** The label may be bilingual ("Ryhmä / Group:"). */
const GROUP_LABEL = new RegExp(String.raw`^[ \t]*${GROUP_WORD}(?:[ \t]*/[ \t]*${GROUP_WORD})?[ \t]*(?::[ \t]*|\t[ \t]*)(\p{Lu}[^\t\n]*?)[ \t]*(?:\t|$)`, 'imu');
const TRIP_AFTER = /\s+[–—-]\s+(?=[^–—-]*(?:(?<!\p{L})(?:tour|tournee|tournée|gira|turné|turne|kiertue|trip|reise|resa|voyage|viaje)(?!\p{L})|(?<!\d)(?:19|20)\d{2}\s*$))/iu;

/** "Group: X (band) – 5 pax": the group's own bracket says it is an act. */
const ACT_BRACKET = /^(.+?)\s*\((?:band|act|artist|artiste|artista|künstler|groupe|grupo|orchestra|ensemble)\)/iu;

function labelledGroup(text: string): { value: string; index: number } | undefined {
  const m = GROUP_LABEL.exec(text);
  if (!m) return undefined;
  const index = m.index + m[0].indexOf(m[1]!);
  const bracketed = ACT_BRACKET.exec(m[1]!);
  if (bracketed) return { value: bracketed[1]!.trim(), index };
  // Only a party on its tour or trip is surely an act: a bare "Group name: X" may be any guests' (a wedding party's, a school trip's).
  const parts = m[1]!.split(TRIP_AFTER);
  if (parts.length < 2) return undefined;
  return { value: parts[0]!.trim(), index };
}

/** The party a hotel's or carrier's group booking is for, named in quotes after the group word or under a group label: the act (h24/h75 fill only the artist). */
export function groupParty(source: ExtractedSource): Draft<General>['artist'] | undefined {
  const quoted = GROUP_PARTY.exec(source.text);
  const labelled = quoted ? undefined : labelledGroup(source.text);
  if (labelled && !NOT_ACT.test(labelled.value) && !countryOfCity(labelled.value) && labelled.value.split(/\s+/).length <= 5) {
    return found(labelled.value, evidenceAt(source, [labelled.index, labelled.index + labelled.value.length], 'label'));
  }
  const m = quoted;
  if (!m) return undefined;
  const name = m[1]!.replace(/\s+/g, ' ').trim();
  if (NOT_ACT.test(name) || countryOfCity(name)) return undefined;
  const at = m.index + m[0].indexOf(m[1]!);
  return found(name, evidenceAt(source, [at, at + m[1]!.length], 'pattern'));
}
export const NOT_ACT = new RegExp(`^(${CALENDAR_NAMES}|the show|tonight|you|us)$`, 'i');

/**
 * An act prose sets in capitals ("le concert de MARROW LIGHTS") as the document writes it elsewhere in
 * mixed case (a footer's "Marrow Lights / Venue"), else as written.
 */
function spelledElsewhere(text: string, name: string): string {
  if (name !== name.toUpperCase()) return name;
  const pattern = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name).replace(/\s+/g, '\\s+')}(?![\p{L}])`, 'giu');
  const mixed = [...text.matchAll(pattern)].map((m) => m[0].replace(/\s+/g, ' ')).find((w) => w !== w.toUpperCase());
  return mixed ?? name;
}

export function artistFromProse(source: ExtractedSource, draft: Draft<General>): void {
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
        draft.artist = found(spelledElsewhere(source.text, name), evidenceAt(source, at === null ? null : [at, at + m[1]!.length], 'pattern'));
        return;
      }
    }
  }
}


/** A tour manager signs with the act's name: "Tour Manager - Lumen Lane", "Ida Berg | TM | Lumen Lane". */
const TOUR_MANAGER_SIGNATURE = new RegExp(String.raw`^(?:\s*>)*\s*(?:[^|\n]{2,40}\s\|\s)?(?:Tour\s*Manager|Tour\s*Mgr|TM|Road\s*Manager)\s*(?:[,|–—-]|\bfor\b|@)\s*${ACT}\s*$`, 'u');

export function artistFromSignature(source: ExtractedSource, draft: Draft<General>): void {
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

/**
 * A day sheet's title line "Marrow Lanterns - Friday 6 March 2026 - Lörrach": a name beside the
 * show's date (and perhaps its city) is the act.
 */
const DAY_SPAN = /\b\d{1,2}\.?(?:\s*[–—-]\s*|(?:\s*,\s*\d{1,2}\.?)*\s*(?:,|&|\+|\band\b|\bet\b|\bund\b|\by\b|\be\b|\ben\b|\boch\b)\s*)\d{1,2}\.?\s+\p{L}{3}/u;
/** A day sheet's own kind as its title names it, in the supported languages. */
const SHEET_KIND = /^(?:feuille de route|road ?sheet|day ?sheet|daily schedule|itinerary|schedule|running order|advance(?: sheet)?|tagesablauf|tagesplan|zeitplan|dagsplan|k[öo]rschema|hoja de ruta|full de ruta|folha de rota|foglio di marcia|programma|draaiboek|dagplanning)$/i;

/** A name ending on a tour word, perhaps with its year: "Harbour Lights Tour", "Gira Invierno 2027". */
const TOUR_NAME = /(?<!\p{L})(?:tour|tournee|tournée|gira|turné|turne)(?:[ \t]+(?:19|20)\d{2})?$/iu;

export function artistFromTitle(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.artist) return;
  // A chat's lines are its messages: the first of them is somebody's sentence, no title.
  const { lines, turns } = read(source);
  const messagesFrom = turns[0]?.span[0] ?? Infinity;
  for (const line of lines.slice(0, 8).filter((l) => l.end < messagesFrom)) {
    const segments = line.text.split(/\s+[·|–—-]\s+/).map((s) => s.trim());
    // A note's stamp ("Transcript · voice note of X · 14/09/2027 11:32") dates the note, not the show.
    if (segments.length < 2 || !segments.slice(1).some((s) => findDates(s).length) || stampDate(line.text)) continue;
    // "Copenhagen fly-in · 3–5 November 2027": a title over a span of days names the trip, not the act;
    // so does one over a festival's days ("Festival X · 3, 4 & 5 July 2027").
    if (segments.slice(1).some((s) => DAY_SPAN.test(s))) continue;
    const name = segments[0]!;
    // "Feuille de route — vendredi 16 avril 2027": the document's kind over its day names no act.
    if (SHEET_KIND.test(name)) continue;
    // "TM: Ann Lee · +44 … · Updated 2/3": a labelled segment names a person, not the act; so does a
    // label's cell before its value ("Festival ⇥ X — 7th edition — 3 to 5 July").
    if (!/^\p{Lu}/u.test(name) || /[\d:\t]/.test(name) || name.split(/\s+/).length > 4 || countryOfCity(name)) continue;
    if (name === name.toUpperCase() || (draft.venue && name === draft.venue.value)) continue;
    const at = line.start + line.text.indexOf(name);
    // "Harbour Lights Tour - Friday 10/9/26 - Portland": a tour's name over the day names the run, the event, not the act.
    if (TOUR_NAME.test(name)) {
      draft.eventName ??= found(name, evidenceAt(source, [at, at + name.length], 'pattern'));
      continue;
    }
    draft.artist = found(name, evidenceAt(source, [at, at + name.length], 'pattern'));
    return;
  }
}

/** What a title says about the document rather than the act or event: its kind, version or date. */
const DOCUMENT_WORDS = /\b(rider|contacts?|contactos|contatti|kontakt\w*|list[ae]?|rooming|version|versão|stand|page)\b|:/i;
const SMALL_WORDS = /^(of|the|and|de|do|da|dos|das|di|del|della|der|des|du|la|le|van|von|y|e|och|und)$/;

/** A title in capitals as written in running text: "FESTIVAL VENTOS DO NORTE" → "Festival Ventos do Norte". */
export function unshout(title: string): string {
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
export function fromTitle(source: ExtractedSource, draft: Draft<General>): void {
  const category = categorise(source);
  // A spreadsheet's text opens with the sheet's name, not a title.
  const line = read(source).lines.find((l) => l.text.trim() && !/^sheet:/i.test(l.text));
  if (!line) return;
  // "The Hall – Venue contact sheet": a venue's own sheet is titled with the venue, not an event.
  const key = category === 'rider' ? 'artist' : category === 'contact_sheet' ? (VENUE_SHEET.test(line.text) ? 'venue' : 'eventName') : null;
  if (!key || draft[key]) return;
  // A table's header row ("Name, Role, Phone") is no title.
  const cells = line.text.split(source.format === 'csv' ? /[,;\t]|\s+[·|–—-]\s+/ : /\t|\s+[·|–—-]\s+/).map((s) => s.trim()).filter(Boolean);
  if (cells.filter((c) => labelKey(c)).length >= 2) return;
  const segment = cells.find((s) => !DOCUMENT_WORDS.test(s) && !labelKey(s) && !findDates(s).length);
  const title = segment?.split(',')[0]!.trim();
  if (!title || !/^\p{Lu}/u.test(title) || title.split(/\s+/).length > (key === 'artist' ? 4 : 6) || (key === 'artist' && /\d/.test(title))) return;
  const at = line.start + line.text.indexOf(title);
  draft[key] = found(unshout(normaliseText(title)!), evidenceAt(source, [at, at + title.length], 'pattern'));
  if (key === 'venue') addressBelowTitle(source, draft, line.index);
}

/** A venue sheet's second line, when it reads as a street address with its city ("12 Mill Lane, Leeds LS2 7QT"). */
function addressBelowTitle(source: ExtractedSource, draft: Draft<General>, titleLine: number): void {
  const next = read(source).lines.find((l) => l.index > titleLine && l.text.trim());
  const text = next?.text.trim().replace(/[\t,;]+$/, '');
  if (!next || !text || draft.address || !/^\d|\d\s*$|\p{L}\s+\d/u.test(text) || /[:@\t]/.test(text) || text.length > 100) return;
  const place = placeOf(text);
  if (!place.city || place.cityIndex === null) return;
  const at = next.start + next.text.indexOf(text);
  draft.address = found(text, evidenceAt(source, [at, at + text.length], 'pattern'));
  draft.city ??= found(place.city, evidenceAt(source, [at + place.cityIndex, at + place.cityIndex + place.city.length], 'inferred'));
  if (place.country) draft.country ??= found(place.country, evidenceAt(source, [at, at + text.length], 'inferred', true));
}

/** A venue's own contact sheet named as such, in the lexicon's languages. */
const VENUE_SHEET = /\b(?:venue|salle|sala|spielst[äa]tte|zaal|lokal|locale)\s+(?:contacts?|kontakt\w*|contactos|contatti)\b/i;

/** The defined names of the performing party in a contract. */
const ARTIST_PARTY = /^(artist|artista|artiste|kunstler|kunstlerin|band|act|artiest|performer|konstnar|artysta|wykonawca|zespol)$/;

/** A contract's party defined as the artist ("Lumen Lane Ltd, … (hereinafter "the Artist")") is the act, without its legal form. */
export function artistFromParties(source: ExtractedSource, draft: Draft<General>): void {
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

/**
 * A festival or concert series named in quotes: "as part of the series "Autumn Rails 2027"", "nell'ambito
 * della rassegna "…"", and in Polish, which declines the word, "w ramach cyklu koncertowego „…”"; Slovenian
 * quotes with guillemets turned inwards ("v okviru cikla »…«"); Russian declines it too ("в рамках концертной серии «…»").
 * A contract's "perform … at the event "Harbour Lights 2028"" names it with "the event".
 */
const QUOTED_SERIES = /(?:(?<![\p{L}])(?:концертн\p{L}*\s+)?(?:сери\p{L}{1,3}|цикл\p{L}{0,3}|фестивал\p{L}{0,3})|\b(?:festival\p{L}{0,2}|series|concert series|(?<=\bthe\s)event|reihe|konzertreihe|rassegna|ciclo|serie|série|cycle|cykl\p{L}*(?:\s+koncertow\p{L}*)?|festiwal\p{L}*|cikel|cikl\p{L}{1,3}))\s+(?:["“„«]((?:[^"”“»\n]|\n(?![ \t]*\n)){3,60})["”“»]|»((?:[^«»\n]|\n(?![ \t]*\n)){3,60})«)/giu;

/** Hungarian and Turkish name the series before its word: "„Őszi Zajhatár 2027” koncertsorozat", "a „…” fesztivál", ""…" konser dizisi". */
const QUOTED_BEFORE_SERIES = /["“„«]([^"”“»\n]{3,60})["”“»]\s+(?:koncertsorozat|rendezv[ée]nysorozat|fesztiv[áa]l|turn[ée]|konser\s+(?:dizisi|serisi)|festivali)\p{L}*/giu;

/**
 * A festival named without quotes after its edition: "dans le cadre de la 6e édition du festival Les Soirées
 * du Canal", "the 4th edition of the festival Harbour Lights" (its name may wrap onto the next line).
 */
const FESTIVAL_EDITION = /(?<![\p{L}])(?:[ée]dition|edizione|edici[óo]n|edition)\s+(?:du|of\s+the|del|della|des)\s+festival\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:du|de|des|la|le|of|the|del|di)\s+)?\p{Lu}[\p{L}'’-]*){0,4})/u;

export function eventFromProse(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.eventName) return;
  const m = QUOTED_SERIES.exec(source.text) ?? QUOTED_BEFORE_SERIES.exec(source.text) ?? FESTIVAL_EDITION.exec(source.text);
  QUOTED_SERIES.lastIndex = 0;
  QUOTED_BEFORE_SERIES.lastIndex = 0;
  if (!m) {
    eventFromSignature(source, draft);
    return;
  }
  const name = m[1] ?? m[2]!;
  const at = m.index + m[0].indexOf(name);
  // A name wrapped over two lines (a narrow column) is one name.
  draft.eventName = found(normaliseText(name)!, evidenceAt(source, [at, at + name.length], 'pattern'));
}

/** A festival's own name: a capitalised run with a festival word ("Havnefest 2027", "Open Air Aareufer", "Vågbrytarfestivalen"). */
// Its words may be joined by an article or preposition ("Voci del Porto Festival", "Rock am Ring Festival").
const FESTIVAL_NAME = /^(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:de|di|del|della|dei|le|la|les|du|des|of|the|am|an|im|van|von|op)\s+)?){0,3}(?:\p{Lu}\p{L}*(?:festival(?:en|et)?|fest)|Festival|Open\s+Air)(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+\d{4})?$/u;

/** The festival's staff sign with its name: "Ana Berg | Artist Liaison | Havnefest 2027" — that segment is the event. */
function eventFromSignature(source: ExtractedSource, draft: Draft<General>): void {
  for (const m of read(source).messages) {
    if (m.signatureStart === null) continue;
    for (const line of m.lines.filter((l) => l.start >= m.signatureStart!).slice(0, 6)) {
      let at = line.start;
      for (const segment of line.text.split(/(\s+[|·•]\s+)/)) {
        const name = segment.trim();
        // "Festival Director", "Festival Office" name a desk or a role, not the event.
        if (FESTIVAL_NAME.test(name) && !ROLE_WORDS.test(name) && !/\b(?:office|team|crew|info)\b/i.test(name)) {
          // The body may write the name with its edition's year ("… al Havnefest 2027"): that is the event's full name.
          const edition = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}\s+(?:19|20)\d\d(?!\d)`, 'u').exec(source.text);
          const full = edition && edition.index < m.signatureStart! ? edition[0] : name;
          const start = full === name ? at + segment.indexOf(name) : edition!.index;
          draft.eventName = found(full, evidenceAt(source, [start, start + full.length], 'pattern'));
          return;
        }
        at += segment.length;
      }
    }
  }
}
