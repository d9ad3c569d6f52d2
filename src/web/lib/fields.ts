/**
 * The nine sections of ImportData as the screens show them: each field's label and kind. Kinds drive
 * the editor (text box, number box, choice) and the normalisation before commit — never a Date: dates
 * and times stay the strings the extractor wrote, in the show's local terms.
 */
import type { ImportSection } from '../../interfaces.js';

export type FieldKind =
  | { type: 'text'; long?: boolean }
  | { type: 'date' } | { type: 'time' } | { type: 'datetime' }
  | { type: 'integer' } | { type: 'number' }
  | { type: 'upper'; hint: string } | { type: 'lower' }
  | { type: 'choice'; options: readonly string[]; required?: boolean }
  | { type: 'names' };

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
}

const text: FieldKind = { type: 'text' };
const long: FieldKind = { type: 'text', long: true };
const date: FieldKind = { type: 'date' };
const time: FieldKind = { type: 'time' };
const integer: FieldKind = { type: 'integer' };
const email: FieldKind = { type: 'lower' };
const reference: FieldKind = { type: 'upper', hint: 'as printed' };
const country: FieldKind = { type: 'upper', hint: 'ISO code, e.g. SE' };
const f = (key: string, label: string, kind: FieldKind = text): FieldSpec => ({ key, label, kind });

const DEAL_TYPES = ['guarantee', 'guarantee_vs_percentage', 'door_split', 'flat', 'other'] as const;
const ACTIVITY_KINDS = ['soundcheck', 'load_in', 'doors', 'set', 'curfew', 'transfer', 'meeting', 'interview', 'other'] as const;
export const DOCUMENT_CATEGORIES = [
  'contract', 'rider', 'itinerary', 'hotel_confirmation', 'flight_ticket', 'boarding_pass', 'visa', 'invoice',
  'contact_sheet', 'other',
] as const;

export const RECORD_FIELDS = {
  general: [
    f('artist', 'Artist'), f('eventName', 'Event'), f('venue', 'Venue'), f('address', 'Address'), f('city', 'City'),
    f('country', 'Country', country), f('date', 'Date', date), f('doorsTime', 'Doors', time), f('setTime', 'Set', time),
    f('setLengthMinutes', 'Set length (min)', integer), f('soundcheckTime', 'Soundcheck', time), f('curfewTime', 'Curfew', time),
  ],
  deal: [
    f('fee', 'Fee', { type: 'number' }), f('currency', 'Currency', { type: 'upper', hint: 'ISO code, e.g. EUR' }),
    f('dealType', 'Deal type', { type: 'choice', options: DEAL_TYPES }), f('paymentTerms', 'Payment terms', long),
    f('depositPercent', 'Deposit %', { type: 'number' }), f('notes', 'Notes', long),
  ],
  technical: [
    f('equipment', 'Equipment', long), f('backline', 'Backline', long), f('stage', 'Stage', long),
    f('lighting', 'Lighting', long), f('sound', 'Sound', long), f('video', 'Video', long), f('other', 'Other', long),
  ],
} as const satisfies Record<string, FieldSpec[]>;

export const LIST_FIELDS = {
  hotels: [
    f('name', 'Hotel'), f('address', 'Address'), f('city', 'City'), f('country', 'Country', country),
    f('checkInDate', 'Check-in date', date), f('checkInTime', 'Check-in time', time),
    f('checkOutDate', 'Check-out date', date), f('checkOutTime', 'Check-out time', time), f('rooms', 'Rooms', integer),
    f('guests', 'Guests', { type: 'names' }), f('bookingReference', 'Booking ref.', reference), f('phone', 'Phone'),
    f('email', 'E-mail', email), f('notes', 'Notes', long),
  ],
  flights: [
    f('airline', 'Airline'), f('flightNumber', 'Flight', { type: 'upper', hint: 'e.g. SK141' }), f('date', 'Date', date),
    f('fromAirport', 'From', { type: 'upper', hint: 'IATA, e.g. ARN' }), f('fromCity', 'From city'),
    f('toAirport', 'To', { type: 'upper', hint: 'IATA, e.g. BCN' }), f('toCity', 'To city'),
    f('departureTime', 'Departs (local)', { type: 'datetime' }), f('arrivalTime', 'Arrives (local)', { type: 'datetime' }),
    f('durationMinutes', 'Duration (min)', integer), f('aircraft', 'Aircraft'), f('travelClass', 'Class'),
    f('bookingReference', 'Booking ref.', reference), f('direction', 'Direction', { type: 'choice', options: ['inbound', 'outbound'] }),
  ],
  passengers: [f('name', 'Passenger'), f('seat', 'Seat', { type: 'upper', hint: 'e.g. 7F' }), f('ticketNumber', 'Ticket no.')],
  food: [
    f('name', 'Name'), f('kind', 'Kind', { type: 'choice', options: ['catering', 'restaurant', 'buyout'] }),
    f('address', 'Address'), f('city', 'City'), f('phone', 'Phone'), f('email', 'E-mail', email), f('date', 'Date', date),
    f('time', 'Time', time), f('guestCount', 'Guests', integer), f('bookingReference', 'Booking ref.', reference),
    f('notes', 'Notes', long),
  ],
  activities: [
    f('name', 'Activity'), f('kind', 'Kind', { type: 'choice', options: ACTIVITY_KINDS, required: true }), f('date', 'Date', date),
    f('startTime', 'Starts', time), f('endTime', 'Ends', time), f('location', 'Location'), f('destination', 'Destination'),
    f('notes', 'Notes', long),
  ],
  contacts: [
    f('name', 'Name'), f('role', 'Role'), f('company', 'Company'), f('phone', 'Phone'), f('email', 'E-mail', email),
  ],
} as const satisfies Record<string, FieldSpec[]>;

export type RecordSection = keyof typeof RECORD_FIELDS;
export type ListSection = Exclude<keyof typeof LIST_FIELDS, 'passengers'>;

export const SECTION_TITLES: Record<ImportSection, string> = {
  general: 'General', deal: 'Deal', hotels: 'Hotels', flights: 'Flights', food: 'Food', activities: 'Activities',
  contacts: 'Contacts', technical: 'Technical', documents: 'Documents',
};

/** Item title in a list: what a person would call it. */
export const ITEM_NOUN: Record<ListSection | 'passengers', string> = {
  hotels: 'hotel', flights: 'flight', food: 'food booking', activities: 'activity', contacts: 'contact', passengers: 'passenger',
};

/** "load_in" → "load in": choices are shown as words. */
export const humanise = (value: string): string => value.replace(/_/g, ' ');
