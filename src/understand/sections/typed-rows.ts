/**
 * The rows of a tour-management app's typed-item export (text/typed-rows.ts), turned into each
 * section's drafts: a row's type word says which section owns it, its title names the item, its date
 * and time place it, and its details cell is read with the owning section's phrase readers.
 *
 *   schedule / transfer  typed-schedule.ts (the schedule asks it first)
 *   hotel                the title is the hotel, the row's date and time the check-in, the details the stay
 *   food                 "Dinner by X" is X's meal; the details' first part is where, "6 pax" the count
 *   contact              the title is the person, the details "Role · Company · phone · e-mail"
 *   venue                the title is the venue, the details its address
 *   flight               the details' "Passengers: A (21A), B (21B)" for the segment in the title
 */
import type { Contact, ExtractedSource, Food, General, Hotel, Passenger } from '../../interfaces.js';
import { found, type Draft, type Found } from '../found.js';
import {
  dateFromIso, EMAIL_IN_TEXT, normaliseCountry, normaliseEmail, normalisePersonName, normalisePhone, normaliseSeat, normaliseText,
} from '../normalise/index.js';
import { evidenceAt, foldLabel, type TableCell } from '../text/index.js';
import type { TypedRow } from '../text/typed-rows.js';
import { kindOf, MEAL, VENUE_ROOM } from './food-words.js';
import { addAddress } from './general-venue.js';
import { labelledPhoneIn } from './hotel-phone.js';
import { contactIn } from './people.js';
import { isStreetAddress } from './place.js';
import { cellFound, cellValue, rowDate, rowTime, typedRows } from './typed-cells.js';
import { placeEmailOf, placePhoneOf, placeProviderOf, pocParts } from './typed-poc.js';
import { checkOutHotel, hotelTitle, roomingGuests, stayExtras } from './typed-stay.js';
import { mealCount, mealPlace, namesDiets } from './typed-meal.js';
import { bookingReferences } from './travel/phrases.js';
import type { Reader } from './travel/reader.js';
import { readStay } from './travel/stay.js';

/** Hotel rows: the title is the hotel, the row's date and time its check-in; the details hold the rest of the stay. A national phone number is read as `country`'s (the show's). */
export function typedHotels(r: Reader, country: string | null = null): Draft<Hotel>[] | null {
  const rows = typedRows(r.source, 'hotel');
  if (!rows) return null;
  const drafts: Draft<Hotel>[] = [];
  for (const row of rows) {
    if (!row.title) continue;
    // "Check-out: Hotel X" on a later row closes the stay an earlier row opened: its date and time are the check-out.
    const leaving = checkOutHotel(row.title.value);
    const stay = leaving ? drafts.find((h) => h.name && foldLabel(h.name.value) === foldLabel(leaving)) : undefined;
    if (stay) {
      const date = rowDate(r.source, row);
      const time = rowTime(r.source, row.time);
      if (date) stay.checkOutDate = date;
      if (time) stay.checkOutTime = time;
      continue;
    }
    const d: Draft<Hotel> = { name: cellFound(r.source, row.title, hotelTitle(row.title.value)), guests: [] };
    // A desk's or the hotel's own line in the POC column is the hotel's phone.
    const desk = placePhoneOf(row);
    const phone = desk ? normalisePhone(desk.value, country) : null;
    if (desk && phone) d.phone = cellValue(r.source, desk, phone.value, 0, desk.value.length, phone.validated);
    const checkIn = rowDate(r.source, row);
    if (checkIn) d.checkInDate = checkIn;
    const time = rowTime(r.source, row.time);
    if (time) d.checkInTime = time;
    const details = row.details;
    if (details?.span) {
      const hits = readStay({ text: details.value, start: details.span[0] }, checkIn ? dateFromIso(checkIn.value) : null, null);
      const at = <T>(h: { value: T; index: number; length: number } | undefined) => (h ? r.at(h.value, [h.index, h.index + h.length], true, 'table') : undefined);
      const put = <K extends 'checkOutDate' | 'checkOutTime' | 'rooms' | 'bookingReference' | 'address'>(key: K, f: Draft<Hotel>[K] | undefined) => {
        if (f) d[key] = f;
      };
      put('checkOutDate', at(hits.checkOutDate));
      put('checkOutTime', at(hits.checkOutTime));
      put('rooms', at(hits.rooms));
      put('bookingReference', at(hits.bookingReference));
      put('address', hits.address ? r.at(hits.address.value, [hits.address.index, hits.address.index + hits.address.length], null, 'table') : leadingAddress(r.source, details));
      d.guests = roomingGuests(details.value).map((g) => cellFound(r.source, details, g.value));
      const extras = stayExtras(details.value);
      if (extras) d.notes = cellFound(r.source, details, extras.value);
      // "Hotel tel. +44 …" in the details: the hotel's phone, when the POC column gave none.
      const line = d.phone ? null : labelledPhoneIn(details.value);
      const lined = line ? normalisePhone(line.raw, country) : null;
      if (line && lined) d.phone = cellValue(r.source, details, lined.value, line.index, line.raw.length, lined.validated);
      const email = [...details.value.matchAll(EMAIL_IN_TEXT)][0];
      const normalised = email ? normaliseEmail(email[0]) : null;
      if (email && normalised) d.email = r.at(normalised, [details.span[0] + email.index, details.span[0] + email.index + email[0].length], true, 'table');
    }
    const code = referenceOf(r.source, row);
    if (code && !d.bookingReference) d.bookingReference = code;
    // The desk's e-mail column is the hotel's, when the details name none.
    const deskEmail = placeEmailOf(row);
    const deskAddress = deskEmail ? normaliseEmail(deskEmail.value) : null;
    if (deskEmail && deskAddress && !d.email) d.email = cellValue(r.source, deskEmail, deskAddress, 0, deskEmail.value.length);
    // A location column holding the street address is the hotel's address, before one read from the details.
    if (row.location && isStreetAddress(row.location.value)) d.address = cellFound(r.source, row.location);
    drafts.push(d);
  }
  return drafts;
}

/** A booking code written alone in the row's reference column ("AKB-551902"): a code with a digit, no words. */
function referenceOf(source: ExtractedSource, row: TypedRow): Found<string> | undefined {
  const value = row.reference?.value.trim();
  return value && /^[A-Z0-9][A-Z0-9/-]{3,19}$/i.test(value) && /\d/.test(value) ? cellFound(source, row.reference!, value) : undefined;
}

/** "Carrer Nou 12, 08001 Barcelona. Check-out …": a details cell opening with a street address, up to its first full stop. */
function leadingAddress(source: ExtractedSource, cell: TableCell): Found<string> | undefined {
  const first = /^(.+?)(?:\.\s|\.?$)/.exec(cell.value)?.[1];
  return first && isStreetAddress(first) ? cellFound(source, cell, first) : undefined;
}

// ── food ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * "Dinner by De Kaapse Keuken", "Mittagessen von Kesselhaus", "Almuerzo en Bar Tallers": the meal is named
 * after its provider or the place it is eaten at (a room of the venue is where, not who).
 */
const BY_PROVIDER = /\b(?:by|from|at|von|vom|bei|im|av|från|hos|på|por|de|en|par|chez|à|au|door|van|bij|in)\s+(\p{Lu}.+)$/u;
/** "Dinner – Casa Verde (8 pax)": the meal's word, a dash and its provider (a bracketed remark after it apart). */
const DASH_PROVIDER = /^(.+?)\s+[–—-]\s+(\p{Lu}.*?)(?:\s*\([^()]*\))?$/u;
const MEAL_WORD = new RegExp(String.raw`^${MEAL}$`, 'iu');

/** The provider a meal row's title names: "Dinner by X", "Dinner – X". */
function titleProvider(title: string): string | undefined {
  const dashed = DASH_PROVIDER.exec(title);
  // "Catering – Kitchen at the Hall": after the meal word's dash, the whole rest is the provider's name.
  if (dashed && MEAL_WORD.test(dashed[1]!)) return dashed[2];
  return BY_PROVIDER.exec(title)?.[1];
}

/** Meal rows: named by their provider, placed and counted by their details; their kind by the food section's rule. */
export function typedFood(source: ExtractedSource, country: string | null = null): Draft<Food>[] | null {
  const rows = typedRows(source, 'food');
  if (!rows) return null;
  return rows.flatMap((row) => {
    if (!row.title) return [];
    const named = titleProvider(row.title.value);
    const place = row.location ? mealPlace(row.location.value) : null;
    // Named by the title's provider, else the eatery in the location column, else the POC's business (a caterer).
    const business = named ? undefined : place?.name ? { cell: row.location!, name: place.name } : pocProvider(row);
    const provider = named && !VENUE_ROOM.test(named) ? named : business?.name;
    const d: Draft<Food> = { name: cellFound(source, business?.cell ?? row.title, provider ?? row.title.value) };
    const date = rowDate(source, row);
    if (date) d.date = date;
    const time = rowTime(source, row.time);
    if (time) d.time = time;
    if (place && row.location) {
      d.address = cellFound(source, row.location, place.address);
      if (place.city) d.city = cellFound(source, row.location, place.city);
    }
    const desk = placePhoneOf(row);
    const phone = desk ? normalisePhone(desk.value, country) : null;
    if (desk && phone) d.phone = cellValue(source, desk, phone.value, 0, desk.value.length, phone.validated);
    const deskEmail = placeEmailOf(row);
    const email = deskEmail ? normaliseEmail(deskEmail.value) : null;
    if (deskEmail && email) d.email = cellValue(source, deskEmail, email, 0, deskEmail.value.length);
    if (row.details) readFoodDetails(source, row.details, d);
    const code = referenceOf(source, row);
    if (code && !d.bookingReference) d.bookingReference = code;
    // "Dinner – Casa Verde (8 pax)": a count the title carries.
    const titled = d.guestCount ? undefined : mealCount(row.title.value);
    if (titled) d.guestCount = cellValue(source, row.title, titled.value, titled.index, titled.length);
    // Served in a room of the venue ("Green room, 6 pax"), the meal is catering whoever cooks it.
    const own = kindOf(`${row.title.value}. ${row.details?.value ?? ''}`, provider ?? null);
    const kind = own === 'restaurant' && d.address && VENUE_ROOM.test(d.address.value) ? 'catering' : own;
    d.kind = found(kind, evidenceAt(source, row.type.span, 'inferred'));
    return [d];
  });
}

/**
 * "Green room, 6 pax", "Witte Straat 5, table for 8, ref 4411": the first plain part is where; counts and
 * references apart. With the place in a location column, details saying more than a count and a reference
 * ("Soup and salads, from the venue") are the meal's notes.
 */
function readFoodDetails(source: ExtractedSource, cell: TableCell, d: Draft<Food>): void {
  const count = mealCount(cell.value);
  if (count) d.guestCount = cellValue(source, cell, count.value, count.index, count.length);
  const reference = bookingReferences(cell.value)[0];
  if (reference) d.bookingReference = cellFound(source, cell, reference.value);
  if (namesDiets(cell.value)) d.notes = cellFound(source, cell, normaliseText(cell.value) ?? cell.value);
  const parts = cell.value.split(/\s*[,;·]\s*/).map((p) => p.trim()).filter(Boolean);
  // Where the meal is comes from a location column when there is one; the details then say what is served.
  if (d.address) {
    if (!d.notes && parts.some((part) => !countOrReference(part))) d.notes = cellFound(source, cell, normaliseText(cell.value) ?? cell.value);
    return;
  }
  const first = parts[0];
  if (first && !/\d{1,2}[:.]\d{2}/.test(first) && !countOrReference(first)) d.address = cellFound(source, cell, first);
}

/** A part of a meal's details that is a head count or a booking reference ("Table for 6", "ref 4411"). */
function countOrReference(part: string): boolean {
  return !!mealCount(part) || bookingReferences(part).length > 0;
}

/** The POC's business serving a meal ("X Traiteur"), as the meal's name. */
function pocProvider(row: TypedRow): { cell: TableCell; name: string } | undefined {
  const name = placeProviderOf(row);
  return name && row.poc ? { cell: row.poc, name } : undefined;
}

// ── contacts ──────────────────────────────────────────────────────────────────────────────────────

/** A contact row's title written "Role: Name". */
const ROLE_TITLE = /^([^:]{2,40}):\s*(\p{Lu}.+)$/u;

/** Contact rows: the title is the person (a first name alone too), the details their role, company, phone and e-mail. */
export function typedContacts(source: ExtractedSource, country: string | null): Draft<Contact>[] | null {
  const rows = typedRows(source, 'contact');
  if (!rows) return null;
  return rows.flatMap((row) => {
    // With a person in its POC column, the title is that person's role (typed-poc.ts reads the row).
    if (row.poc && pocParts(row.poc.value)) return [];
    const title = row.title;
    // "Tour manager: Sam Okafor": the role before the colon, the person after it.
    const titled = title ? ROLE_TITLE.exec(title.value) : null;
    const person = titled ? normalisePersonName(titled[2]!) : null;
    const name = person ?? (title ? normalisePersonName(title.value) ?? normaliseText(title.value) : null);
    if (!title?.span || !name || !row.details?.span || row.details.span[0] < title.span[1]) return [];
    // Read from the title on, so the person's own name is the name and the parts after it role and company.
    const d = contactIn(source, source.text.slice(title.span[0], row.details.span[1]), title.span[0], 'table', { country, requireName: false });
    if (!d) return [];
    // A first name alone ("Joost") is no person's name to contactIn: it would be taken for the company.
    if (d.company && foldLabel(d.company.value) === foldLabel(name)) delete d.company;
    d.name = cellFound(source, title, name);
    if (titled && person) {
      d.role = cellFound(source, title, titled[1]!.trim());
      // The location column beside such a title is the person's company (the band, the promoter, the venue).
      if (row.location?.value.trim()) d.company = cellFound(source, row.location, row.location.value.trim());
    }
    return [d];
  });
}

// ── general ───────────────────────────────────────────────────────────────────────────────────────

/** The Venue row: its title is the venue, its details the address (a trailing country read apart). */
export function venueFromTypedRows(source: ExtractedSource, draft: Draft<General>): void {
  const row = typedRows(source, 'venue')?.[0];
  if (!row?.title) return;
  draft.venue ??= cellFound(source, row.title);
  // A location column holding the street address is the address; the details are then notes.
  const details = row.location && isStreetAddress(row.location.value) ? row.location : row.details;
  if (!details?.span) return;
  const comma = details.value.lastIndexOf(',');
  const country = comma > 0 ? normaliseCountry(details.value.slice(comma + 1).trim()) : null;
  const address = country ? details.value.slice(0, comma) : details.value;
  if (country) draft.country ??= cellValue(source, details, country, comma + 1, details.value.length - comma - 1);
  addAddress(draft, source, address, details.span[0], 'table');
}

/** An event column that holds one name on every row ("Nuits du Port 2027" beside each item) names the event. */
export function eventFromTypedRows(source: ExtractedSource, draft: Draft<General>): void {
  const rows = typedRows(source, 'flight', 'transfer', 'hotel', 'venue', 'food', 'contact', 'note', 'schedule');
  const first = rows?.[0]?.event;
  if (!first || !rows!.every((row) => row.event && foldLabel(row.event.value) === foldLabel(first.value))) return;
  draft.eventName ??= cellFound(source, first);
}

// ── flights ───────────────────────────────────────────────────────────────────────────────────────

/** The list after its label runs to the cell's end, to a full stop that closes a sentence (not an initial's "J.") or to a spaced "·" before the next item. */
const PASSENGER_LIST = /\b(?:passengers?|pax|passagiere|passagerare|resenärer|pasajeros|passagers|passagiers|travell?ers?|reisende|seats?|seating|sitzplätze|platser|asientos|sièges|stoelen)\s*:\s*(.+?)\s*(?:(?<!\b\p{Lu})\.(?:\s|$)|[·|]\s|$)/iu;
/** A passenger's seat after the name, in brackets ("Ben Cole (21A)") or bare ("Ben Cole 21A"). */
const SEAT_AFTER_NAME = /\s*(?:\((\d{1,2}[A-K])\)|\s(\d{1,2}[A-K]))\s*$/i;

/**
 * The passengers of the flight row whose title holds the flight number at `offset`: "Passengers: Ben
 * Cole (21A), Ada Park" or "Seats: Ben Cole 21A, Ada Park 21B" in its details, each with the seat after
 * the name; a remark in brackets ("(seats at check-in)") is no seat.
 */
export function typedPassengers(r: Reader, offset: number): Draft<Passenger>[] {
  const row = typedRows(r.source, 'flight')?.find((x) => x.title?.span && x.title.span[0] <= offset && offset < x.title.span[1]);
  const cell = row?.details;
  const list = cell?.span ? PASSENGER_LIST.exec(cell.value) : null;
  if (!cell?.span || !list) return [];
  const out: Draft<Passenger>[] = [];
  let from = list.index + list[0].indexOf(list[1]!);
  for (const part of list[1]!.split(/\s*[,;]\s*/)) {
    const at = cell.value.indexOf(part, from);
    from = at + part.length;
    const seat = SEAT_AFTER_NAME.exec(part);
    const written = seat?.[1] ?? seat?.[2];
    const name = normalisePersonName(part.slice(0, seat ? seat.index : undefined).replace(/\s*\([^()]*\)\s*$/, ''));
    if (!name || !/\p{L}{2,}\s+\p{L}/u.test(name)) continue;
    const base = cell.span[0] + at;
    const p: Draft<Passenger> = { name: r.at(name, [base, base + name.length], null, 'table') };
    const value = written ? normaliseSeat(written) : null;
    if (seat && written && value) {
      const seatAt = base + seat.index + seat[0].indexOf(written);
      p.seat = r.at(value, [seatAt, seatAt + written.length], true, 'table');
    }
    out.push(p);
  }
  return out;
}
