/**
 * The data contract (IMPORT_DATA.md) as a zod schema, so that a committed ImportData — possibly edited
 * by a person — is checked with the same normalised forms the extractor must produce: every key
 * present, unknown values null, no extra keys. Typed against src/interfaces.ts so the two cannot drift.
 */
import { z } from 'zod';
import type { ImportData } from '../interfaces.js';

const nullablePattern = (pattern: RegExp, what: string) => z.string().regex(pattern, `expected ${what}`).nullable();

const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const TEXT = /^\S+( \S+)*$/;

const date = nullablePattern(DATE, 'YYYY-MM-DD');
const time = nullablePattern(TIME, 'HH:MM');
const localDateTime = nullablePattern(
  /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$/, 'YYYY-MM-DDTHH:MM');
const text = nullablePattern(TEXT, 'trimmed text with single spaces');
const count = z.number().int().min(0).nullable();
const country = nullablePattern(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');
const phone = nullablePattern(/^(\+[1-9][0-9]{6,14}|[0-9]{3,20})$/, 'an E.164 phone number');
const email = nullablePattern(/^[^@\sA-Z]+@[^@\sA-Z]+\.[^@\sA-Z]+$/, 'a lower-case e-mail address');
const reference = nullablePattern(/^[^\sa-z]+$/, 'an upper-case reference without spaces');

const general = z.strictObject({
  artist: text, eventName: text, venue: text, address: text, city: text, country, date,
  doorsTime: time, setTime: time, setLengthMinutes: count, soundcheckTime: time, curfewTime: time,
});

const deal = z.strictObject({
  fee: z.number().min(0).nullable(),
  currency: nullablePattern(/^[A-Z]{3}$/, 'an ISO 4217 code'),
  dealType: z.enum(['guarantee', 'guarantee_vs_percentage', 'door_split', 'flat', 'other']).nullable(),
  paymentTerms: text,
  depositPercent: z.number().min(0).max(100).nullable(),
  notes: text,
});

const hotel = z.strictObject({
  name: text, address: text, city: text, country, checkInDate: date, checkInTime: time,
  checkOutDate: date, checkOutTime: time, rooms: count, guests: z.array(z.string().regex(TEXT)),
  bookingReference: reference, phone, email, notes: text,
});

const passenger = z.strictObject({
  name: text,
  seat: nullablePattern(/^[1-9][0-9]{0,2}[A-Z]$/, 'a seat such as 7F'),
  ticketNumber: nullablePattern(/^[0-9]+$/, 'digits'),
});

const flight = z.strictObject({
  airline: nullablePattern(/^([A-Z0-9]{2}|\S+( \S+)*)$/, 'an IATA designator or a name'),
  flightNumber: nullablePattern(/^([A-Z]{2}|[A-Z][0-9]|[0-9][A-Z])[1-9][0-9]{0,3}[A-Z]?$/, 'a flight number such as SK141'),
  date,
  fromAirport: nullablePattern(/^[A-Z]{3}$/, 'an IATA airport code'), fromCity: text,
  toAirport: nullablePattern(/^[A-Z]{3}$/, 'an IATA airport code'), toCity: text,
  departureTime: localDateTime, arrivalTime: localDateTime, durationMinutes: count,
  aircraft: text, travelClass: text, bookingReference: reference,
  direction: z.enum(['inbound', 'outbound']).nullable(),
  passengers: z.array(passenger),
});

const food = z.strictObject({
  name: text, kind: z.enum(['catering', 'restaurant', 'buyout']).nullable(), address: text, city: text,
  phone, email, date, time, guestCount: count, bookingReference: reference, notes: text,
});

const activity = z.strictObject({
  name: text,
  kind: z.enum(['soundcheck', 'load_in', 'doors', 'set', 'curfew', 'transfer', 'meeting', 'interview', 'other']),
  date, startTime: time, endTime: time, location: text, destination: text, notes: text,
});

const contact = z.strictObject({ name: text, role: text, company: text, phone, email });

const technical = z.strictObject({
  equipment: text, backline: text, stage: text, lighting: text, sound: text, video: text, other: text,
});

const document = z.strictObject({
  fileName: z.string().min(1),
  mimeType: nullablePattern(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/, 'a MIME type'),
  sizeBytes: z.number().int().min(0).nullable(),
  pages: z.number().int().min(1).nullable(),
  category: z.enum(['contract', 'rider', 'itinerary', 'hotel_confirmation', 'flight_ticket', 'boarding_pass',
    'visa', 'invoice', 'contact_sheet', 'other']),
});

const warning = z.strictObject({ code: z.string().min(1), message: z.string(), sources: z.array(z.string()) });

export const importDataSchema = z.strictObject({
  general, deal, hotels: z.array(hotel), flights: z.array(flight), food: z.array(food),
  activities: z.array(activity), contacts: z.array(contact), technical, documents: z.array(document),
  warnings: z.array(warning),
}) satisfies z.ZodType<ImportData>;
