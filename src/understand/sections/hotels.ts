/**
 * hotels: where the party sleeps. Per source, in order of how structured the evidence is:
 *
 *   markup     schema.org LodgingReservation (JSON-LD or microdata) — when present, the source's
 *              text only fills what the markup lacks (travel/markup-gaps.ts);
 *   tables     a rooming list or hotel table (a "Hotel" column), or itinerary rows that check in or
 *              out of a named hotel;
 *   labels     a block of hotel labels ("Hotel:", "Check-in:", "Rooms:", "Booking ref:"), a hotel
 *              confirmation's labelled fields;
 *   prose      a sentence naming a hotel ("3 double rooms at Hotel Sjöporten, Skeppsbron 3, …,
 *              checking in on the 16th and out on the 17th").
 *
 * Drafts of one source that name the same hotel are combined, the richest first. A draft without a
 * hotel name is dropped: nothing could merge it, and a stay without a place is not a hotel.
 */
import type { ExtractedSource, Hotel } from '../../interfaces.js';
import type { SectionExtractor, UnderstandContext } from '../context.js';
import type { Draft, Found } from '../found.js';
import { airportByCode, airportCodesForCity, countryCode, foldText } from '../../reference/index.js';
import {
  EMAIL_IN_TEXT, normaliseBookingReference, normaliseCountry, normaliseEmail, normalisePersonName, normalisePhone,
  findTimes, normaliseText,
} from '../normalise/index.js';
import { schemaOrgReservations } from '../schema-org/index.js';
import { categorise } from './documents.js';
import { dotRemark, remarkLineAfter, runOnRemark, STAY_EXTRAS, trimmedStayRemark, wrappedRemark } from './hotel-remarks.js';
import { stayTimesLine } from './travel/stay-times-line.js';
import { nameCase, splitNameColumns } from '../text/split-name-columns.js';
import { cellsOf, isHeader, isNotApplicable, isPendingValue, labelKey, labelKeyByPrefix, read, sheetName, type LabelKey, type Labelled, type Reading, escapeRegExp, isMail, lineAt } from '../text/index.js';
import { isStreetAddress, placeOf } from './place.js';
import {
  addresses, bookingReferences, endsWithReferenceLabel, introducedLodgings, lodgingNames, looseDates, roomCounts, roomTotal, type Hit,
} from './travel/phrases.js';
import { readerFor, type Reader } from './travel/reader.js';
import { countsNights, readStay, type Piece, type StayHits } from './travel/stay.js';
import { footerAddress, footerLine } from './travel/stay-footer.js';
import { colonRowLabel, withColumnBoxes } from './travel/stay-columns.js';
import { roomGuests, roomHeadingGuests } from './travel/stay-room-guests.js';
import { gridBlockLabels } from './travel/stay-grid-block.js';
import { titledGuests } from './travel/honorific-guests.js';
import { roomTypeGuests } from './travel/stay-room-types.js';
import { adultTotal, joinedGuestNames } from './travel/stay-joined-guests.js';
import { repeatedBoard } from './travel/stay-room-board.js';
import { countRowGuests } from './travel/stay-count-rows.js';
import { colonHeaderValues, figureBoxValues, roomGuestLabels } from './travel/stay-header-row.js';
import { isRatingLine } from './travel/stay-rating-line.js';
import { givenNameFirst, hasRoommateColumn, isCancelledRow, roommateCell } from './travel/rooming-rows.js';
import { familyFirstNames, isFamilyFirstHeader } from './travel/family-first-names.js';
import { latinHalf } from '../text/bilingual-value.js';
import { deskPhoneOf, remarkCellOf } from './travel/stay-row-cells.js';
import { quotesOfferPrice, underOfferPrice } from './travel/stay-offers.js';
import { stayBetweenLabels } from './travel/stay-between-labels.js';
import { stayFactsBelow } from './travel/stay-lines-after.js';
import { isNumberedClause, proseParagraphAround, SHORT_FORM } from './travel/stay-paragraph.js';
import { blockLines, flatStatement, titledStayBlockEnd } from './travel/stay-title-block.js';
import { bracketDetails } from './travel/stay-bracket.js';
import { chatLodgingLines, type LodgingLine } from './travel/chat-lodging-line.js';
import {
  groupedDigits, isRoomHeading, lodgingNameAtLabel, numberedRoom, nameAboveAddress, referenceBelow, signedLodgingName, soleReferencePhrase, soleStayReference, withTimeCell,
} from './travel/stay-labels.js';
import { combineByName, referenceDate, showDateOf, showPlace } from './travel/context.js';
import { typedHotels } from './typed-rows.js';
import { labelledPhoneIn } from './hotel-phone.js';
import { asksOnly, bookedStayBlock } from './rider-asks.js';
import { rideStopSpans } from './schedule-ride-form.js';
import { routeTables } from './travel/route-table.js';
import { rebookedReference } from './hotel-void-reference.js';
import { withoutReplacedHotels } from './hotel-change.js';
import { laterChatDetails } from './hotel-chat-later.js';
import { withStayTextGaps } from './travel/markup-gaps.js';
import { segmentsIn } from './travel/segments.js';
import { listingOf } from './travel/stay-listing.js';
import { isFormAnswers } from '../text/row-text.js';
import { addAgendaStayDetails } from './hotel-agenda.js';
import { checkInRow } from './travel/stay-check-row.js';
import { roomTypeRuns } from './travel/room-type-runs.js';
import { withoutUpsell } from './hotel-upsell.js';
import { isBookerLine } from './booker-labels.js';
import { addLoneStayFields } from './hotel-lone-stay.js';
import { isHeadingBeside } from '../text/section-words.js';
import { changedValue, stackedStayLabels } from './travel/stay-stacked-labels.js';

type HotelDraft = Draft<Hotel>;

/** What a source's hotels are read against: its reference date, and the show's date and place. */
interface Ctx {
  ref: Date | null;
  showDate: string | null;
  country: string | null;
  city: string | null;
}

const HOTEL_KEYS: ReadonlySet<LabelKey> = new Set([
  'hotel', 'address', 'city', 'country', 'postcode', 'check_in', 'check_out', 'rooms', 'guests', 'booking_reference',
  'phone', 'email', 'notes', 'time', 'date',
]);

/** The hotel's own details a label may name with the hotel word after them. */
const HOTEL_DETAIL_KEYS: ReadonlySet<LabelKey> = new Set(['phone', 'email', 'address', 'booking_reference']);

/**
 * The key beside a hotel word ("Hotel confirmation #" → booking_reference; "Telefono hotel",
 * "Téléphone de l'hôtel" → phone, as languages that put the hotel last write it); undefined without the hotel word.
 * After the word only a detail of the hotel counts: "City Hotel" is a name, no city.
 */
function hotelPrefixedKey(label: string): LabelKey | null | undefined {
  const m = /^(?:hotel|hotell|hôtel|hotels|hotellets|unterkunft)\s+(.+)$/i.exec(label.trim());
  if (m) return labelKeyByPrefix(m[1]!);
  const last = /^(.+?)\s+(?:(?:del|dell['’]|de\s+l['’]|de|du|des|van\s+het|vom)\s*)?(?:hotel|hôtel|hotels|albergo|unterkunft)$/i.exec(label.trim());
  const key = last ? labelKey(last[1]!) : null;
  return key && HOTEL_DETAIL_KEYS.has(key) ? key : undefined;
}

/** "Hotel address", "Hotel phone", "Hotellets adress": a hotel label in front of another key. */
function hotelLabelKey(l: Labelled): LabelKey | null {
  // When the confirmation was issued says nothing about the stay, and neither ends nor opens it.
  if (l.key === 'issue_date') return null;
  const prefixed = hotelPrefixedKey(l.label);
  // "Hotel: 042-3628 0511 / desk@…": under the hotel's own label, a phone and e-mail are its details, not its name.
  if ((prefixed ?? l.key) === 'hotel' && contactSplit(l.value)) return 'phone';
  if (prefixed !== undefined) return prefixed ?? l.key;
  // "Téléphone / e-mail: 03 … — desk@…": one label over both the hotel's numbers.
  if (!l.key && namesPhoneAndEmail(l.label)) return 'phone';
  // "Check-in from ⇥ 15:00", "Check-out by ⇥ 11:00": a stay label the lexicon knows by its first words.
  const prefix = l.key ? null : labelKeyByPrefix(l.label);
  return prefix === 'check_in' || prefix === 'check_out' ? prefix : l.key;
}

function applyStay(r: Reader, d: HotelDraft, hits: StayHits, method: 'label' | 'table' | 'pattern'): void {
  const at = <T>(h: { value: T; index: number; length: number }, validated: boolean | null = true) =>
    r.at(h.value, [h.index, h.index + h.length], validated, method);
  if (hits.checkInDate) d.checkInDate ??= at(hits.checkInDate);
  if (hits.checkOutDate) d.checkOutDate ??= at(hits.checkOutDate);
  if (hits.checkInTime) d.checkInTime ??= at(hits.checkInTime);
  if (hits.checkOutTime) d.checkOutTime ??= at(hits.checkOutTime);
  if (hits.rooms) d.rooms ??= at(hits.rooms, null);
  if (hits.bookingReference) d.bookingReference ??= at(hits.bookingReference, null);
  if (hits.address && isStreetAddress(hits.address.value)) d.address ??= at(hits.address, null);
}

/** A value holding a phone and an e-mail and nothing else ("0113 496 0000 / desk@x.example"), split; null otherwise. */
function contactSplit(value: string): { phone: string; email: string } | null {
  const email = new RegExp(EMAIL_IN_TEXT.source).exec(value);
  const phone = email ? (value.slice(0, email.index) + value.slice(email.index + email[0].length)).replace(/^[\s/|,·;–—]+|[\s/|,·;–—]+$/g, '') : '';
  return email && /^\+?[\d\s().-]{6,20}$/.test(phone) ? { phone, email: email[0] } : null;
}

/**
 * "Hotel: Not provided by Promoter", "none": a label saying there is no hotel ("n/a", "TBC": none, or none yet);
 * "Own arrangement", "Own booking": the party sleeps where it books itself, no hotel of the paper.
 */
const NO_HOTEL = /^(?:not?\b|none\b|own\s+(?:arrangements?|booking)\b|nicht\b|keine?\b|ingen\b|inget\b|ej\b|sin\b|aucun|pas\b|geen\b|-+$)/i;

/** A hotel cell or label value: the name is what precedes the first comma or separator. */
function nameFound(r: Reader, value: string, span: [number, number], method: 'label' | 'table' | 'pattern'): Found<string> | undefined {
  // "Hotel Elm — 4 Mill Lane, …": a spaced dash, long or short, parts the name from its address.
  const clause = value.split(/\s+[·|•–—]\s+|,/)[0]!;
  // "«Көл Жээги» менен макулдаштык": a name in quotation marks opening the value is the lodging's, the words after it a remark.
  const quoted = /^\s*[«„“"]([^«»„“”"\n]{2,40})[»“”"]/u.exec(clause)?.[1]?.trim();
  if (quoted && /^\p{Lu}/u.test(quoted)) {
    const offset = value.indexOf(quoted);
    return r.at(quoted, [span[0] + offset, span[0] + offset + quoted.length], null, method);
  }
  let name = normaliseText(clause.split(/\s+\(/)[0]!);
  // A sentence ("I've booked you 3 rooms at Hotel X", "ficam no Hotel X") is no name; the lodging it names is.
  if (name && (name.split(' ').length > 5 || /^\p{Ll}/u.test(name))) name = lodgingNames(name)[0]?.value ?? null;
  // "Purchaser to provide two (2) rooms at X Inn": a sentence cut at its bracket, the lodging named after it.
  else if (name && (name.match(/\s\p{Ll}+/gu)?.length ?? 0) >= 2) {
    const later = lodgingNames(clause).find((n) => n.index >= name!.length);
    if (later) name = later.value;
  }
  // A name is capitalised: "a cargo del Artista", "paid by the band" are remarks about the stay.
  if (!name || /^\d/.test(name) || NO_HOTEL.test(name) || isPendingValue(name) || isNotApplicable(name) || (/^\p{Ll}/u.test(name) && !lodgingNames(name).length)) return undefined;
  const offset = value.indexOf(name);
  return r.at(name, offset >= 0 ? [span[0] + offset, span[0] + offset + name.length] : span, null, method);
}

/** A rooming list's room before its guests: "Twin 1:", "Room 2:", "Double:", "Zimmer 3:". */
const ROOM_LABEL = /^(?:room|zimmer|chambre|camera|habitaci[óo]n|kamer|quarto|pokój|twin|double|single|triple|suite|dbl|sgl|twn|duplo|doble|doppia|doppel|dubbel|enkel|individual|sencilla)[ \t]*\d{0,2}[ \t]*:[ \t]*/iu;

function guestsOf(r: Reader, l: { value: string; span: [number, number] }, method: 'label' | 'table'): Found<string>[] {
  const out: Found<string>[] = [];
  let offset = 0;
  // A bracketed aside naming nobody ("Uwe Sand (Busfahrer / driver)") is no guest, nor does its slash part two guests.
  const value = l.value.replace(/\([^()]*\)/gu, (aside) => (PERSON_IN_ASIDE.test(aside) ? aside : ' '.repeat(aside.length))).trimEnd();
  // "Ann Lee + Bo Ek (twin)": a plus joins a room's guests too.
  for (const part of value.split(/\s*(?:[,;/\n·•+]|\band\b|\bund\b|\boch\b|\by\b|\bet\b|\ben\b)\s*/)) {
    // A list item's number or bullet ("1. Ann Lee") or its room ("Twin 1: Ann Lee") is not part of the name,
    // nor is the sentence's full stop left after a blanked aside ("Bo Ek (single).").
    const name = normalisePersonName(part.replace(/^(?:\d{1,2}[.)]|[-•*–])\s+/, '').replace(ROOM_LABEL, '').replace(/\s+\.$/u, ''));
    const at = value.indexOf(part, offset);
    offset = at + part.length;
    // Two words at least, one of them more than an initial ("A. Rivera"); a longer or quoted value
    // names the booking party ("Les Productions X – dossier « Y »"), not a guest.
    if (name && /\p{L}\S*\s+\p{L}/u.test(name) && /\p{L}{2,}/u.test(name) && isPersonLength(name)) out.push(r.at(name, [l.span[0] + at, l.span[0] + at + part.length], null, method));
  }
  return out;
}

/** Two capitalised words in a row: an aside that names a person ("(Ann Lee / Bo Ek)"). */
const PERSON_IN_ASIDE = /\p{Lu}[\p{L}'’.-]+[ \t]+\p{Lu}[\p{L}'’.-]+/u;

function isPersonLength(name: string): boolean {
  return name.split(/\s+/).length <= 4 && !/["«»“”„]/.test(name);
}

/** A numbered or bulleted list item naming a person, behind scanning noise ("  2. Ann Lee", "• Bo Ek"). */
const LIST_ITEM = /^[^\p{L}\n]{0,6}?(?:\d{1,2}[.)]|[-•*–])[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3})/u;

/**
 * A line of names only, room-mates paired by a slash ("Lea Vogt / Ida Marquardt", or one "Merle Jansen"), each
 * maybe with its room in brackets ("Merle Jansen (Double Deluxe)"), which guestsOf leaves out of the name.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}(?:[ \t]*\([^()\n]{1,40}\))?`;
const NAMES_LINE = new RegExp(String.raw`^[ \t]*${NAME}(?:[ \t]*\/[ \t]*${NAME})*[ \t]*$`, 'u');

/**
 * A guest list and its continuation below the label: lines indented under a value that ends with a
 * comma ("Guests:  Ann Lee, Bo Ek," / "        Cy Dahl"), numbered items under an empty value, or,
 * under a value pairing room-mates ("Gäste: Ann Lee / Bo Ek"), lines of names only, indented or
 * not (OCR loses a column's indent); or, under a value that is one name, lines of names only indented
 * well past the label ("Guests:   Ann Lee" / "           Bo Ek"), one guest a line.
 */
function guestListParts(text: string, l: { value: string; span: [number, number] }): { value: string; span: [number, number] }[] {
  const parts = [{ value: l.value, span: l.span }];
  const empty = !/\p{L}{2,}/u.test(l.value);
  const paired = /\p{L}[ \t]*\/[ \t]*\p{Lu}/u.test(l.value);
  const labelLine = text.slice(text.lastIndexOf('\n', l.span[0] - 1) + 1, l.span[0]);
  const indent = labelLine.search(/\S/);
  const inColumn = (line: string) => line.search(/\S/) >= indent + 8 && !line.includes('\t') && NAMES_LINE.test(line);
  let lineEnd = text.indexOf('\n', l.span[1]);
  const nextLine = (at: number) => text.slice(at + 1, text.indexOf('\n', at + 1) < 0 ? text.length : text.indexOf('\n', at + 1));
  const columned = NAMES_LINE.test(l.value) && lineEnd >= 0 && inColumn(nextLine(lineEnd));
  // A rooming list one room a line ("Twin 1: Ann Lee / Bo Ek" / "Single: Cy Dahl"): each line under the first is a room too.
  const roomed = ROOM_LABEL.test(l.value.trim());
  const roomLine = (line: string) => (paired || roomed) && NAMES_LINE.test(line.trim().replace(ROOM_LABEL, ''));
  // "Gäste: 1. Frau Ann Lee" / "       2. Herr Bo Ek": a numbered list begun on the label's own line goes on below it.
  const numbered = /^\s*1[.)][ \t]/.test(l.value) && LIST_ITEM.test(l.value);
  let open = empty || numbered || paired || roomed || columned || /,\s*$/.test(l.value);
  while (open && lineEnd >= 0) {
    const start = lineEnd + 1;
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const line = text.slice(start, end);
    // The numbered list's items stand indented under the first one, past LIST_ITEM's noise.
    const indentOf = numbered ? line.search(/\S|$/) : 0;
    const item = empty || numbered ? LIST_ITEM.exec(line.slice(indentOf)) : null;
    if (columned) {
      if (!inColumn(line)) break;
      const at = start + line.search(/\S/);
      parts.push({ value: line.trim(), span: [at, at + line.trim().length] });
    } else if (item) {
      const at = start + indentOf + item.index + item[0].length - item[1]!.length;
      parts.push({ value: item[1]!, span: [at, at + item[1]!.length] });
    } else if (!paired && /^[ \t]+\p{L}/u.test(line) && !/\p{L}[ \t]*:/u.test(line)) {
      const at = start + line.search(/\S/);
      parts.push({ value: line.trim(), span: [at, at + line.trim().length] });
      open = /,\s*$/.test(line);
    } else if ((paired && NAMES_LINE.test(line)) || roomLine(line)) {
      const at = start + line.search(/\S/);
      parts.push({ value: line.trim(), span: [at, at + line.trim().length] });
    } else break;
    lineEnd = end < text.length ? end : -1;
  }
  return parts;
}

/** A labelled phone in brackets after an address ("… Leeds (tel. 0113 496 0000)"): the number, and where the bracket opens. */
function bracketedPhone(value: string): (Hit<string> & { cut: number }) | undefined {
  for (const m of value.matchAll(/\(([^()]*)\)/g)) {
    const phone = labelledPhoneIn(m[1]!);
    if (phone) return { value: phone.raw, index: m.index + 1 + phone.index, length: phone.raw.length, cut: m.index };
  }
  return undefined;
}

function addressPart(value: string): string | null {
  return normaliseText(value.split(SENTENCE_END)[0]!.replace(/\.$/, ''));
}

/** A sentence's end: a full stop before a capital, not one of a street's abbreviations ("Bağdat Cad. No: 8", "Av. Diagonal"). */
const SENTENCE_END = /(?<!(?:^|[\s,])(?:cad|mah|sok|sk|blv|bul|no|nr|st|str|av|avda|ave|pl|rd|apt|kat))\.\s+(?=\p{Lu})/iu;

const DANGLING_LABEL = /\b(?:ref|reference|conf|confirmation|booking(?: no)?|no)\.?:?\s*$/i;

/**
 * A hotel value wrapped onto the next lines (a mail's quoted lines too): after a comma or a reference
 * label ("…, 2 rooms, ref" / "HX-2231"), up to three lines, and not onto a line that opens a new item.
 */
function continuedValue(text: string, l: Labelled): string {
  let end = l.span[1];
  for (let k = 0; k < 3; k++) {
    const piece = text.slice(l.span[0], end);
    const lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0 || !(/,\s*$/.test(piece) || DANGLING_LABEL.test(piece) || endsWithReferenceLabel(piece))) break;
    const nextEnd = text.indexOf('\n', lineEnd + 1) < 0 ? text.length : text.indexOf('\n', lineEnd + 1);
    if (NEW_ITEM.test(text.slice(lineEnd + 1, nextEnd).replace(/^[ \t]*(?:>[ \t]*)+/, ''))) break;
    end = nextEnd;
  }
  // Quote marks of the lines it runs on become blanks, so offsets still point into the source.
  return text.slice(l.span[0], end).replace(/(?<=\n)[ \t]*(?:>[ \t]*)+/g, (q) => ' '.repeat(q.length));
}

/** A capitalised one-word label with its colon, after a space, inside a value ("… Hotel Nights: 2"). */
const NEXT_WORD_LABEL = /\s+\p{Lu}\p{L}*:(?:\s|$)/u;

/** Where a known label of one to three words with its colon begins inside a value, if one does. */
function knownLabelAt(value: string): number | undefined {
  for (const m of value.matchAll(/:(?:\s|$)/g)) {
    const before = value.slice(0, m.index);
    for (let words = 1; words <= 3; words++) {
      const label = new RegExp(String.raw`\s(\p{Lu}\p{L}*(?:[ \t]\p{L}+){${words - 1}})$`, 'u').exec(before);
      if (label && labelKey(label[1]!)) return label.index;
    }
  }
  return undefined;
}

/** "Check-in / out", "Check-in / check-out": one label over both ends of the stay. */
const NAMES_CHECK_OUT_TOO = /\/\s*(?:check[-\s]?)?out\b/i;

/**
 * "Check-in / out ⇥ Fri 10/9 4:00 PM / Sat 10/10 10:00 AM": under one label over both ends of the stay,
 * the value's half after its one spaced slash is the check-out's (the label reader may keep the slash in the label).
 */
function checkOutHalf(l: Labelled): { text: string; start: number } | null {
  if (!NAMES_CHECK_OUT_TOO.test(`${l.label} ${l.value.trimStart().slice(0, 16)}`)) return null;
  const slashes = [...l.value.matchAll(/\s+\/\s+/g)];
  if (slashes.length !== 1) return null;
  const at = slashes[0]!.index + slashes[0]![0].length;
  return { text: l.value.slice(at), start: l.span[0] + at };
}

/** Whether a value runs on into a check-out label the lexicon knows, with its colon ("… 15:00. Salida: 9 de julio"). */
function holdsCheckOutLabel(value: string): boolean {
  return [...value.matchAll(/(?<=^|\s)(\p{Lu}[\p{L}-]*):\s/gu)].some((m) => labelKey(m[1]!) === 'check_out');
}

/** A full stop after a word or a bracket, before a capital. */
const FULL_STOP = /(?<=\p{L}{2}|\))\.\s+(?=\p{Lu})/gu;

/**
 * Where a guest list's sentence ends ("Ann Lee / Bo Ek (twin). Twin 2 x 120,00"): at a full stop after
 * a guest's whole name; one after an item's first word is a title ("Sig. Ewan Lee", "Dr. Bo Ek").
 */
function guestListEnd(value: string): number | undefined {
  for (const m of value.matchAll(FULL_STOP)) {
    const item = value.slice(0, m.index).split(/[,;/·•]/).pop()!.trim();
    if (/\s/.test(item)) return m.index;
  }
  return undefined;
}

/** "Tel / E-mail", "ໂທ / ອີເມວ": a label whose halves are the phone's and the e-mail's. */
function namesPhoneAndEmail(label: string): boolean {
  const keys = label.split(/\s*\/\s*/).map((half) => labelKey(half));
  return keys.includes('phone') && keys.includes('email');
}

/** A labelled value into the draft, by its key. */
function applyLabel(r: Reader, d: HotelDraft, key: LabelKey, l: Labelled, ctx: Ctx): void {
  // "Room 2 · Single · Breakfast": one room's heading; its board is that room's, and the rooms are counted by fromLabels.
  if (key === 'rooms' && numberedRoom(r.source.text, l) !== null) return;
  // "Stay ⇥ arrival Thu 3 June from 15:00 — departure Sat 5 June by 11:00": a label over the whole stay, its value
  // naming both ends in its own words: read to the end of its line (the part after the dash is no remark).
  if (key === 'check_in' && STAY_LABEL.test(l.label.trim())) {
    applyStay(r, d, readStay({ text: l.line.text.slice(l.span[0] - l.line.start), start: l.span[0] }, ctx.ref, ctx.showDate), 'label');
    return;
  }
  // "MA-2231 · Breakfast included": a remark on the stay after a middle dot is the notes, not the value.
  const remark = dotRemark(l);
  if (remark) {
    d.notes ??= r.at(remark.value, [remark.start, remark.start + remark.value.length], null, 'label');
    l = { ...l, value: l.value.slice(0, remark.cut), span: [l.span[0], l.span[0] + remark.cut] };
  }
  const piece: Piece = { text: l.value, start: l.span[0] };
  const text = () => normaliseText(l.value);
  switch (key) {
    case 'hotel': {
      const written = lodgingNameAtLabel(r.source.text, l);
      // "Hotel: The X Hotel Nights: 2": a name holds no label of its own; OCR lost the gap before it.
      const nameValue = l.value.slice(0, NEXT_WORD_LABEL.exec(l.value)?.index);
      d.name ??= written ? r.at(written.value, [written.index, written.index + written.length], null, 'label') : nameFound(r, nameValue, l.span, 'label');
      piece.text = continuedValue(r.source.text, l);
      applyStay(r, d, readStay(piece, ctx.ref, ctx.showDate), 'label');
      // "conf #123 is dead … New confirmation # is 456": the rebooked reference later in the paragraph (hotel-void-reference.ts).
      const rebooked = d.bookingReference ? undefined : rebookedReference(r.source.text, l.span[0]);
      if (rebooked) d.bookingReference = r.at(rebooked.value, [rebooked.index, rebooked.index + rebooked.length], null, 'pattern');
      break;
    }
    case 'check_in': {
      // A form's row going on to the check-out in its later cells is read whole (travel/stay-check-row.ts).
      const row = checkInRow(r.source.text, l);
      // A slashed day is read around the show (stay-show-month.ts): an American "Fri 10/9" is 9 October beside a show on the 9th.
      const hits = readStay({ text: `check-in ${row ?? withTimeCell(r.source.text, l)}`, start: l.span[0] - 9 }, ctx.ref, ctx.showDate);
      // "Check-in / out: 12/03/2025 / 13/03/2025" gives both; a value running on into its "Check-Out: …
      // 11:00 AM" (a PDF's two columns read as one line) gives the check-out time too.
      // A sentence of a bilingual page runs on the same way into its own language's check-out label ("… Salida: 9 de julio, …").
      // A label naming both ends ("Check in & check out ⇥ in 03-04 from 14.00 / out 04-04 by 10.30") gives both times.
      const runsOn = !!row || /check[-\s]?out\s*:/i.test(l.value) || holdsCheckOutLabel(l.value) || CHECK_OUT_LABEL.test(l.label);
      applyStay(r, d, { checkInDate: hits.checkInDate, checkInTime: hits.checkInTime, checkOutDate: hits.checkOutDate, checkOutTime: runsOn ? hits.checkOutTime : undefined }, 'label');
      const outHalf = checkOutHalf(l);
      if (outHalf) applyStay(r, d, { checkOutTime: readStay({ text: `check-out ${outHalf.text}`, start: outHalf.start - 10 }, ctx.ref, ctx.showDate).checkOutTime }, 'label');
      break;
    }
    case 'check_out': {
      // "Check-out: Sunday 11:00": a weekday alone is the first such day after the show.
      const hits = readStay({ text: `check-out ${withTimeCell(r.source.text, l)}`, start: l.span[0] - 10 }, ctx.ref, ctx.showDate);
      applyStay(r, d, { checkOutDate: hits.checkOutDate ?? hits.checkInDate, checkOutTime: hits.checkOutTime }, 'label');
      break;
    }
    case 'rooms': {
      if (isRoomHeading(l)) break;
      // "Nights / Rooms: 2 nights, 4 rooms": the number said to be rooms (all rooms booked), else the first.
      const first = /\d+/.exec(l.value);
      // "Rooms: 4 (2 x Twin, 2 x Single)": a count before its breakdown in brackets is the total.
      const total = /^[ \t]*(\d{1,3})[ \t]*\(/.exec(l.value);
      // "Rooms (4): ⇥ 1x Twin …": the label counts the rooms its list below holds.
      const counted = /\((\d{1,3})\)[ \t]*$/.exec(l.label);
      const labelAt = counted ? r.source.text.lastIndexOf(l.label, l.span[0]) : -1;
      if (counted && labelAt >= 0) d.rooms ??= r.at(Number(counted[1]), [labelAt + counted.index + 1, labelAt + counted.index + 1 + counted[1]!.length], null, 'label');
      // "1 Nacht, 2 Zimmer: ⇥ • Double – Guest: Ann (2 adults)": a label counting rooms itself counts the list below it.
      // The labeller keeps only the room word as the label, so the count is read on its line up to the label's end.
      const labelEnd = l.line.text.indexOf(l.label) + l.label.length;
      const ownCount = counted || labelEnd < l.label.length ? undefined : roomTotal(l.line.text.slice(0, labelEnd));
      if (ownCount) d.rooms ??= r.at(ownCount.value, [l.line.start + ownCount.index, l.line.start + ownCount.index + ownCount.length], null, 'label');
      const hit = total ? { value: Number(total[1]), index: total.index + total[0].indexOf(total[1]!), length: total[1]!.length }
        : roomTotal(l.value) ?? (first ? { value: Number(first[0]), index: first.index, length: first[0].length } : undefined);
      if (hit) d.rooms ??= r.at(hit.value, [l.span[0] + hit.index, l.span[0] + hit.index + hit.length], null, 'label');
      break;
    }
    case 'guests': {
      // A booking site names a guest per room ("Room 2: … / Guest name: Ann Lee · 2 adults"): each adds to the list.
      const seen = new Set((d.guests ?? []).map((g) => g.value));
      // "Guests: Ann Lee / Bo Ek (twin). Twin 2 x 120,00": the list ends with its sentence.
      const end = guestListEnd(l.value);
      if (end !== undefined) l = { ...l, value: l.value.slice(0, end), span: [l.span[0], l.span[0] + end] };
      // "Ann Lee (K) Bo Ek + Cy Dahl (DQ)": one line of rooms, each closed by its type's code (travel/room-type-runs.ts).
      const more = (roomTypeRuns(l) ?? guestListParts(r.source.text, l)).flatMap((p) => guestsOf(r, p, 'label')).filter((g) => !seen.has(g.value));
      d.guests = [...(d.guests ?? []), ...more];
      break;
    }
    case 'booking_reference': {
      // "boekingsnummer HB-2231": the value may open with the reference's own label.
      const own = bookingReferences(l.value).find((h) => !/\d/.test(l.value.slice(0, h.index)))?.value;
      const raw = groupedDigits(l.value)?.value ?? own ?? /[A-Z0-9][A-Z0-9-]{3,}/i.exec(l.value)?.[0];
      const ref = raw ? normaliseBookingReference(raw) : null;
      if (ref && /\d/.test(ref)) d.bookingReference ??= r.at(ref, [l.span[0] + l.value.indexOf(raw!), l.span[0] + l.value.indexOf(raw!) + raw!.length], null, 'label');
      // A value without a figure is no reference: the reference may stand on a line of its own below.
      const below = /\d/.test(l.value) ? undefined : referenceBelow(r.source.text, l);
      const belowRef = below && normaliseBookingReference(below.value);
      if (below && belowRef) d.bookingReference ??= r.at(belowRef, [below.index, below.index + below.length], null, 'label');
      break;
    }
    case 'address': {
      // "14 rue des Célestins, 69002 Lyon. Rooms: 2 …": the address ends with its sentence.
      // "Address: 22 X Street, Town Rooms: see below": OCR reads a form's two columns with one space
      // between them, so a known label further on the line ends the address (the stay is read on).
      // "Hotel address & phone ⇥ 4 Mill Lane, Leeds (tel. 0113 496 0000)": the bracketed phone is the hotel's, no part of the address.
      const bracketed = bracketedPhone(l.value);
      const address = addressPart(l.value.slice(0, bracketed?.cut ?? knownLabelAt(l.value)));
      if (address) d.address ??= r.at(address, [l.span[0], l.span[0] + address.length], null, 'label');
      const phone = bracketed && normalisePhone(bracketed.value, ctx.country);
      if (bracketed && phone) d.phone ??= r.at(phone.value, [l.span[0] + bracketed.index, l.span[0] + bracketed.index + bracketed.length], phone.validated, 'label');
      applyStay(r, d, readStay({ text: l.value.slice(address?.length ?? 0), start: l.span[0] + (address?.length ?? 0) }, ctx.ref, null), 'label');
      break;
    }
    // "City-Tax: CHF 2.50 per person": a tax named after the city is no city.
    case 'city': if (text() && !/tax|steuer|taxe|tassa|fee|geb[üu]hr/i.test(l.label)) d.city ??= r.at(text()!, l.span, null, 'label'); break;
    case 'country': { const c = normaliseCountry(l.value); if (c) d.country ??= r.at(c, l.span, true, 'label'); break; }
    case 'phone':
    case 'email': {
      // "Hotel phone / e-mail: 0113 … / desk@…", "Hotel: 0113 … / desk@…": one label over both (a "Mobil:" line's
      // e-mail after it is a person's signature).
      // A label in any language whose halves say phone and e-mail ("ໂທ / ອີເມວ") is one over both too.
      // A desk phone's value holding the number and an e-mail and nothing else ("Tel. ⇥ 0113 … · desk@…") gives both;
      // a mobile's is a person's signature.
      const deskPhone = key === 'phone' && !/mob|cell|handy|gsm|portable/i.test(l.label);
      const both = l.key === 'hotel' || deskPhone || (/mail/i.test(l.label) && /phone|tel|fon/i.test(l.label)) || namesPhoneAndEmail(l.label) ? contactSplit(l.value) : null;
      const p = key === 'phone' || both?.phone ? normalisePhone(both?.phone ?? l.value, ctx.country) : null;
      if (p) d.phone ??= r.at(p.value, l.span, p.validated, 'label');
      const e = key === 'email' || both?.email ? normaliseEmail(both?.email ?? l.value) : null;
      if (e) d.email ??= r.at(e, l.span, true, 'label');
      break;
    }
    case 'notes': {
      // "Śniadanie w cenie / Breakfast included" under a bilingual label: one language (text/bilingual-value.ts).
      const half = latinHalf(l.label, l.value);
      const runOn = half ? null : runOnRemark(r.source.text, l) ?? wrappedRemark(r.source.text, l);
      if (half) d.notes ??= r.at(half.value, [l.span[0] + half.offset, l.span[0] + half.offset + half.value.length], null, 'label');
      else if (runOn) d.notes ??= r.at(normaliseText(runOn.value)!, [l.span[0], runOn.end], null, 'label');
      else if (text()) d.notes ??= r.at(text()!, l.span, null, 'label');
      break;
    }
    default: break;
  }
}

/**
 * The labelled values, plus two-cell lines ("Rooms ⇥ 4", a key–value sheet read as a table) and stay
 * lines whose label the lexicon knows only by its first words ("Check-in / out ⇥ 12/03/2025 /
 * 13/03/2025"), in line order.
 */
function labelledAndColumns(reading: Reading): Labelled[] {
  // A booking site's column box ("CHECK-IN ⇥ CHECK-OUT" over the dates) gives its values under its headers.
  const labelled = withColumnBoxes(reading, reading.labelled);
  const seen = new Set(labelled.map((l) => l.line.index));
  const extra: Labelled[] = [];
  for (const line of reading.lines) {
    if (seen.has(line.index)) continue;
    const cells = cellsOf(line);
    const [label, value] = cells as [typeof cells[number], typeof cells[number]];
    const text = label?.text.replace(/:$/, '') ?? '';
    const prefixKey = labelKeyByPrefix(text);
    // "Hotel confirmation # ⇥ X": a known label behind the hotel word too.
    // "Phone / e-mail ⇥ 071 … · desk@…": one label over both the hotel's numbers (hotelLabelKey).
    const both = namesPhoneAndEmail(text) ? 'phone' : null;
    const key = cells.length === 2 ? labelKey(text) ?? (prefixKey === 'check_in' || prefixKey === 'check_out' ? prefixKey : hotelPrefixedKey(text) ?? both) : null;
    // "Hotel ⇥ Flights": two blocks' headings side by side (text/section-words.ts), no hotel named.
    if (key && isHeadingBeside(label.text, value.text)) continue;
    if (key) extra.push({ key, label: label.text, value: value.text, span: [value.start, value.start + value.text.length], line });
    else {
      const colon = colonRowLabel(line);
      if (colon) extra.push(colon);
      else extra.push(...boardPairs(cells, line));
    }
  }
  // A hotel's own confirmation may stack its stay labels over their values (travel/stay-stacked-labels.ts).
  if (categorise(reading.source) === 'hotel_confirmation') extra.push(...stackedStayLabels(reading, new Set([...seen, ...extra.map((l) => l.line.index)])));
  return [...labelled, ...extra].sort((a, b) => a.line.index - b.line.index);
}

/**
 * A label box prints two label–value pairs a line ("Organiser ⇥ X ⇥ Board ⇥ Breakfast included"): a
 * board's pair among them, its label unknown to the lexicon, is still read (fromLabels makes it the notes).
 */
function boardPairs(cells: ReturnType<typeof cellsOf>, line: Reading['lines'][number]): Labelled[] {
  if (cells.length < 4 || cells.length % 2) return [];
  const out: Labelled[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const [label, value] = [cells[i]!, cells[i + 1]!];
    if (label.text.length > 20 || !BOARD_LABEL.test(label.text) || !BOARD_MEAL.test(value.text)) continue;
    out.push({ key: null, label: label.text, value: value.text, span: [value.start, value.start + value.text.length], line });
  }
  return out;
}

/** How a room is paid for ("Rate:", "Guarantee: credit card") neither ends a hotel block nor says anything the contract keeps. */
const PAYMENT_KEYS: ReadonlySet<LabelKey> = new Set(['fee', 'payment_terms', 'deposit', 'currency']);

/** Labels of a stay's board (meals included), in the supported languages. */
const BOARD_LABEL = /\b(?:board|meals?|meal plan|included|inclusions?|prestations|leistungen|incluye|incluido|mahlzeiten|m[åa]ltider|comidas|repas|pasti|r[ée]gimen|pensi[óo]n|verpflegung|pension|kost|maaltijden|formule|trattamento|wy[żz]ywienie)\b/i;

/** A sales tax's name in the supported languages ("IVA (10 %) incluido", "inkl. MwSt."). */
const TAX_WORD = /\b(?:vat|iva|tva|mwst|ust|moms|btw|gst|tax|steuer)\b/i;

/** A board's meals: breakfast or a pension, in the supported languages ("ü" also as OCR reads it: "Friihstiick"). */
const BOARD_MEAL = /\b(?:breakfast|fr(?:ü|ue|ii|u)hst(?:ü|ue|ii|u)ck|frukost|frokost|morgenmad|desayuno|petit[- ]d[ée]jeuner|colazione|ontbijt|aamiainen|[śs]niadanie|half board|full board|halbpension|vollpension|halvpension|helpension|media pensi[óo]n|demi-pension|mezza pensione)/i;

/** Stay labels that may stand above the check-in that opens their block. */
const PENDING_KEYS: ReadonlySet<LabelKey> = new Set(['guests', 'rooms', 'booking_reference']);

/** A departure's label, in the supported languages; a check-out's own word says the stay ends. */
const LEAVING_LABEL = /\b(?:departure|depart|abreise|avresa|avresedatum|salida|d[ée]part|vertrek|partenza)/i;
const CHECK_OUT_LABEL = /check[-\s]?out|utcheckning|uitchecken/i;

/** "Departure:", "Abreise:" — the party leaving — as against a check-out label. */
function isLeavingLabel(label: string): boolean {
  return LEAVING_LABEL.test(label) && !CHECK_OUT_LABEL.test(label);
}

/** The key a label outside a block would have in the block opened next ("Arrival: 3 Apr" → check_in). */
function pendingKey(key: LabelKey | null, l: Labelled, ctx: Ctx, underHeading = false): LabelKey | null {
  if (key && PENDING_KEYS.has(key)) return key;
  // Under a "HOTEL" heading the hotel's own address, phone and e-mail may come before its check-in (a two-column
  // block, or the lines under the hotel's name).
  if (underHeading && (key === 'phone' || key === 'email' || key === 'address')) return key;
  if (key === 'check_out' && isLeavingLabel(l.label) && looseDates(l.value, ctx.ref).length) return key;
  if ((key === 'arrival' || key === 'departure') && looseDates(l.value, ctx.ref).length) return key === 'arrival' ? 'check_in' : 'check_out';
  return null;
}

const HOTEL_HEADING = /^\s*(?:hotels?|hotell|h[ôo]tel|accommodation|lodging|unterkunft|[üu]bernachtung|boende|alojamiento|h[ée]bergement|logement|accommodatie|overnachting)\s*:?\s*$/i;

const NUMBERED_HEADING_REMARK = /^\s*\d{1,2}[.)]\s*\p{L}/u;
/** A contract's numbered clause heading in capitals ("6. ADDITIONAL TERMS"), not a sub-clause ("5.3 Hotel"). */
const CLAUSE_HEADING = /^\s*\d{1,2}[.)][ \t]+\p{Lu}{2}[\p{Lu} &]*(?:[ \t]*:|[ \t]*$)/u;

/** Blocks of consecutive hotel labels, each begun by a hotel name or a check-in. */
function fromLabels(reading: Reading, r: Reader, ctx: Ctx): HotelDraft[] {
  const drafts: HotelDraft[] = [];
  let current: HotelDraft | null = null;
  let lastLine = -1;
  // Stay labels read before any block ("Guest:", "Arrival: 3 April" above "Check-in:"), on nearby
  // lines: they join the block a check-in opens right after them, or open one themselves when an
  // arrival date and rooms or guests are among them; otherwise they are dropped.
  let pending: { key: LabelKey; l: Labelled }[] = [];
  const numbered = new Map<HotelDraft, { value: number; span: [number, number] }>();
  // In another language the heading is the lexicon's hotel label alone on its line ("ЗОЧИД БУУДАЛ").
  // A two-language heading names the stay in one of its halves ("Ihotele · Hotel").
  const isHeading = (text: string) => HOTEL_HEADING.test(text) || (text.trim().length > 2 && labelKey(text.trim()) === 'hotel');
  const isTwoLanguageHeading = (text: string) => {
    const halves = text.split(/[ \t]+[·/|][ \t]+/);
    return halves.length === 2 && halves.some(isHeading);
  };
  const bookerLines = reading.lines.filter((line) => isBookerLine(line.text)).map((line) => line.index);
  const headings = reading.lines.filter((line) => isHeading(line.text) || (/^[^\t]{3,60}$/.test(line.text) && isTwoLanguageHeading(line.text))).map((line) => line.index);
  for (const read of labelledAndColumns(reading)) {
    // "Check-out ⇥ Fri 5 Mar ⇥ → Sat 6 Mar": a changes box's new value holds (travel/stay-stacked-labels.ts).
    const l = changedValue(reading.source.text, read);
    // A booking site's offer of another lodging ("… desde 58 € / noche Entrada 14 oct · Salida 16 oct") books nothing (stay-offers.ts).
    if (quotesOfferPrice(l.line.text)) continue;
    // "5. HOTEL | Per offer: venue provides 4 rooms": a form's numbered heading and the remark beside it, no hotel's name.
    if (NUMBERED_HEADING_REMARK.test(l.label) && /^[^:]{2,30}:\s/.test(l.value)) continue;
    // "Logement ⇥ [MODIFIÉ]", "Hotel ⇥ [UPDATED]": a portal's heading flagged as changed, its marker no hotel's name.
    if (/^\s*\[[^\]\d]{2,20}\]\s*$/u.test(l.value)) continue;
    // Counted in written lines: a word processor's paragraph spacing leaves blank lines between them.
    const underHeading = headings.some((h) => l.line.index > h && writtenLinesBetween(reading, h, l.line.index) <= 3);
    // Under a "HOTEL" heading, "Name:" is the hotel's name.
    let key = underHeading && l.key === 'name' ? 'hotel' : hotelLabelKey(l);
    // "Durée du séjour : 2 nuits": the stay's length, whatever its label means elsewhere, neither ends the block nor adds to it.
    if (current && key && !HOTEL_KEYS.has(key) && countsNights(l.value)) key = null;
    // In a hotel block, the board ("Board: breakfast included") is a remark on the stay.
    // A catering label over breakfast ("Verpflegung: Frühstück inkludiert") is the board too, not a meal.
    // "VAT included: 37.50 €" is the price's tax, no board.
    if (current && (!key || (key === 'catering' && BOARD_MEAL.test(l.value))) && BOARD_LABEL.test(l.label) && !TAX_WORD.test(l.label)) key = 'notes';
    // Its terms naming the board ("Conditions: breakfast included; extras paid by the artist") are a remark on the stay, no deal.
    if (current && key === 'deal_type' && BOARD_MEAL.test(l.value)) key = 'notes';
    // A room's "Frühstück: inklusive" / "Breakfast: excl." is in its rate: it neither ends the block nor adds to it.
    if (current && (key === 'meal' || key === 'catering') && BOARD_MEAL.test(l.label)) key = null;
    // In a hotel block, a summary under a label of its own ("Your reservation: 2 nights, 2 rooms") counts the rooms.
    if (current && !key) countRooms(r, current, l);
    // In a hotel block, "Arrival"/"Departure" with a date are the stay's, not a flight's.
    // "Heure d'arrivée: à partir de 15h00", "Departure time: by 11:00": with an hour and no day, the stay's times.
    if (current && (key === 'arrival' || key === 'departure') && (looseDates(l.value, ctx.ref).length || findTimes(l.value).length)) {
      key = key === 'arrival' ? 'check_in' : 'check_out';
    }
    // Only a label a hotel word led ("Hotel phone:") opens a block by that; an issue date's cleared key does not.
    const hotelPrefixed = key !== null && key !== l.key && key !== 'check_in' && key !== 'check_out';
    // "Departure date and time: Sunday, leaving ~10am" alone is the party's leaving: it waits for a stay, as "Departure:" does.
    const leaving = key === 'check_out' && !current && isLeavingLabel(l.label);
    const startsBlock = key === 'hotel' || ((key === 'check_in' || (key === 'check_out' && !leaving) || hotelPrefixed) && !current);
    // "6. ADDITIONAL TERMS": a contract's next numbered clause closes the hotel's ("5.3 Hotel: …").
    if (current && key !== 'hotel' && CLAUSE_HEADING.test(l.line.text)) current = null;
    if (current && (l.line.index - lastLine > 8 || (key && !HOTEL_KEYS.has(key) && !PAYMENT_KEYS.has(key)) || (key === 'hotel' && current.name))) current = null;
    // The hotel's details run on below a heading: the lines after its waiting address, phone or e-mail are its too.
    const detailsRun = underHeading || pending.some((p) => HOTEL_DETAIL_KEYS.has(p.key) && p.key !== 'booking_reference');
    const waits = !current && !startsBlock ? pendingKey(key, l, ctx, detailsRun) : null;
    const previous = pending.at(-1)?.l.line.index ?? lastLine;
    if (!current && pending.length && (l.line.index - previous > 5 || (key && !startsBlock && !waits))) pending = [];
    if (!current && startsBlock) {
      current = { guests: [] };
      drafts.push(current);
      for (const p of pending) applyLabel(r, current, p.key, p.l, ctx);
      pending = [];
    }
    // "Hotel Havnen Aarhus: 2 rooms, 13/06 to 15/06": the label is the name, the value the stay —
    // a statement the prose reading takes whole. "Telefon Hotel:", "E-Mail Hotel:" name a detail of it, no lodging.
    const detail = hotelPrefixedKey(l.label);
    if (lodgingNames(l.label).length && !(detail && HOTEL_DETAIL_KEYS.has(detail))) continue;
    if (waits) pending.push({ key: waits, l });
    // Arrival and departure dates beside rooms or guests are a stay even with no check-in label.
    if (!current && waits && pending.some((p) => p.key === 'check_in') && pending.some((p) => p.key === 'rooms' || p.key === 'guests')) {
      current = { guests: [] };
      drafts.push(current);
      for (const p of pending) applyLabel(r, current, p.key, p.l, ctx);
      pending = [];
      lastLine = l.line.index;
      continue;
    }
    if (!current || !key) continue;
    // A phone or e-mail under the customer's own heading ("Your details", "Booked by") is the booker's, not the hotel's.
    if ((key === 'phone' || key === 'email') && bookerLines.some((b) => lastLine < b && b < l.line.index)) continue;
    // The highest numbered room's heading ("Room 2 · Single") counts the rooms a block labels no count for.
    const roomNo = key === 'rooms' ? numberedRoom(r.source.text, l) : null;
    if (roomNo !== null && roomNo > (numbered.get(current)?.value ?? 0)) numbered.set(current, { value: roomNo, span: [l.span[0], l.span[0] + String(roomNo).length] });
    // Inside a block, labels that are not about the hotel ("Date", "Time") say nothing of it.
    if (key !== 'date' && key !== 'time' && !PAYMENT_KEYS.has(key)) applyLabel(r, current, key, l, ctx);
    lastLine = l.line.index;
  }
  // A confirmation's fields without a "Hotel:" label: its name is the lodging the text names.
  for (const d of drafts) {
    if (d.name) continue;
    const spans = Object.values(d).flatMap((f) => (Array.isArray(f) ? f : [f])).map((f) => f?.span?.[0]).filter((n) => n !== undefined);
    const first = spans.length ? Math.min(...spans) : reading.source.text.length;
    const names = lodgingNames(reading.source.text);
    // Lodgings named only further on may be a booking site's offers: its letterhead above the address names the property.
    const letterhead = d.checkInDate ? nameAboveAddress(reading.source.text, first) : undefined;
    // A holiday rental's listing title names the place (travel/stay-listing.ts); "Apartment 3B" below it is its unit.
    const listing = d.checkInDate ? listingOf(reading.source.text)?.title : undefined;
    // The property's own block (its name over its street address) names the stay before a lodging merely mentioned
    // nearer: a printed page's sidebar offers other lodgings between that block and the stay's fields.
    const ownBlock = letterhead && names.some((n) => foldText(n.value) === foldText(letterhead.value)) ? letterhead : undefined;
    const named = listing ?? ownBlock ?? names.filter((n) => n.index < first).pop() ?? letterhead ?? names[0] ?? (d.checkInDate ? signedLodgingName(reading.source.text) : undefined);
    if (named) d.name = r.at(named.value, [named.index, named.index + named.value.length], null, 'pattern');
  }
  for (const [d, n] of numbered) d.rooms ??= r.at(n.value, n.span, null, 'label');
  // "3 x twin rooms, breakfast incl." unlabelled among the block's labelled lines counts its rooms.
  for (const d of drafts) if (!d.rooms) roomsBetweenLabels(reading, r, d);
  // "Booked 4 rooms, 23 to 25 January. Ref GDS-1": an unlabelled stay among the block's labelled lines gives its dates.
  for (const d of drafts) if (!d.checkInDate) stayBetweenLabels(reading, r, d, ctx);
  // The name opening its line, the street address opening the next: the hotel's own block, as read (a photo's
  // edge specks before the name or the street blanked).
  const asRead = textAsRead(reading);
  for (const d of drafts) {
    const at = d.name?.span?.[0];
    if (d.address || at === undefined) continue;
    const text = asRead;
    const address = letterheadAddress(text, at, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
    if (address) d.address = r.at(address.value, [address.index, address.index + address.length], null, 'pattern');
  }
  return drafts;
}

/** The source's text with each line as the reading masked it (text/mask.ts); offsets are the source's. */
function textAsRead(reading: Reading): string {
  const parts: string[] = [];
  let from = 0;
  for (const line of reading.lines) {
    parts.push(reading.source.text.slice(from, line.start), line.text);
    from = line.end;
  }
  parts.push(reading.source.text.slice(from));
  return parts.join('');
}

/** A room count on a line without a label between the first and last of the block's fields (a printed hotel box). */
function roomsBetweenLabels(reading: Reading, r: Reader, d: HotelDraft): void {
  const starts = Object.values(d).flatMap((f) => (Array.isArray(f) ? f : [f])).map((f) => f?.span?.[0]).filter((n): n is number => n !== undefined);
  if (starts.length < 3) return;
  const [from, to] = [Math.min(...starts), Math.max(...starts)];
  for (const line of reading.lines) {
    // "3 rooms (single): Ann Lee, …": a count opening a line labels the rooms' guests, and counts the rooms.
    const counted = /^[ \t]*\d/.test(line.text) ? line.text.split(':')[0]! : line.text;
    if (line.start <= from || line.start > to || /:/.test(counted)) continue;
    const rooms = roomTotal(counted);
    if (rooms) d.rooms = r.at(rooms.value, [line.start + rooms.index, line.start + rooms.index + rooms.length], null, 'pattern');
    if (rooms) return;
  }
}

/** How many non-blank lines lie after line `from` up to line `to` (inclusive). */
function writtenLinesBetween(reading: Reading, from: number, to: number): number {
  return reading.lines.slice(from + 1, to + 1).filter((line) => line.text.trim()).length;
}

/** A label over the whole stay ("Stay", "Séjour", "Aufenthalt", "Estancia", "Soggiorno"). */
const STAY_LABEL = /^(?:stay|your stay|s[ée]jour|aufenthalt|estancia|estad[ií]a|soggiorno|verblijf|vistelse|ophold|opphold)$/iu;

function countRooms(r: Reader, d: HotelDraft, l: Labelled): void {
  const rooms = roomCounts(l.value)[0];
  if (rooms) d.rooms ??= r.at(rooms.value, [l.span[0] + rooms.index, l.span[0] + rooms.index + rooms.length], null, 'label');
}

/** The lodging named last before `offset` (a heading above a table or a block), else the first named. */
function lodgingBefore(text: string, offset: number): { value: string; index: number } | undefined {
  const names = lodgingNames(text);
  return names.filter((n) => n.index < offset).pop() ?? names[0];
}

/**
 * A rooming list: a table of guests with arrival/departure columns and no hotel column; the hotel is
 * the one named above it.
 */
function fromRoomingList(table: Reading['tables'][number], reading: Reading, r: Reader, ctx: Ctx): HotelDraft | null {
  const keys = new Set(table.keys);
  const stayKeys = ['check_in', 'check_out', 'arrival', 'departure'] as const;
  if (keys.has('hotel') || !(keys.has('guests') || keys.has('name')) || !stayKeys.some((k) => keys.has(k))) return null;
  // The first guest's cell places the list: a short first cell ("1" under "Rm") may be found in the text above it.
  const first = table.records.map((rec) => (rec.cells.guests ?? rec.cells.name)?.span).find((span) => span);
  const named = first ? lodgingBefore(reading.source.text, first[0]) : undefined;
  if (!named) return null;
  const d: HotelDraft = { guests: [], name: r.at(named.value, [named.index, named.index + named.value.length], null, 'pattern') };
  let roomRows = 0;
  // A room-mate column holds each room's second guest, so every row is one room.
  const sharing = hasRoommateColumn(table.header);
  let countsRooms = keys.has('rooms') || sharing;
  const remarks: NonNullable<HotelDraft['notes']>[] = [];
  for (const record of table.records) {
    // A cancelled row is no room and its guest no guest (the hotel's own total leaves it out).
    if (isCancelledRow(record)) continue;
    const guest = record.cells.guests ?? record.cells.name;
    if (guest?.span) d.guests!.push(...guestsOf(r, { value: guest.value, span: guest.span }, 'table'));
    const mate = roommateCell(record);
    if (mate?.span) d.guests!.push(...guestsOf(r, { value: givenNameFirst(mate.value), span: mate.span }, 'table'));
    // With a room column numbering the rows 1, 2, 3, each row holding a guest is one room (a type
    // column may list a shared room's guests on two rows).
    if (guest?.span && record.cells.rooms?.value.trim() !== String(++roomRows) && !sharing) countsRooms = false;
    // A worded remark on a room is the stay's notes ("Early check-in requested"); room numbers are not.
    const remark = record.cells.notes;
    if (remark?.span && /\p{L}{3}/u.test(remark.value)) remarks.push(r.at(remark.value, remark.span, null, 'table'));
    for (const key of stayKeys) {
      const cell = record.cells[key];
      // In a rooming list, "Arrival"/"Departure" columns are the stay's dates.
      const as = key === 'arrival' ? 'check_in' : key === 'departure' ? 'check_out' : key;
      if (cell?.span) applyLabel(r, d, as, { key: as, label: cell.header, value: cell.value, span: cell.span, line: reading.lines[0]! }, ctx);
    }
  }
  if (countsRooms && roomRows) d.rooms ??= r.at(roomRows, null, null, 'inferred');
  if (remarks.length) d.notes ??= r.at(remarks.map((n) => n.value).join('; '), remarks[0]!.span, null, 'table');
  return d;
}

/**
 * Whether a rooms table's room cell counts rooms itself ("2 x Double") rather than being one room:
 * rows numbered 1, 2, 3 under "Room" are each one room (`ordinal` is the row's place among the rooms).
 */
function countsRoomsItself(cell: string, ordinal: number): boolean {
  const text = cell.trim();
  return /\d/.test(text) && text !== String(ordinal);
}

/**
 * A rooming list with a room-type column ("Enkelrum", "Double (twin)"): each row is one room, so a
 * hotel's rooms are its rows. Only when no room-type cell gives a count of its own.
 */
function roomRowsPerHotel(table: Reading['tables'][number]): Map<string, number> {
  const counts = new Map<string, number>();
  const rows = table.records.filter((rec) => rec.cells.hotel && rec.cells.rooms);
  if (!rows.length || rows.some((rec) => /\d/.test(rec.cells.rooms!.value))) return counts;
  for (const rec of rows) {
    const key = foldText(rec.cells.hotel!.value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** "own cost", "Overflow – at own expense": opening a cell or a clause of it; "Extras at own cost" is a booked stay's remark. */
const OWN_COST_CELL = /(?:^|[–—,;:(-][ \t]*)(?:at[ \t]+(?:your|their|the artist['’]s)[ \t]+)?own[ \t]+(?:cost|expense)\b/i;

/** Table rows: a hotel column (rooming lists, hotel tables), or itinerary rows about a named hotel. */
function fromTables(reading: Reading, r: Reader, ctx: Ctx): HotelDraft[] {
  const drafts: HotelDraft[] = [];
  const rideLines = routeTables(reading.source).lines;
  const onRideRow = (record: Reading['tables'][number]['records'][number]) => {
    const at = record.all.find((c) => c.span)?.span?.[0];
    return at !== undefined && rideLines.some((line) => line.start <= at && at < line.end);
  };
  for (const table of reading.tables) {
    const rooming = fromRoomingList(table, reading, r, ctx);
    if (rooming) {
      drafts.push(rooming);
      continue;
    }
    let rowDate: string | null = null;
    const roomsPerHotel = roomRowsPerHotel(table);
    for (const record of table.records) {
      const hotelCell = record.cells.hotel;
      // A row with one cell under several columns is a note ("Total rooms: 7"), not a booking.
      if (record.all.length === 1 && table.header.filter(Boolean).length >= 3) continue;
      const text = record.all.map((c) => c.value).join(' · ');
      // A row of a rides table ("Sat 4 Jun | 17:45 | Station | Hotel Elm | Dernier départ") is a ride to or from the hotel, no stay.
      if (onRideRow(record)) continue;
      // A row its remark leaves to the party's own purse ("Overflow – own cost, rate £95") is a hotel offered, none booked.
      if (record.all.some((c) => OWN_COST_CELL.test(c.value))) continue;
      const named = hotelCell ? null : lodgingNames(text)[0];
      const dateCell = record.cells.date;
      if (dateCell) rowDate = readStay({ text: dateCell.value, start: 0 }, ctx.ref, null).checkInDate?.value ?? rowDate;
      if (!hotelCell && !named) continue;
      const d: HotelDraft = { guests: [] };
      if (hotelCell?.span) d.name = nameFound(r, hotelCell.value, hotelCell.span, 'table');
      for (const [key, cell] of Object.entries(record.cells) as [LabelKey, NonNullable<typeof hotelCell>][]) {
        if (!hotelCell || key === 'hotel' || !cell.span) continue;
        if (key === 'guests' || key === 'name' || key === 'passenger') d.guests!.push(...guestsOf(r, { value: cell.value, span: cell.span }, 'table'));
        else applyLabel(r, d, key, { key, label: cell.header, value: cell.value, span: cell.span, line: reading.lines[0]! }, ctx);
      }
      // "Check-in | C/I time | Check-out | C/O time": the hours stand in columns of their own beside the dates.
      for (const cell of hotelCell ? record.all : []) {
        const key = stayTimeColumn(cell.header);
        if (key && cell.span) applyLabel(r, d, key, { key, label: cell.header, value: cell.value, span: cell.span, line: reading.lines[0]! }, ctx);
      }
      const rowsOfHotel = hotelCell ? roomsPerHotel.get(foldText(hotelCell.value)) : undefined;
      if (rowsOfHotel) d.rooms ??= r.at(rowsOfHotel, null, null, 'inferred');
      if (named) {
        // An itinerary row: "12:30 | Hotel check-in | Hotel Kruunuhaka, Maneesikatu 4 | 2 rooms · conf 20917734".
        const cell = record.all.find((c) => c.value.includes(named.value));
        if (!cell?.span) continue;
        d.name = r.at(named.value, [cell.span[0] + cell.value.indexOf(named.value), cell.span[0] + cell.value.indexOf(named.value) + named.value.length], null, 'table');
        const out = /check[-\s]?out|abreise|avresa|utcheckning|salida|d[ée]part/i.test(text);
        const timeCell = record.cells.time;
        // Only a check-in or check-out row is about the stay; a transfer to the hotel is not.
        // Whole words: an arrivals hall ("Ankunftshalle") is a place on a transfer, not a check-in.
        const isStay = /check[-\s]?in|check[-\s]?out|\b(?:ankunft|abreise|incheckning|utcheckning|llegada|arriv[ée]e)\b/i.test(text);
        if (!isStay) continue;
        if (rowDate) {
          const span = dateCell?.span ?? null;
          if (out) d.checkOutDate = r.at(rowDate, span, true, 'table');
          else d.checkInDate = r.at(rowDate, span, true, 'table');
        }
        if (timeCell?.span && /^\d/.test(timeCell.value)) {
          const t = readStay({ text: `${out ? 'check-out' : 'check-in'} ${timeCell.value}`, start: timeCell.span[0] - (out ? 10 : 9) }, null, null);
          const hit = out ? t.checkOutTime : t.checkInTime;
          if (hit) d[out ? 'checkOutTime' : 'checkInTime'] = r.at(hit.value, [hit.index, hit.index + hit.length], true, 'table');
        }
        for (const c of record.all) {
          if (!c.span || c === dateCell || c === timeCell) continue;
          const hits = readStay({ text: c.value, start: c.span[0] }, ctx.ref, null);
          applyStay(r, d, { rooms: hits.rooms, bookingReference: hits.bookingReference, address: hits.address }, 'table');
        }
        const phone = deskPhoneOf(record, ctx.country);
        if (phone) d.phone ??= r.at(phone.value, phone.span, phone.validated, 'table');
        const remark = remarkCellOf(record, named.value, (c) => readStay({ text: c.value, start: c.span![0] }, ctx.ref, null));
        if (remark?.span) d.notes ??= r.at(remark.value, remark.span, null, 'table');
      }
      if (d.name) drafts.push(d);
    }
  }
  return drafts;
}

/** A column of check-in or check-out hours: "C/I time", "C/O", "Check-in time". */
function stayTimeColumn(header: string): 'check_in' | 'check_out' | null {
  const m = /^(?:(c\/i|check[-\s]?in)|(c\/o|check[-\s]?out))(?:\s+time)?$/i.exec(header.trim());
  if (!m || (!/time/i.test(header) && !/\//.test(header))) return null;
  return m[1] ? 'check_in' : 'check_out';
}

/** A line this long, ending mid-sentence, was wrapped by the writer's mail program. */
const WRAPPED_LINE = 60;

/** A line that opens a new item: a chat message's stamp, a date or time, a bullet, a label. */
const NEW_ITEM = /^\s*(?:\[|[-•*–]\s|\d{1,4}[./-]\d{1,2}[./-]|\d{1,2}:\d{2}|\p{L}[\p{L} ]{0,30}:\s)/u;

function isWrappedLine(line: string): boolean {
  return line.length >= WRAPPED_LINE && !/[.!?:]\s*$/.test(line);
}

/**
 * The end of a hard-wrapped paragraph that starts at `lineStart` (its lines run on mid-sentence at
 * the wrap width, up to a blank line), or null when the line is not wrapped.
 */
function wrappedParagraphEnd(text: string, lineStart: number): number | null {
  let end = text.indexOf('\n', lineStart);
  let wrapped = false;
  for (let k = 0; k < 8 && end >= 0 && isWrappedLine(text.slice(text.lastIndexOf('\n', end - 1) + 1, end)); k++) {
    const next = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, next < 0 ? undefined : next);
    if (!line.trim() || NEW_ITEM.test(line)) break;
    wrapped = true;
    end = next;
  }
  return wrapped ? (end < 0 ? text.length : end) : null;
}

const RUN_ON_CLAUSES = 4;

/**
 * A full stop ends a sentence only before a capital or the end, and not after a short form:
 * "inkl. frokost", "28. november", "inkl. Frühstück" run on.
 */
const SENTENCE = new RegExp(String.raw`[^.!?]+(?:(?:[.!?](?![\s>]+\p{Lu}|\s*$)|\.(?<=${SHORT_FORM}\.))[^.!?]*)*(?:[.!?]|$)`, 'gu');

/**
 * The sentence of a hotel statement about what comes with the stay, without its bracketed asides. In a contract's
 * numbered clause the sentence booking the hotel (at `booking`) states terms ("…, on a bed & breakfast basis"):
 * only a sentence of its own remarks on the stay.
 */
const ASIDE_WITHOUT_HOURS = /\s*\((?![^)]*\d[:.]\d\d)(?![^)]*\d[ \t]*[ap]\.?m\b)[^)]*\)/gi;
function stayRemark(piece: Piece, booking?: number): Hit<string> | undefined {
  for (const m of piece.text.matchAll(SENTENCE)) {
    if (!STAY_EXTRAS.test(m[0])) continue;
    if (booking !== undefined && piece.start + m.index <= booking && booking < piece.start + m.index + m[0].length) continue;
    // An aside giving the hours of what comes with the stay ("(6:30 – 10:30am)") is part of the remark.
    let sentence = trimmedStayRemark(m[0].replace(ASIDE_WITHOUT_HOURS, '')).replace(/[.!]$/, '');
    // Speech runs a stay's facts into one sentence ("X, 3 rooms, Saturday to Sunday, breakfast included"): its clause alone.
    const clauses = sentence.split(/[,;]\s+/);
    if (clauses.length >= RUN_ON_CLAUSES) sentence = clauses.find((c) => STAY_EXTRAS.test(c)) ?? sentence;
    const at = piece.text.indexOf(sentence.slice(0, 12), m.index);
    return { value: sentence, index: piece.start + at, length: sentence.length };
  }
  return undefined;
}

/** A printed stay line's remark after a middle dot (hotel-remarks.ts), as a hit. */
function dotRemarkHit(piece: Piece): Hit<string> | undefined {
  const remark = dotRemark({ value: piece.text, span: [piece.start, piece.start + piece.text.length] });
  return remark ? { value: remark.value, index: remark.start, length: remark.value.length } : undefined;
}

const CHAT_PREFIX = /^\s*\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]?\s*(?:-\s*)?[^:\n]{1,40}:\s*/;

/** An arrow right before or after a lodging's name makes it a ride's stop ("lobby -> Hotel X", "Hotel X → venue"). */
const RIDE_ARROW_BEFORE = /(?:->|→|=>|⇒)[ \t]*(?:the[ \t]+)?$/i;
const RIDE_ARROW_AFTER = /^(?:[ \t]+(?:lobby|entrance|reception|front door)|[ \t]*\([^()\n]{0,20}\))?[ \t]*(?:->|→|=>|⇒)/i;

/** Prose: each sentence or chat line that names a hotel together with something about a stay; `titled`: only the blocks a mail titles with the hotel's name. */
function fromProse(reading: Reading, r: Reader, ctx: Ctx, titled = false): HotelDraft[] {
  const drafts: HotelDraft[] = [];
  const text = reading.source.text;
  // Correspondence is wrapped by mail programs; printed pages break lines by their layout. A form's
  // answers are typed by a person too: a remark on the stay goes with it.
  const narrative = isMail(reading.source) || reading.source.origin === 'pasted';
  const typed = narrative || isFormAnswers(reading.source);
  const named = lodgingNames(text);
  const introduced = introducedLodgings(text).filter((i) => !named.some((n) => i.index < n.index + n.length && n.index < i.index + i.length));
  // A chat's hotel named without a lodging word, on its own line before its street address (travel/chat-lodging-line.ts).
  const lined = chatLodgingLines(text, reading.turns).filter((i) => ![...named, ...introduced].some((n) => i.index < n.index + n.length && n.index < i.index + i.length));
  for (const name of [...named, ...introduced, ...lined]) {
    // A name in what reading blanks (an e-mail's header block) states a stay only when the body names it too:
    // "Subject: Booking confirmed: Hôtel X · 19–21 Nov" does, "Subject: … 26–28 June / Hotel & transfer confirmed" names none.
    const headerLine = !reading.lines[lineAt(reading.lines, name.index)]?.text.trim();
    if (headerLine && !text.includes(name.value, text.indexOf('\n', name.index))) continue;
    const lineStart = text.lastIndexOf('\n', name.index) + 1;
    let lineEnd = text.indexOf('\n', name.index);
    if (lineEnd < 0) lineEnd = text.length;
    // "Fri 5/15 - 1:30 PM Airport pickup, PDX arrivals -> Harbor Inn": a ride's stop at an arrow, no stay, whatever dates the runs list around it.
    if (RIDE_ARROW_BEFORE.test(text.slice(lineStart, name.index)) || RIDE_ARROW_AFTER.test(text.slice(name.index + name.value.length, lineEnd))) continue;
    // A partner's lodging named in an offer box under its price per night ("Hotels in X from €64 a night") is for sale (travel/stay-offers.ts).
    if (underOfferPrice(text, lineStart)) continue;
    // A following line that only adds check-in details belongs to the same statement.
    const next = text.slice(lineEnd + 1, text.indexOf('\n', lineEnd + 1) < 0 ? text.length : text.indexOf('\n', lineEnd + 1));
    // A chat export's "[10/03/2025, 14:06] Name:" prefix dates the message, not the stay.
    const prefix = CHAT_PREFIX.exec(text.slice(lineStart, lineEnd))?.[0].length ?? 0;
    // Read again for titled blocks: a mail's hotel name alone on its line titles its block, the lines below it are the stay's.
    const titledEnd = titled ? titledStayBlockEnd(text, name.index, name.value, (line) => lodgingNames(line).length > 0) : null;
    if (titled && titledEnd === null) continue;
    const wrappedEnd = titledEnd ?? (narrative ? wrappedParagraphEnd(text, lineStart) : null);
    const paragraph = narrative ? null : proseParagraphAround(text, name.index);
    const piece: Piece = paragraph
      ? { text: text.slice(paragraph[0], paragraph[1]).replace(/\n/g, ' '), start: paragraph[0] }
      : { text: flatStatement(text.slice(lineStart + prefix, wrappedEnd ?? lineEnd)), start: lineStart + prefix };
    // So does one after a line ending with a comma: the sentence goes on ("…, 6.–7.11.2027," / "booking no. X.").
    const goesOn = /check[-\s]?in|check[-\s]?out|ankunft|incheckning/i.test(next) || (/,\s*$/.test(piece.text) && !NEW_ITEM.test(next));
    if (!wrappedEnd && !paragraph && goesOn && !lodgingNames(next).length) {
      piece.text += `\n${next}`;
      // The line after that goes with them when it adds the booking's number or a remark on the stay ("Ref. X7K. Breakfast included.").
      const nextEnd = lineEnd + 1 + next.length;
      const after = text.slice(nextEnd + 1, text.indexOf('\n', nextEnd + 1) < 0 ? text.length : text.indexOf('\n', nextEnd + 1));
      if ((bookingReferences(after).length || STAY_EXTRAS.test(after)) && !lodgingNames(after).length) piece.text += `\n${after}`;
    }
    // A chat message is one statement: its lines after the hotel's (rooms, check-in, booking number) are the stay's.
    const turnEnd = reading.turns.find((t) => t.span[0] <= name.index && name.index < t.span[1])?.span[1];
    const rest = turnEnd && turnEnd > piece.start + piece.text.length ? text.slice(piece.start + piece.text.length, turnEnd).trimEnd() : '';
    if (rest.includes('\n') && !lodgingNames(rest).length && !introducedLodgings(rest).length) piece.text = text.slice(piece.start, piece.start + piece.text.length + rest.length);
    // An offer of another lodging ("Hostal X … desde 58 € / noche") is not a stay (stay-offers.ts).
    if (quotesOfferPrice(piece.text) && !roomCounts(piece.text).length) continue;
    const hits = readStay(piece, ctx.ref, ctx.showDate);
    // A date alone (a page footer, a pick-up) says nothing about a stay.
    const aboutStay = hits.rooms || hits.bookingReference || hits.checkInTime || (hits.checkInDate && hits.checkOutDate)
      || /check[-\s]?in|checking\s+in|incheckning|innsjekk|anreise|llegada/i.test(piece.text);
    // A chat that names one lodging alone ("driving you straight to Hotel Lindenhof") names where the party
    // sleeps, though nothing of the stay is written: the name alone.
    const loneInChat = reading.turns.length >= 3 && new Set([...named, ...introduced, ...lined].map((n) => n.value).filter((v) => /^\p{Lu}/u.test(v))).size === 1
      && /^\p{Lu}/u.test(name.value);
    if (!aboutStay && loneInChat && !drafts.length) drafts.push({ guests: [], name: r.at(name.value, [name.index, name.index + name.value.length], null, 'pattern') });
    if (!aboutStay) continue;
    const d: HotelDraft = { guests: [], name: r.at(name.value, [name.index, name.index + name.value.length], null, 'pattern') };
    // "X Hotel (street 15, district, town; tel. …; desk@…)": the bracket after the name gives the hotel's own details (travel/stay-bracket.ts).
    addBracketDetails(r, d, bracketDetails(text, name.index + name.value.length), ctx);
    applyStay(r, d, hits, 'pattern');
    const street = 'address' in name ? (name as LodgingLine).address : undefined;
    if (street && !d.address) d.address = r.at(street.value, [street.index, street.index + street.length], null, 'pattern');
    // In correspondence the writer's remark on the stay goes with it; a page's notes block is its own,
    // but a printed stay line's remark after a middle dot ("… · 2 rooms · Breakfast included") is the stay's.
    // A titled block's lines are statements of their own: the remark is a line's.
    const remark = titledEnd !== null ? blockLines(text, piece.start, titledEnd).map((line) => stayRemark(line)).find(Boolean)
      : typed || paragraph ? stayRemark(piece, paragraph && isNumberedClause(text, paragraph[0]) ? name.index : undefined) : dotRemarkHit(piece);
    if (remark) d.notes = r.at(remark.value, [remark.index, remark.index + remark.length], null, 'pattern');
    // A titled block's "Tel." line under the hotel's street is the hotel's phone.
    if (titledEnd !== null && !d.phone) d.phone = blockLines(text, piece.start, titledEnd).map((line) => labelledPhone(r, line.text, line.start, ctx)).find(Boolean);
    // "… · 3 rooms · Rooming: Ann Lee / Bo Ek": a guest list labelled inside the statement is the stay's.
    addLabelledGuests(reading, r, d, [piece.start, piece.start + piece.text.length], ctx);
    if (Object.keys(d).length > 2) drafts.push(d);
  }
  return drafts;
}

/** The guest lists labelled within [from, to) of the source ("Rooming: Ann Lee / Bo Ek"), as the stay's guests. */
function addLabelledGuests(reading: Reading, r: Reader, d: HotelDraft, [from, to]: [number, number], ctx: Ctx): void {
  for (const l of reading.labelled) {
    if (hotelLabelKey(l) === 'guests' && l.span[0] >= from && l.span[0] < to) applyLabel(r, d, 'guests', l, ctx);
  }
}

function addBracketDetails(r: Reader, d: HotelDraft, details: ReturnType<typeof bracketDetails>, ctx: Ctx): void {
  const span = (h: Hit<string>): [number, number] => [h.index, h.index + h.length];
  if (details.address) d.address = r.at(details.address.value, span(details.address), null, 'pattern');
  const phone = details.phone && normalisePhone(details.phone.value, ctx.country);
  if (phone) d.phone = r.at(phone.value, span(details.phone!), phone.validated, 'pattern');
  const email = details.email && normaliseEmail(details.email.value);
  if (email) d.email = r.at(email, span(details.email!), true, 'pattern');
}

/**
 * A hotel's own confirmation page (columns, clutter): the source is about one stay. The hotel is the
 * lodging it names most often; the stay's dates, times, rooms, address, reference, phone and e-mail
 * are read from the text around its first mention; guests from a headed table's guest column.
 */
const REGION = 1200;
/** "Maarten van Dam", "Ana de la Rosa": a surname's lower-case particles may stand before it. */
const SURNAME_PARTICLES = String.raw`(?:(?:van|von|de|der|den|da|di|du|del|dos|la|le|ter|ten) ){0,2}`;
const PERSON = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]+(?: ${SURNAME_PARTICLES}\p{Lu}[\p{L}'’-]+){1,2}$`, 'u');

function fromConfirmation(reading: Reading, r: Reader, ctx: Ctx): HotelDraft[] {
  const text = reading.source.text;
  if (!STAY_WORDS.test(text)) return [];
  const names = lodgingNames(text);
  // A short form is a mention of the full name it opens: "Hotel Lark" in a ride line is "Hotel Lark Riverside" of the block.
  const fullName = (v: string) => names.map((n) => n.value).filter((o) => o.startsWith(`${v} `)).sort((a, b) => b.length - a.length)[0] ?? v;
  const counts = new Map<string, number>();
  for (const n of names) counts.set(fullName(n.value), (counts.get(fullName(n.value)) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return [];
  // Pages put the stay before or after the hotel's own block: read around its first mention.
  // Correspondence talks about the venue, travel and the day around it: only the hotel's paragraph is its stay.
  const narrative = isMail(reading.source) || reading.source.origin === 'pasted';
  const first = stayMention(text, names.filter((n) => fullName(n.value) === best[0]), narrative);
  // A lodging named inside a flight's row ("… she meets the others at Hotel X") is a meeting point there, not a stay.
  if (segmentsIn(text, ctx.ref).some((s) => s.block[0] <= first.index && first.index < s.block[1])) return [];
  // A partner's lodging in an airline page's offer box is for sale, not booked (travel/stay-offers.ts).
  if (underOfferPrice(text, text.lastIndexOf('\n', first.index) + 1)) return [];
  const [from, to] = narrative ? statementAround(text, first.index) : [Math.max(0, first.index - REGION), first.index + REGION];
  const region: Piece = { text: text.slice(from, to), start: from };
  const d: HotelDraft = { guests: [], name: r.at(first.value, [first.index, first.index + first.value.length], null, 'pattern') };
  // The address written right after the name ("The X Hotel, 3 Quay Walk, Dublin 1") is the hotel's, not one above it.
  const lineEnd = text.indexOf('\n', first.index) < 0 ? text.length : text.indexOf('\n', first.index);
  const own = addresses(text.slice(first.index, lineEnd)).find((a) => isStreetAddress(a.value));
  if (own) d.address = r.at(own.value, [first.index + own.index, first.index + own.index + own.length], null, 'pattern');
  // A letterhead: the name alone on its line, its street address on the line below.
  const below = own ? undefined : letterheadAddress(text, first.index, lineEnd);
  if (below) d.address = r.at(below.value, [below.index, below.index + below.length], null, 'pattern');
  // A printed day sheet gives the hotel its own block (a paragraph under its heading): when that block
  // states the stay, it is read first, so the schedule's times and the sheet's issue date around it
  // do not pass for the stay's; the wider region only fills what the block leaves out.
  if (!narrative) {
    const [pFrom, pTo] = paragraphAround(text, first.index);
    const block = readStay({ text: text.slice(pFrom, pTo), start: pFrom }, ctx.ref, ctx.showDate);
    if (block.checkInDate) applyStay(r, d, block, 'pattern');
  }
  applyStay(r, d, readStay(region, ctx.ref, ctx.showDate), 'pattern');
  if (!d.checkInDate) return [];
  // In correspondence the region is the hotel's paragraph: the writer's remark on the stay goes with it.
  const remark = narrative ? stayRemark(region) : undefined;
  if (remark) d.notes ??= r.at(remark.value, [remark.index, remark.index + remark.length], null, 'pattern');
  const ref = bookingReferences(narrative ? region.text : text)[0];
  const within = narrative ? from : 0;
  if (ref) d.bookingReference ??= r.at(ref.value, [within + ref.index, within + ref.index + ref.length], null, 'pattern');
  // The hotel's own e-mail and phone follow its name; those before it are more likely the guest's.
  const after = text.slice(first.index, narrative ? to : first.index + REGION);
  const email = [...after.matchAll(EMAIL_IN_TEXT)][0];
  if (email) d.email = r.at(email[0].toLowerCase(), [first.index + email.index, first.index + email.index + email[0].length], true, 'pattern');
  const phone = labelledPhone(r, after, first.index, ctx);
  if (phone) d.phone = phone;
  // The letterhead's phone alone on the line under its address (name, street, number: the hotel's own block).
  else if (d.address?.span) {
    const under = phoneAfterAddress(r, text, { value: d.address.value, index: d.address.span[0], length: d.address.span[1] - d.address.span[0] }, 0, ctx);
    if (under) d.phone = under;
  }
  // A page's footer opening with the hotel's name gives its own address, phone and e-mail.
  addFooterDetails(r, d, ctx);
  addRoomsTable(reading, r, d);
  addGridBlock(reading, r, d, ctx);
  // In correspondence the hotel's paragraph may label its guests too ("Rooming: Ann Lee, Bo Ek").
  if (narrative && !d.guests?.length) addLabelledGuests(reading, r, d, [from, to], ctx);
  return [d];
}

/** Words of checking in or out. Ukrainian "заселення" is the check-in too. */
const STAY_WORDS = /check[-\s]?(?:in|out)?\b|incheckning|anreise|llegada|arriv[ée]e|заселення/i;
/** The same, as whole words: a day's "Soundcheck" or a flight's "arrivée" says nothing of a stay. */
const STAY_WORDS_STRICT = /\bcheck[-\s]?(?:in|out)\b|\bincheckning|\banreise|заселення/i;

/**
 * The mention of the hotel its stay is read around: the first one, but in correspondence the first whose
 * paragraph speaks of checking in or out, as a mail may name the hotel in passing above its own paragraph
 * ("14:00 Transfer: Hotel Lumen -> venue" in the day's schedule, then "HOTEL / Hotel Lumen / Check-in …").
 */
function stayMention<T extends { index: number }>(text: string, mentions: T[], narrative: boolean): T {
  const staying = narrative ? mentions.find((n) => STAY_WORDS_STRICT.test(text.slice(...statementAround(text, n.index)))) : undefined;
  return staying ?? mentions[0]!;
}

/**
 * A letterhead's address: with the lodging's name alone on its line ("HOTEL X"), the street address
 * that opens the next line ("12 Main St, Town, ST 97205 · Tel …") is the hotel's.
 */
function letterheadAddress(text: string, nameAt: number, lineEnd: number): Hit<string> | undefined {
  const lineStart = text.lastIndexOf('\n', nameAt) + 1;
  // "The Lindenhof Hotel": an article before the lodging's name still opens its line.
  if (!/^(?:the|die|der|das|le|la|les|l['’]|el|il|de|het)?\s*$/i.test(text.slice(lineStart, nameAt)) || lineEnd >= text.length) return undefined;
  // A word processor's paragraph spacing leaves one blank line between the name and its address.
  if (text[lineEnd + 1] === '\n') lineEnd += 1;
  else if (/^[ \t]+\n/.test(text.slice(lineEnd + 1, lineEnd + 40))) lineEnd = text.indexOf('\n', lineEnd + 1);
  const firstEnd = text.indexOf('\n', lineEnd + 1);
  // A booking site's rating and kind between the name and the address ("★★★★ Hotel", travel/stay-rating-line.ts).
  if (firstEnd > 0 && isRatingLine(text.slice(lineEnd + 1, firstEnd))) lineEnd = firstEnd;
  const nextEnd = text.indexOf('\n', lineEnd + 1) < 0 ? text.length : text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd);
  // A street alone ("Hauptstraße 4" over "8010 Graz"): the block's own lines are read by addLetterheadDetails.
  const hit = addresses(next).find((a) => isStreetAddress(a.value) && !next.slice(0, a.index).trim() && placeOf(a.value).city);
  return hit ? { value: hit.value, index: lineEnd + 1 + hit.index, length: hit.length } : undefined;
}

/** In correspondence, the chat message (one stamped line) or else the paragraph around `offset`: [start, end). */
function statementAround(text: string, offset: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  const lineEnd = text.indexOf('\n', offset);
  // The message's stamp dates the message, not the stay.
  const stamp = CHAT_PREFIX.exec(text.slice(lineStart, offset));
  return stamp ? [lineStart + stamp[0].length, lineEnd < 0 ? text.length : lineEnd] : paragraphAround(text, offset);
}

/** A blank line, also one of a quoted message (">>" alone): [its line break before, its line break after]. */
const BLANK_LINE = /\n[ \t>]*(?=\n)/g;

/** The paragraph (between blank lines) around `offset`: [start, end). */
function paragraphAround(text: string, offset: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(BLANK_LINE)) {
    if (m.index + m[0].length < offset) from = m.index + m[0].length + 1;
    else if (m.index >= offset) { to = m.index; break; }
  }
  return [from, to];
}

/** "Tel. +351 222 081 440", "Phone: 08 …" in `text` (at `offset` in the source). */
function labelledPhone(r: Reader, text: string, offset: number, ctx: Ctx): Found<string> | undefined {
  const phone = labelledPhoneIn(text);
  const parsed = phone ? normalisePhone(phone.raw, ctx.country) : null;
  if (!phone || !parsed) return undefined;
  const at = offset + phone.index;
  return r.at(parsed.value, [at, at + phone.raw.length], parsed.validated, 'pattern');
}

/**
 * A printed rooms table: below a header line with a "Guest" column, each row (three cells or more —
 * printed columns drift) gives the cell written as a person's name. With a room-type column, each
 * row is one room (unless a room cell counts rooms itself: "2 x Double"); a remarks column that only
 * some rows fill (the header's last) gives the stay's notes.
 */
const ROLE_AFTER_NAME = /\s*\([^()]{1,20}\)\s*$/;

function roomsTable(reading: Reading, r: Reader): { guests: Found<string>[]; rooms?: Found<number>; notes?: Found<string> } {
  const guests: Found<string>[] = [];
  const header = reading.lines.findIndex((line) => {
    const cells = cellsOf(line);
    // A header names columns and holds no figures: "Guests ⇥ 5 adults" is a labelled count above the table.
    return cells.length >= 2 && (guestColumn(cells) >= 0 || splitGuestColumns(cells)) && !cells.some((c) => /\d/.test(c.text));
  });
  if (header < 0) return { guests };
  const headerCells = cellsOf(reading.lines[header]!);
  const column = guestColumn(headerCells);
  const split = column < 0 ? splitGuestColumns(headerCells) : null;
  const familyFirst = column >= 0 && isFamilyFirstHeader(headerCells[column]!.text);
  const roomColumn = headerCells.findIndex((c) => labelKey(c.text) === 'rooms');
  const remarksLast = labelKey(headerCells.at(-1)!.text) === 'notes';
  // A rooming table of two columns ("Room ⇥ Guests" over "Twin 1 ⇥ Ann Lee / Bo Ek"): its header is column names only.
  const fewestCells = headerCells.length === 2 && isHeader(headerCells.map((c) => c.text)) ? 2 : 3;
  let lastRow = -1;
  let rooms = 0;
  let countsRooms = roomColumn >= 0;
  const joined: Found<string>[] = [];
  let joinedRows = 0;
  const roomCells: { text: string; start: number }[] = [];
  const remarks: { text: string; start: number }[] = [];
  for (const line of reading.lines.slice(header + 1, header + 16)) {
    // A workbook's next sheet holds another table (its contacts), not more rooms.
    if (sheetName(line) !== null) break;
    const cells = cellsOf(line);
    // Another table's header (a transfers grid under the rooming list) starts rows that are no rooms.
    if (isHeader(cells.map((c) => c.text))) break;
    // A room's second guest may sit alone on the next line, under the guest column.
    const continues = cells.length === 1 && line.index === lastRow + 1;
    if (cells.length < fewestCells && !continues) continue;
    const row = guests.length;
    // The cell under the guest column, else (columns drift in print) the first one written as a name.
    // A short bracket after the name says the guest's part ("Ann Lee (TM)"): no part of the name.
    const bare = (c: (typeof cells)[number]) => c.text.replace(ROLE_AFTER_NAME, '');
    const isGuest = (c: (typeof cells)[number] | undefined) => !!c && PERSON.test(bare(c)) && !lodgingNames(c.text).length;
    // A twin room's two guests share the cell under the guest column ("Ann Lee / Bo Ek"): each is a guest.
    // So do a cell's titled guests ("Mr. Bo Ek Mr. Cy Dahl", travel/honorific-guests.ts).
    const sharedOrTitled = sharedRoomGuests(cells[column]);
    const shared = sharedOrTitled.length ? sharedOrTitled : titledGuests(cells[column]);
    const [surname, given] = split && cells.length === headerCells.length ? [cells[split.surname], cells[split.given]] : [];
    // A family name in capitals, as rooming lists write it, is written as a name.
    const family = surname && !/\p{Ll}/u.test(surname.text) ? nameCase(surname.text) : surname?.text;
    const wholeName = family && given && PERSON.test(`${given.text} ${family}`) ? normalisePersonName(`${given.text} ${family}`) : null;
    if (split) {
      // "LEFÈVRE-ROY ⇥ Anne" under "Nom ⇥ Prénom": the guest's whole name, given name first.
      if (wholeName) guests.push(r.at(wholeName, [Math.min(surname!.start, given!.start), Math.max(surname!.start + surname!.text.length, given!.start + given!.text.length)], null, 'table'));
    } else if (familyFirst) {
      // "DUVAL Léa MARCHETTI Enzo" under "NOM Prénom": each guest given name first; a placeholder names nobody.
      const cell = cells[column];
      for (const g of cell ? familyFirstNames(cell.text) : []) guests.push(r.at(g.value, [cell!.start + g.index, cell!.start + g.index + g.length], null, 'table'));
    } else if (shared.length) {
      for (const g of shared) guests.push(r.at(g.name, [g.start, g.start + g.text.length], null, 'table'));
    } else {
      const guest = isGuest(cells[column]) ? cells[column] : cells.find(isGuest);
      const name = guest && normalisePersonName(bare(guest));
      if (guest && name) guests.push(r.at(name, [guest.start, guest.start + bare(guest).length], null, 'table'));
      // A shared room's names joined by the PDF's text layer ("Ann Lee Bo Ek", travel/stay-joined-guests.ts).
      const cell = cells[column];
      const pair = guest || !cell ? [] : joinedGuestNames(cell.text).map((g) => r.at(g.name, [cell.start + g.index, cell.start + g.index + g.name.length], null, 'table'));
      guests.push(...pair);
      joined.push(...pair);
      if (pair.length) joinedRows++;
    }
    if (guests.length === row) continue;
    lastRow = line.index;
    if (continues) continue;
    rooms++;
    // "2 x Double" counts rooms itself; rows numbered 1, 2, 3 under "Room" are each one room.
    if (countsRoomsItself(cells[roomColumn]?.text ?? '', rooms)) countsRooms = false;
    if (cells[roomColumn]) roomCells.push(cells[roomColumn]!);
    if (remarksLast && cells.length === headerCells.length) remarks.push(cells.at(-1)!);
  }
  // Joined names are guests only when the table's guests then add up to the adults the page counts.
  if (joined.length && adultTotal(reading.source.text) !== guests.length) {
    guests.splice(0, guests.length, ...guests.filter((g) => !joined.includes(g)));
    rooms -= joinedRows;
  }
  const out: { guests: Found<string>[]; rooms?: Found<number>; notes?: Found<string> } = { guests };
  if (countsRooms && rooms) out.rooms = r.at(rooms, null, null, 'inferred');
  if (remarks.length) {
    const span: [number, number] = [remarks[0]!.start, remarks.at(-1)!.start + remarks.at(-1)!.text.length];
    out.notes = r.at(remarks.map((c) => c.text).join('; '), span, null, 'table');
  }
  // Else the board every room's cell repeats (travel/stay-room-board.ts).
  const board = remarks.length ? undefined : repeatedBoard(roomCells);
  if (board) out.notes = r.at(board.value, [board.index, board.index + board.value.length], null, 'table');
  return out;
}

/**
 * The guest column of a rooms table's header: its guest column, or the name column beside a room column
 * ("Room ⇥ Name ⇥ Room type") when no phone, e-mail or role column makes it a contact list.
 */
/**
 * A rooming table that splits each guest's name into a family-name and a given-name column ("Chambre ⇥ Type ⇥ Nom ⇥
 * Prénom ⇥ Fonction"): those columns, when it has a rooms column and no phone or e-mail column (a contact list's).
 */
function splitGuestColumns(cells: { text: string }[]): { surname: number; given: number } | null {
  const keys = cells.map((c) => labelKey(c.text));
  if (!keys.includes('rooms') || keys.some((k) => k === 'phone' || k === 'email')) return null;
  return splitNameColumns(cells.map((c) => c.text));
}

function guestColumn(cells: { text: string }[]): number {
  const keys = cells.map((c) => labelKey(c.text));
  const guests = keys.indexOf('guests');
  if (guests >= 0) return guests;
  const contactList = keys.some((k) => k === 'phone' || k === 'email' || k === 'role');
  // "NOM Prénom": one column of names written family name first (travel/family-first-names.ts).
  const familyFirst = cells.findIndex((c) => isFamilyFirstHeader(c.text));
  if (familyFirst >= 0 && !contactList) return familyFirst;
  return keys.includes('rooms') && !contactList ? keys.indexOf('name') : -1;
}

/**
 * A spreadsheet's hotel block under the lodging's row (travel/stay-grid-block.ts): its labelled rows are the
 * stay's own details, over what the text around the name suggested (the show's address above it, the
 * contacts below it read as a rooms table).
 */
function addGridBlock(reading: Reading, r: Reader, d: HotelDraft, ctx: Ctx): void {
  if (!d.name) return;
  const { labels, remarks } = gridBlockLabels(reading, d.name.value);
  if (labels.some((l) => l.key === 'address')) delete d.address;
  if (labels.some((l) => l.key === 'guests')) d.guests = [];
  for (const l of labels) {
    const key = hotelLabelKey(l);
    if (key) applyLabel(r, d, key, l, ctx);
  }
  if (remarks.length) d.notes ??= r.at(remarks.map((n) => n.value).join('; '), remarks[0]!.span, null, 'table');
}

/** A stay's guests, rooms and notes from the rooms table below its labels (roomsTable). */
function addRoomsTable(reading: Reading, r: Reader, d: HotelDraft): void {
  const table = roomsTable(reading, r);
  d.guests = table.guests;
  if (table.rooms) d.rooms ??= table.rooms;
  if (table.notes) d.notes ??= table.notes;
}

/**
 * A hotel's confirmation whose markup names one stay and one guest (its lead name) prints every room's
 * guests in its rooms table and its remarks under a remarks label, which its text's stay labels (stacked
 * in layout tables, in two languages) may not let the text reading place: the table's guests the markup
 * lacks and the remarks are the stay's.
 */
function addMarkupStayRooms(reading: Reading, r: Reader, d: HotelDraft, ctx: Ctx): void {
  const table = roomsTable(reading, r);
  const known = new Set((d.guests ?? []).map((g) => foldText(g.value)));
  const more = table.guests.filter((g) => !known.has(foldText(g.value)));
  if (more.length) d.guests = [...(d.guests ?? []), ...more];
  const remarks = categorise(r.source) === 'hotel_confirmation' ? reading.labelled.find((l) => l.key === 'notes') : undefined;
  if (!d.notes && table.notes) d.notes = table.notes;
  else if (!d.notes && remarks) applyLabel(r, d, 'notes', remarks, ctx);
}

/** The names in one room's cell joined by " / " or " & ", each written as a person's; none unless all are. */
function sharedRoomGuests(cell: { text: string; start: number } | undefined): { name: string; text: string; start: number }[] {
  // Joined by a slash, an ampersand or a comma ("Ann Lee, Bo Ek": each part a whole name, so "Lee, Ann" is no pair).
  if (!cell || !/\s[/&]\s|,\s/.test(cell.text)) return [];
  const out: { name: string; text: string; start: number }[] = [];
  for (const m of cell.text.matchAll(/[^/&,]+/g)) {
    const text = m[0].trim();
    const name = PERSON.test(text) && !lodgingNames(text).length ? normalisePersonName(text) : null;
    if (!name) return [];
    out.push({ name, text, start: cell.start + m.index + m[0].indexOf(text) });
  }
  return out.length >= 2 ? out : [];
}

/** City and country from the address, else from the show when the hotel's name says it is in the show's city. */
function completePlace(r: Reader, d: HotelDraft, ctx: Ctx): void {
  if (d.address && (!d.city || !d.country)) {
    const place = placeOf(d.address.value);
    const span = d.address.span;
    if (place.city && place.cityIndex !== null) {
      const at: [number, number] | null = span ? [span[0] + place.cityIndex, span[0] + place.cityIndex + place.city.length] : null;
      d.city ??= r.at(place.city, at, null, 'inferred');
    }
    if (place.country) d.country ??= r.at(place.country, span, true, 'inferred');
  }
  if (d.phone && !d.phone.value.startsWith('+') && d.phone.span && (d.country?.value ?? ctx.country)) {
    const phone = normalisePhone(r.source.text.slice(d.phone.span[0], d.phone.span[1]), d.country?.value ?? ctx.country);
    if (phone) d.phone = { ...d.phone, value: phone.value, validated: phone.validated };
  }
  const name = d.name?.value ?? '';
  // The show's city is the hotel's when the hotel's name says so, or when a day sheet (one day in one
  // city) names it without an address; a contract or message may book a hotel anywhere.
  // A form's answers are the band's own words, as a message's: no day sheet.
  const daySheet = !d.address && categorise(r.source) === 'itinerary' && !isFormAnswers(r.source);
  if (!d.city && ctx.city && (foldText(name).includes(foldText(ctx.city)) || daySheet)) d.city = r.at(ctx.city, null, null, 'inferred');
  if (!d.country && d.city && ctx.city && foldText(d.city.value) === foldText(ctx.city) && ctx.country) {
    d.country = r.at(ctx.country, null, null, 'inferred');
  }
  // "Melbourne" names cities in several countries: the one in the show's country.
  if (!d.country && d.city && ctx.country && airportCodesForCity(d.city.value).some((c) => airportByCode(c)?.country === ctx.country)) {
    d.country = r.at(ctx.country, null, null, 'inferred');
  }
}

/**
 * A labelled stay under a letterhead (the hotel's name alone on a line, at the top or as the mail's
 * signature): the hotel's own address, phone and e-mail are those printed on the lines right below
 * it (within LETTERHEAD_LINES), not any the page holds.
 */
const LETTERHEAD_LINES = 3;
const LETTERHEAD_BLOCK = 6;

/** The country alone on the line after an address's last line ("The Netherlands"): part of the address. */
function countryLineAfter(text: string, address: Hit<string>): string | undefined {
  const last = address.value.split(', ').pop()!;
  const lineEnd = text.indexOf('\n', text.indexOf(last, address.index) + last.length);
  if (lineEnd < 0) return undefined;
  const next = text.slice(lineEnd + 1, text.indexOf('\n', lineEnd + 1) < 0 ? undefined : text.indexOf('\n', lineEnd + 1)).trim();
  return next && !/\d/.test(next) && countryCode(next) ? next : undefined;
}

/** Whether the line at `lineStart` opens the text or a block: the line above is blank or a separator ("--", "____"). */
function opensBlock(text: string, lineStart: number): boolean {
  const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1));
  return lineStart === 0 || /^[ \t]*(?:[-_=*~]{2,}[ \t]*)?$/.test(above);
}

/** Whether the stay's address opens one of the two written lines after the line at `lineAt` (a rating line may come between). */
function addressOpensBelow(text: string, d: HotelDraft, lineAt: number): boolean {
  const at = d.address?.span?.[0];
  if (at === undefined || at <= lineAt || !/^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at))) return false;
  return text.slice(lineAt, at).split('\n').filter((l) => l.trim()).length <= 2;
}

function addLetterheadDetails(r: Reader, drafts: HotelDraft[], ctx: Ctx): void {
  const text = r.source.text;
  for (const d of drafts) {
    if (!d.name) continue;
    // A booking site prints the property's star rating after its name ("Hotel X ★★★"); capitals spell
    // "ß" as "SS" ("HOTEL WEISSENBURG" over the footer's "Hotel Weißenburg").
    const name = escapeRegExp(d.name.value).replace(/ss|ß/giu, '(?:ss|ß)');
    // The name is kept without its article ("The Harbour Hotel" → "Harbour Hotel"): the line may still print it.
    // A bilingual page prints the name in both of its columns ("Hotel X ⇥ Hotel X"): still the name alone.
    // The group the hotel belongs to may follow its name ("HOTEL X A member of Y Hotels").
    const lines = [...text.matchAll(new RegExp(String.raw`^[ \t]*(?:the[ \t]+)?${name}(?:[ \t]*[★☆*]{1,5})?(?:\t+(?:the[ \t]+)?${name})?(?:,?[ \t]+(?:an?[ \t]+)?(?:member|part)[ \t]+of[ \t][^\n]*)?[ \t]*$`, 'gimu'))];
    // A person's signature names the hotel under their name and role, their own phone and mailbox below:
    // the hotel's letterhead or footer opens its block (after a blank or a "--" line).
    // A printed page's sidebar may stand beside the name after a tab ("Hotel X ⇥ › Cancel booking"): still the
    // letterhead when the hotel's street address, read already, opens a line right below it.
    const beside = lines.length ? [] : [...text.matchAll(new RegExp(String.raw`^[ \t]*${name}\t[^\n]*$`, 'gimu'))].filter((m) => addressOpensBelow(text, d, m.index));
    const line = lines.find((m) => opensBlock(text, m.index)) ?? lines[0] ?? beside[0];
    if (!line) {
      addDetailsAfterMention(r, d, ctx);
      addColumnLetterhead(r, d, ctx);
      addFooterDetails(r, d, ctx);
      continue;
    }
    addBlockDetails(r, d, ctx, line);
    // A letterhead of the name and title only leaves the details to the name's block in the sign-off.
    for (const other of lines) if (other !== line && !d.address) addBlockDetails(r, d, ctx, other);
    // A letterhead of the name alone (a logo line) leaves the details to the page's footer.
    if (!d.address || !d.phone) addFooterDetails(r, d, ctx);
  }
}

/** The address, e-mail and phone in the block the hotel's name opens (`line`, its line's match). */
function addBlockDetails(r: Reader, d: HotelDraft, ctx: Ctx, line: RegExpMatchArray & { index: number }): void {
  const text = r.source.text;
  let end = line.index + line[0].length;
  // A mail's HTML card may leave blank lines under the name before its details: those are not counted.
  while (end < text.length && /^\n[ \t]*\n/.test(text.slice(end, end + 40))) end = text.indexOf('\n', end + 1);
  // A signature block (street, postcode and city, country, phone, e-mail) runs on to its blank line.
  for (let k = 0; k < LETTERHEAD_BLOCK && end < text.length; k++) {
    const next = text.indexOf('\n', end + 1) < 0 ? text.length : text.indexOf('\n', end + 1);
    if (k >= LETTERHEAD_LINES && !text.slice(end + 1, next).trim()) break;
    end = next;
  }
  const below = text.slice(line.index, end);
  // A footer joins its parts with middle dots or dashes ("Street 21 · 04107 Town · Country", "Street 21 - 04107
  // Town"): read as commas (same offsets) when the address read as written has no town.
  const plain = addresses(below)[0];
  const address = plain && placeOf(plain.value).city ? plain : addresses(below.replace(/ [·–-] /gu, ',  '))[0] ?? plain;
  const country = address && countryLineAfter(below, address);
  const written = address && address !== plain ? address.value.replace(/, +/gu, ', ') : address?.value;
  const value = address && (country ? `${written}, ${country}` : written);
  if (address) d.address ??= r.at(value!, [line.index + address.index, line.index + address.index + address.length], null, 'pattern');
  // A clerk's signature gives her own mailbox and the desk's: the desk's is the hotel's.
  const emails = [...below.matchAll(EMAIL_IN_TEXT)];
  const email = emails.find((e) => DESK_MAILBOX.test(e[0])) ?? emails[0];
  if (email) d.email ??= r.at(email[0].toLowerCase(), [line.index + email.index, line.index + email.index + email[0].length], true, 'pattern');
  const phone = labelledPhone(r, below, line.index, ctx) ?? (address && phoneAfterAddress(r, below, address, line.index, ctx));
  if (phone) d.phone ??= phone;
}

/** A hotel desk's mailbox ("reservations@…", "frontdesk@…"), not a clerk's own. */
const DESK_MAILBOX = /^(?:reservations?|reception|front[._-]?desk|bookings?|groups?|concierge|guest[._-]?services)@/i;

/**
 * "… stay at Hotel X, Street 9, 1234 City (T +352 …, desk@hotel.example)": a mention of the lodging
 * followed straight by its street address gives its address, and the phone and e-mail written with it
 * (up to the end of its line, or of a bracket opened there). A day sheet sets the address after a spaced
 * dash ("Hôtel X — 9 rue Y, 69001 Lyon").
 */
const MENTION_LEAD = /^[»“”"]?(?:[ \t]+[1-5][ \t]?\*{1,5})?(?:,[ \t]|[ \t]*\(|[ \t]+[–—][ \t]+)/u;
function addDetailsAfterMention(r: Reader, d: HotelDraft, ctx: Ctx): void {
  const text = r.source.text;
  const name = d.name!.value;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const after = at + name.length;
    // The name may close its quotes and carry its stars, the address then open a bracket ("«Северная Звезда» 4* (ул. …").
    const lead = MENTION_LEAD.exec(text.slice(after, after + 12))?.[0].length;
    if (lead === undefined) continue;
    const lineEnd = text.indexOf('\n', after) < 0 ? text.length : text.indexOf('\n', after);
    const line = text.slice(after, lineEnd);
    const nextEnd = text.indexOf('\n', lineEnd + 1) < 0 ? text.length : text.indexOf('\n', lineEnd + 1);
    const piece = line.lastIndexOf('(') > line.lastIndexOf(')') ? text.slice(after, nextEnd) : line;
    const address = addresses(piece)[0];
    if (!address || address.index > lead + 1 || !isStreetAddress(address.value)) continue;
    d.address ??= r.at(address.value, [after + address.index, after + address.index + address.length], null, 'pattern');
    const phone = labelledPhone(r, piece, after, ctx);
    if (phone) d.phone ??= phone;
    const email = [...piece.matchAll(EMAIL_IN_TEXT)][0];
    if (email) d.email ??= r.at(email[0].toLowerCase(), [after + email.index, after + email.index + email[0].length], true, 'pattern');
    return;
  }
}

/**
 * "Street 14, City, Country · +351 21 …": an international number closing the address's line, after a
 * separator, or alone on the line below it (an app's property card: name, address, phone).
 */
function phoneAfterAddress(r: Reader, text: string, address: Hit<string>, offset: number, ctx: Ctx): Found<string> | undefined {
  const end = text.indexOf('\n', address.index);
  const line = text.slice(address.index, end < 0 ? undefined : end);
  const nextEnd = end < 0 ? -1 : text.indexOf('\n', end + 1);
  const next = end < 0 ? '' : text.slice(end + 1, nextEnd < 0 ? undefined : nextEnd);
  // On the address's own line after a dot or a spaced dash: "… · +49 …", also national "…, 33300 Town – 05 56 …".
  const same = /(?:[·|•]|[ \t][–—-])[ \t]*(\+\d[\d ()/-]{6,}\d|0\d(?:[ .]?\d{2}){3,4})[ \t]*$/.exec(line);
  // A national number alone on its line counts too ("(503) 555-0142"), also in a quoted reply ("> (503) …").
  const below = same ? null : /^[ \t>]*(\+?\(?\d[\d ()/.-]{6,}\d)[ \t]*$/.exec(next);
  const m = same ?? below;
  const parsed = m ? normalisePhone(m[1]!, ctx.country) : null;
  if (!m || !parsed) return undefined;
  const at = offset + (same ? address.index : end + 1) + m.index + m[0].indexOf(m[1]!);
  return r.at(parsed.value, [at, at + m[1]!.length], parsed.validated, 'pattern');
}

/**
 * A printed letterhead sets the name in its own column beside its details ("HOTEL X ⇥ Street 1 ·
 * City ⇥ Tel. …" over a line of e-mail and web): when the page's first lines open with the name and a
 * tab, their e-mail and phone are the hotel's (its address is left to the footer reading).
 */
function addColumnLetterhead(r: Reader, d: HotelDraft, ctx: Ctx): void {
  const text = r.source.text;
  const top = text.split('\n').filter((l) => l.trim()).slice(0, LETTERHEAD_LINES + 1);
  const escaped = escapeRegExp(d.name!.value);
  const nameLine = top.slice(0, 2).findIndex((l) => new RegExp(String.raw`^[ \t]*${escaped}[ \t]*\t`, 'iu').test(l));
  if (nameLine < 0) return;
  // The letterhead may open with the street address alone on the line above the name ("12 Quay Lane, Town AB1 2CD").
  const street = nameLine === 1 ? addresses(top[0]!).find((a) => isStreetAddress(a.value) && a.index === top[0]!.search(/\S/)) : undefined;
  if (street) {
    const at = text.indexOf(top[0]!) + street.index;
    d.address ??= r.at(street.value, [at, at + street.length], null, 'pattern');
  }
  if (nameLine === 0) top.pop();
  const start = text.indexOf(top[nameLine === 1 && !street ? 1 : 0]!);
  const last = top[top.length - 1]!;
  const block = text.slice(start, text.indexOf(last, start) + last.length);
  const email = [...block.matchAll(EMAIL_IN_TEXT)].find((e) => wholeEmail(block, e.index, e[0].length));
  if (email) d.email ??= r.at(email[0].toLowerCase(), [start + email.index, start + email.index + email[0].length], true, 'pattern');
  const phone = labelledPhone(r, block, start, ctx);
  if (phone) d.phone ??= phone;
}

/** The hotel's one-line footer (name · street · postcode city · Tel. · e-mail) gives its address, phone and e-mail. */
function addFooterDetails(r: Reader, d: HotelDraft, ctx: Ctx): void {
  const line = footerLine(r.source.text, d.name!.value);
  if (!line) return;
  const address = footerAddress(line);
  // The footer opening with the hotel's name states its own address: it outranks a street read by pattern around the
  // stay (a confirmation's addressee block, the guest's company, stands there too).
  const fromFooter = address && r.at(address.value, [address.index, address.index + address.length], null, 'pattern');
  if (fromFooter && (!d.address || d.address.method === 'pattern')) d.address = fromFooter;
  const email = [...line.value.matchAll(EMAIL_IN_TEXT)][0];
  if (email) d.email ??= r.at(email[0].toLowerCase(), [line.index + email.index, line.index + email.index + email[0].length], true, 'pattern');
  const phone = labelledPhone(r, line.value, line.index, ctx);
  if (phone) d.phone ??= phone;
}

const MAIL_HEADER = /^(?:from|to|cc|bcc|date|subject|reply-to|sender)[ \t]*:/i;

/** A booking confirmation's title ("BOOKING CONFIRMATION", "Potwierdzenie rezerwacji / Booking confirmation"). */
const CONFIRMATION_TITLE = /\b(?:booking|reservation|r[ée]servation|reserva|buchung|reservierung|bokning|prenotazione|boeking|reservering|rezerwac\S*)\s*(?:confirm|best[äa]tig|bekr[äa]ft|conferm|bevestig)|\b(?:confirm\S*|confirmaci[óo]n|potwierdzenie|bevestiging|conferma)\s+(?:of\s+|de\s+|della\s+|van\s+(?:de\s+|uw\s+)?)?(?:booking|reservation|r[ée]servation|reserva|rezerwac\S*|prenotazione|boeking|reservering)/i;
const TITLE_WITHIN_LINES = 8;

/** An e-mail address that runs on into other characters ("desk@hotel.example:p|") was misread by OCR. */
function wholeEmail(text: string, at: number, length: number): boolean {
  return /^(?:$|[\s|,;)>]|\.(?:\s|$))/.test(text.slice(at + length, at + length + 2));
}

/**
 * A hotel's own confirmation prints its address, phone and e-mail in the letterhead above its title;
 * when the hotel's name is not printed there (a scan that lost its logo), the lines above the
 * title are still the hotel's. Only for a source with one stay.
 */
function addDetailsAboveTitle(r: Reader, drafts: HotelDraft[], ctx: Ctx): void {
  const stays = drafts.filter((d) => d.checkInDate);
  if (stays.length !== 1) return;
  const d = stays[0]!;
  if (d.address && d.phone && d.email) return;
  const text = r.source.text;
  const lines = text.split('\n');
  const title = lines.slice(0, TITLE_WITHIN_LINES).findIndex((l) => CONFIRMATION_TITLE.test(l));
  if (title <= 0) return;
  // An e-mail's own header lines ("From: Desk <desk@…>") are no letterhead: they are blanked, offsets kept.
  const above = lines.slice(0, title).map((l) => (MAIL_HEADER.test(l) ? ' '.repeat(l.length) : l)).join('\n');
  const address = addresses(above)[0];
  if (address) d.address ??= r.at(address.value, [address.index, address.index + address.length], null, 'pattern');
  const email = [...above.matchAll(EMAIL_IN_TEXT)].find((e) => wholeEmail(above, e.index, e[0].length));
  if (email) d.email ??= r.at(email[0].toLowerCase(), [email.index, email.index + email[0].length], true, 'pattern');
  const phone = labelledPhone(r, above, 0, ctx);
  if (phone) d.phone ??= phone;
}

function hotelsIn(written: ExtractedSource, uctx: UnderstandContext, bookedOnly = false): HotelDraft[] {
  // A booking e-mail's closing offers of other lodgings are none of its stay (hotel-upsell.ts).
  const source = withoutUpsell(written);
  const place = showPlace(uctx);
  const markup = schemaOrgReservations(source).hotels;
  // A rider's rooms are asks, not bookings; only a hotel block its show page heads as booked is a stay (rider-asks.ts).
  if (!markup.length && !bookedOnly && asksOnly(source)) {
    const booked = bookedStayBlock(source);
    return booked ? hotelsIn(booked, uctx, true) : [];
  }
  const ctx: Ctx = { ref: referenceDate(source, uctx), showDate: showDateOf(uctx), ...place };
  const reading = read(source);
  const r = readerFor(source, 'label');
  // A tour app's typed-item export: only its Hotel rows are stays (other rows hold flights' references, contacts' e-mails).
  const typed = markup.length ? null : typedHotels(readerFor(source, 'table'), place.country);
  // Markup may be partial (one guest, no rooms, a booking site's number): the text fills what it lacks (markup-gaps.ts).
  let drafts = markup.length ? withStayTextGaps(markup, combineByName(textHotels(reading, r, ctx).filter((d) => d.name), (d) => d.name!.value), source.text) : typed ?? textHotels(reading, r, ctx);
  if (markup.length === 1) addMarkupStayRooms(reading, r, markup[0]!, ctx);
  // A hotel named only as a booked ride's pick-up or drop-off (schedule-ride-form.ts) is a stop, not a stay.
  const stops = rideStopSpans(source);
  const isStop = (d: HotelDraft) => !d.checkOutDate && !d.bookingReference && !!d.name?.span && stops.some(([a, b]) => a <= d.name!.span![0] && d.name!.span![1] <= b);
  if (stops.length) drafts = drafts.filter((d) => !isStop(d));
  const hotels = withoutReplacedHotels(reading, combineByName(drafts.filter((d) => d.name), (d) => d.name!.value));
  // A booking site's card of its one stay: stacked check-in/out hours, guest and board rows (hotel-lone-stay.ts).
  if (!markup.length && !typed) addLoneStayFields(reading, r, hotels);
  for (const d of hotels) completePlace(r, d, ctx);
  // A chat's later messages on its one hotel: check-in/out times, the phone asked for (hotel-chat-later.ts).
  laterChatDetails(reading, r, hotels, ctx.ref, ctx.showDate, ctx.country);
  // A calendar's agenda print times the stay by its check-in and check-out events (hotel-agenda.ts).
  addAgendaStayDetails(source, hotels, place.country);
  return hotels;
}

/** The stays the source's text states: its tables, labels and prose, completed by its letterhead, title and rooms table. */
function textHotels(reading: Reading, r: Reader, ctx: Ctx): HotelDraft[] {
  const source = r.source;
  let drafts = [...fromTables(reading, r, ctx), ...fromLabels(reading, r, ctx), ...fromProse(reading, r, ctx)];
  if (!drafts.some((d) => d.checkInDate)) drafts = [...fromConfirmation(reading, r, ctx), ...drafts];
  else addLetterheadDetails(r, drafts, ctx);
  // With no stay read, a mail's hotel block under the hotel's name may state it (travel/stay-title-block.ts).
  if (!drafts.some((d) => d.checkInDate)) drafts.push(...fromProse(reading, r, ctx, true).filter((d) => d.checkInDate));
  addListingDetails(r, drafts);
  addDetailsAboveTitle(r, drafts, ctx);
  const stays = drafts.filter((d) => d.checkInDate);
  // The labels and the prose may each read the one stay: drafts naming the same lodging are one stay.
  const stayCount = new Set(stays.map((d) => (d.name ? foldText(d.name.value) : d))).size;
  const ref = soleStayReference(reading, stayCount) ?? soleStackedReference(reading, stayCount);
  if (ref && !stays[0]!.bookingReference) applyLabel(r, stays[0]!, 'booking_reference', ref, ctx);
  // A booking site's summary row of colon labels over their values, or its box of figures (travel/stay-header-row.ts).
  const headerRefs = stayCount === 1 ? [...colonHeaderValues(reading), ...figureBoxValues(reading)].filter((l) => l.key === 'booking_reference') : [];
  if (headerRefs.length === 1 && !stays[0]!.bookingReference) applyLabel(r, stays[0]!, 'booking_reference', headerRefs[0]!, ctx);
  // One stay's labels with a rooms table below them: the table's guest column lists its guests (also when the
  // labels and the prose each read that one stay).
  if (stayCount === 1 && !stays.some((d) => d.guests?.length)) addRoomsTable(reading, r, stays[0]!);
  // Or its guests stand one room a line ("Room 1 – Twin: Ann Lee / Bo Ek"), also when the labels and the prose each read that one stay.
  if (stayCount === 1 && !stays.some((d) => d.guests?.length)) {
    stays[0]!.guests = roomGuests(source.text).map((g) => r.at(g.value, [g.index, g.index + g.length], null, 'pattern'));
  }
  // Or each room's block labels its guests under the room's heading (travel/stay-header-row.ts); the label
  // block may have reached only the first room's, which the rooms' labels then complete.
  if (stays.length === 1) addRoomBlockGuests(reading, r, stays[0]!);
  // Or the rooms line says who sleeps where ("Rooms: 2 (double: Ann Lee + Bo Ek, single: …)", travel/stay-room-types.ts),
  // also when the labels and the prose each read that one stay.
  if (stayCount === 1 && !stays.some((d) => d.guests?.length)) {
    stays[0]!.guests = roomTypeGuests(source.text).map((g) => r.at(g.value, [g.index, g.index + g.length], null, 'pattern'));
  }
  // Or each room's row opens with its count and holds its guests in a cell ("1x Twin ⇥ Ann Lee / Bo Ek", travel/stay-count-rows.ts).
  if (stays.length === 1 && !stays[0]!.guests?.length) {
    stays[0]!.guests = countRowGuests(source.text).map((g) => r.at(g.value, [g.index, g.index + g.length], null, 'pattern'));
  }
  // Or an app's room card sets its guests on the line under the room's heading (travel/stay-room-guests.ts).
  if (stays.length === 1 && !stays[0]!.guests?.length) {
    stays[0]!.guests = roomHeadingGuests(source.text).map((g) => r.at(g.value, [g.index, g.index + g.length], null, 'pattern'));
  }
  for (const d of stays) addFactsBelow(r, d);
  // Else an app's one reference phrase, far from the stay's fields (travel/stay-labels.ts).
  const phrase = stayCount === 1 && !stays[0]!.bookingReference && stays[0]!.checkOutDate ? soleReferencePhrase(reading) : undefined;
  if (phrase) applyLabel(r, stays[0]!, 'booking_reference', phrase, ctx);
  // One stay's times in a sentence line of their own ("Check-in from 14:00. Check-out by 10:30.").
  if (stayCount === 1) for (const d of stays) addStayTimesLine(r, d);
  // A hotel's own confirmation of one stay: its remarks label is the stay's, however far below the stay's fields.
  const remarks = stayCount === 1 && !stays[0]!.notes && categorise(source) === 'hotel_confirmation' ? reading.labelled.find((l) => l.key === 'notes') : undefined;
  if (remarks) applyLabel(r, stays[0]!, 'notes', remarks, ctx);
  for (const d of stays) if (!d.notes) addRemarkLine(r, d);
  return drafts;
}

/** A hotel's own confirmation of one stay, its one reference stacked over its code and labelled nowhere else (travel/stay-stacked-labels.ts). */
function soleStackedReference(reading: Reading, stays: number): Labelled | undefined {
  if (stays !== 1 || categorise(reading.source) !== 'hotel_confirmation' || reading.labelled.some((l) => l.key === 'booking_reference')) return undefined;
  const refs = stackedStayLabels(reading, new Set(reading.labelled.map((l) => l.line.index))).filter((l) => l.key === 'booking_reference');
  return refs.length === 1 ? refs[0] : undefined;
}

/** The guests each room's block labels, when they hold every guest the stay has so far (travel/stay-header-row.ts). */
function addRoomBlockGuests(reading: Reading, r: Reader, d: HotelDraft): void {
  const labelled = roomGuestLabels(reading).flatMap((l) => guestsOf(r, l, 'label'));
  const roomed = labelled.filter((g, i) => labelled.findIndex((o) => foldText(o.value) === foldText(g.value)) === i);
  const names = new Set(roomed.map((g) => foldText(g.value)));
  const known = d.guests ?? [];
  if (roomed.length > known.length && known.every((g) => names.has(foldText(g.value)))) d.guests = roomed;
}

/** Rooms and reference on the unlabelled lines below a stay's last value (travel/stay-lines-after.ts). */
function addFactsBelow(r: Reader, d: HotelDraft): void {
  const last = lastValueEnd(d);
  if ((d.rooms && d.bookingReference) || last < 0) return;
  // A rooming list read below the stay ("Rooms (4):" over its lines) holds its count above the guests.
  const aboveGuests = lastValueEnd({ ...d, guests: [] });
  const below = stayFactsBelow(r.source.text, last);
  const { rooms, reference } = below.rooms || below.reference || aboveGuests < 0 ? below : stayFactsBelow(r.source.text, aboveGuests);
  if (rooms) d.rooms ??= r.at(rooms.value, [rooms.index, rooms.index + rooms.length], null, 'pattern');
  if (reference) d.bookingReference ??= r.at(reference.value, [reference.index, reference.index + reference.length], null, 'pattern');
}

/** The stay's check-in and check-out times from a line of their own (travel/stay-times-line.ts). */
function addStayTimesLine(r: Reader, d: HotelDraft): void {
  if (d.checkInTime && d.checkOutTime) return;
  const { checkIn, checkOut } = stayTimesLine(r.source.text);
  if (checkIn) d.checkInTime ??= r.at(checkIn.value, [checkIn.index, checkIn.index + checkIn.length], null, 'pattern');
  if (checkOut) d.checkOutTime ??= r.at(checkOut.value, [checkOut.index, checkOut.index + checkOut.length], null, 'pattern');
}

/** Where a stay's last read value ends in the source text, or -1. */
function lastValueEnd(d: HotelDraft): number {
  return Math.max(...Object.values(d).flatMap((f) => (Array.isArray(f) ? f : [f])).map((f) => f?.span?.[1] ?? -1));
}

/** A holiday rental's stay named by its listing title: the listing's address, the host's phone and the booking guest (travel/stay-listing.ts). */
function addListingDetails(r: Reader, drafts: HotelDraft[]): void {
  const listing = listingOf(r.source.text);
  if (!listing) return;
  for (const d of drafts) {
    if (d.name?.value !== listing.title.value) continue;
    const { address, phone, reference, booker } = listing;
    if (address) d.address ??= r.at(address.value, [address.index, address.index + address.length], null, 'pattern');
    if (booker && !d.guests?.length) d.guests = [r.at(booker.value, [booker.index, booker.index + booker.length], null, 'label')];
    if (reference) d.bookingReference ??= r.at(reference.value, [reference.index, reference.index + reference.length], null, 'pattern');
    // A national number takes the country of the listing's address.
    const parsed = phone ? normalisePhone(phone.value, address ? placeOf(address.value).country : null) : null;
    if (phone && parsed) d.phone ??= r.at(parsed.value, [phone.index, phone.index + phone.length], parsed.validated, 'label');
  }
}

/** A stay's remark on a line of its own below its last value (remarkLineAfter). */
function addRemarkLine(r: Reader, d: HotelDraft): void {
  // The hotel's own phone and e-mail may close its block as a footer: the remark stands under the stay's facts, above them.
  const last = lastValueEnd({ ...d, phone: undefined, email: undefined });
  const remark = last >= 0 ? remarkLineAfter(r.source.text, last) : null;
  if (remark) d.notes = r.at(remark.value, [remark.index, remark.index + remark.value.length], null, 'pattern');
}

export const extract: SectionExtractor<Hotel> = (ctx) => ctx.sources.flatMap((s) => hotelsIn(s, ctx));
