/**
 * How each list of ImportData maps to its table: one spec per child table drives both the insert
 * (JSON array → rows, in one statement) and the read back (rows → the same JSON shape), so the two
 * directions cannot disagree.
 */

/** [column, ImportData field, SQL type] */
export type Column = readonly [column: string, field: string, type: string];

export interface ChildTable {
  table: string;
  /** The ImportData list it holds. */
  list: 'hotels' | 'flights' | 'food' | 'activities' | 'contacts';
  columns: readonly Column[];
}

const place: Column[] = [['address', 'address', 'text'], ['city', 'city', 'text']];
const reachable: Column[] = [['phone', 'phone', 'text'], ['email', 'email', 'text']];

export const CHILD_TABLES: readonly ChildTable[] = [
  {
    table: 'show_hotels', list: 'hotels', columns: [
      ['name', 'name', 'text'], ...place, ['country', 'country', 'text'],
      ['check_in_date', 'checkInDate', 'date'], ['check_in_time', 'checkInTime', 'text'],
      ['check_out_date', 'checkOutDate', 'date'], ['check_out_time', 'checkOutTime', 'text'],
      ['rooms', 'rooms', 'integer'], ['guests', 'guests', 'text[]'],
      ['booking_reference', 'bookingReference', 'text'], ...reachable, ['notes', 'notes', 'text'],
    ],
  },
  {
    table: 'show_flights', list: 'flights', columns: [
      ['airline', 'airline', 'text'], ['flight_number', 'flightNumber', 'text'], ['date', 'date', 'date'],
      ['from_airport', 'fromAirport', 'text'], ['from_city', 'fromCity', 'text'],
      ['to_airport', 'toAirport', 'text'], ['to_city', 'toCity', 'text'],
      ['departure_time', 'departureTime', 'text'], ['arrival_time', 'arrivalTime', 'text'],
      ['duration_minutes', 'durationMinutes', 'integer'], ['aircraft', 'aircraft', 'text'],
      ['travel_class', 'travelClass', 'text'], ['booking_reference', 'bookingReference', 'text'],
      ['direction', 'direction', 'text'],
    ],
  },
  {
    table: 'show_food', list: 'food', columns: [
      ['name', 'name', 'text'], ['kind', 'kind', 'text'], ...place, ...reachable, ['date', 'date', 'date'],
      ['time', 'time', 'text'], ['guest_count', 'guestCount', 'integer'],
      ['booking_reference', 'bookingReference', 'text'], ['notes', 'notes', 'text'],
    ],
  },
  {
    table: 'show_activities', list: 'activities', columns: [
      ['name', 'name', 'text'], ['kind', 'kind', 'text'], ['date', 'date', 'date'],
      ['start_time', 'startTime', 'text'], ['end_time', 'endTime', 'text'], ['location', 'location', 'text'],
      ['destination', 'destination', 'text'], ['notes', 'notes', 'text'],
    ],
  },
  {
    table: 'show_contacts', list: 'contacts', columns: [
      ['name', 'name', 'text'], ['role', 'role', 'text'], ['company', 'company', 'text'], ...reachable,
    ],
  },
];

export const PASSENGER_COLUMNS: readonly Column[] = [
  ['name', 'name', 'text'], ['seat', 'seat', 'text'], ['ticket_number', 'ticketNumber', 'text'],
];

export const GENERAL_COLUMNS: readonly Column[] = [
  ['artist', 'artist', 'text'], ['event_name', 'eventName', 'text'], ['venue', 'venue', 'text'],
  ['address', 'address', 'text'], ['city', 'city', 'text'], ['country', 'country', 'text'],
  ['date', 'date', 'date'], ['doors_time', 'doorsTime', 'text'], ['set_time', 'setTime', 'text'],
  ['set_length_minutes', 'setLengthMinutes', 'integer'], ['soundcheck_time', 'soundcheckTime', 'text'],
  ['curfew_time', 'curfewTime', 'text'],
];

const quoted = (name: string) => `"${name}"`;

/** `r("checkInDate" date, …)`: the record type jsonb_to_record reads an item with. */
export function recordType(columns: readonly Column[]): string {
  return columns.map(([, field, type]) => `${quoted(field)} ${type}`).join(', ');
}

/** `json_build_object('checkInDate', t.check_in_date, …)`: a row read back in the contract's shape. */
export function jsonObject(columns: readonly Column[], alias: string): string {
  return `json_build_object(${columns.map(([column, field]) => `'${field}', ${alias}.${column}`).join(', ')})`;
}
