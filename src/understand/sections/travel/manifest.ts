/**
 * Flight manifests: a table with one row per passenger per flight (an agency's group list, a CSV
 * export), under a header that names a flight column and the passenger's name column(s)
 * ("Nachname | Vorname | Ticketnummer | Flug | … | Sitz | Gerät", "PNR | Surname | First name |
 * Flight | Seat"). The text reader finds the segments (a row states a flight's route and times); the
 * rows give each flight its passengers by name, their seats and tickets, and the booking's PNR and
 * aircraft when its cells state them. Ticket-number reading alone would take only the cell before
 * the ticket (the given name) as the name, and knows no seat column.
 */
import { normalisePersonName, normaliseSeat, normaliseTicketNumber, normaliseBookingReference, normaliseFlightNumber, normaliseText } from '../../normalise/index.js';
import type { Flight, Passenger } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import type { Line } from '../../text/index.js';
import type { Hit } from './phrases.js';
import type { Reader } from './reader.js';
import { cellsOf, type Cell } from './route-table.js';

type Role = 'flight' | 'name' | 'surname' | 'given' | 'seat' | 'ticket' | 'pnr' | 'aircraft';

/** Column labels by role (EN/DE/SV/DA/NO/NL/ES/FR/IT), compared whole, without a trailing colon or dot. */
const COLUMN: [Role, RegExp][] = [
  ['flight', /^(?:flight(?:\s*(?:no|number|nr|#))?|flug(?:\s*nr|nummer)?|flugnummer|flyg(?:nummer)?|fly|vuelo|vol|volo|vlucht|flt)$/],
  ['surname', /^(?:surname|last\s*name|family\s*name|nachname|familienname|efternavn|etternavn|efternamn|achternaam|apellidos?|nom(?:\s+de\s+famille)?|cognome)$/],
  ['given', /^(?:first\s*name|given\s*names?|forename|vorname|fornavn|förnamn|voornaam|nombre|pr[ée]nom|nome)$/],
  ['name', /^(?:name|passenger(?:\s*name)?|pax(?:\s*name)?|traveller|traveler|passagier(?:name)?|reisender?|namn|navn|resenär|pasajero|passager|passeggero)$/],
  ['seat', /^(?:seat|sitz(?:platz)?|plats|sæde|sete|stoel|asiento|si[èe]ge|posto)$/],
  ['ticket', /^(?:e-?ticket(?:\s*(?:no|number|nr))?|ticket(?:\s*(?:no|number|nr))?|ticketnummer|ticket-?nr|biljett(?:nummer)?|billete|billet)$/],
  ['pnr', /^(?:pnr|booking\s*(?:ref(?:erence)?|code)|locator|buchungscode|buchungsnummer|filekey|localizador|bokningsnummer)$/],
  ['aircraft', /^(?:aircraft|equipment|ger[äa]t|flugzeug(?:typ)?|fluggerät|flygplan|avion|avi[óo]n|aereo|type)$/],
];


function roleOf(label: string): Role | undefined {
  const key = label.toLowerCase().replace(/[:.]$/, '').trim();
  return COLUMN.find(([, re]) => re.test(key))?.[0];
}

export interface ManifestRow {
  flightNumber: string;
  name?: Hit<string>;
  seat?: Hit<string>;
  ticket?: Hit<string>;
  pnr?: Hit<string>;
  aircraft?: Hit<string>;
}

const hit = (value: string, c: Cell): Hit<string> => ({ value, index: c.index, length: c.text.length });

/** The rows of every manifest table in the lines: a header with a flight and a name column, then its tab rows. */
export function manifestRows(lines: Line[]): ManifestRow[] {
  const out: ManifestRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(lines[i]!);
    if (header.length < 4) continue;
    const cols: Partial<Record<Role, number>> = {};
    header.forEach((c, k) => {
      const role = roleOf(c.text);
      if (role && cols[role] === undefined) cols[role] = k;
    });
    if (cols.flight === undefined || (cols.name === undefined && cols.surname === undefined)) continue;
    let j = i + 1;
    // A flight's cell merged down over its passengers' rows (a spreadsheet) is empty below the first.
    let above: string | undefined;
    for (; j < lines.length && lines[j]!.text.includes('\t'); j++) {
      const row = cellsOf(lines[j]!);
      const get = (role: Role) => {
        const c = cols[role] === undefined ? undefined : row[cols[role]!];
        return c && c.text && !/^[-–—/.]*$/.test(c.text) ? c : undefined;
      };
      const cell = get('flight');
      const fn = cell ? normaliseFlightNumber(cell.text) : null;
      above = cell ? (fn?.validated ? fn.value : undefined) : above;
      if (!above) continue;
      const r: ManifestRow = { flightNumber: above };
      const surname = get('surname'), given = get('given'), whole = get('name');
      if (surname) {
        const name = normalisePersonName(given ? `${given.text} ${surname.text}` : surname.text);
        const first = given && given.index < surname.index ? given : surname;
        const last = given && given.index > surname.index ? given : surname;
        if (name) r.name = { value: name, index: first.index, length: last.index + last.text.length - first.index };
      } else if (whole) {
        const name = normalisePersonName(whole.text);
        if (name) r.name = hit(name, whole);
      }
      const seat = get('seat') && normaliseSeat(get('seat')!.text);
      if (seat) r.seat = hit(seat, get('seat')!);
      const ticket = get('ticket') && normaliseTicketNumber(get('ticket')!.text);
      if (ticket) r.ticket = hit(ticket, get('ticket')!);
      const pnr = get('pnr') && normaliseBookingReference(get('pnr')!.text);
      if (pnr) r.pnr = hit(pnr, get('pnr')!);
      const aircraft = get('aircraft') && normaliseText(get('aircraft')!.text);
      if (aircraft && /\d/.test(aircraft)) r.aircraft = hit(aircraft, get('aircraft')!);
      if (r.name) out.push(r);
    }
    i = j - 1;
  }
  return out;
}

/**
 * Gives each flight drafted from the text the manifest's rows for its number: its passengers (one
 * per name, as the rows list them), and the PNR and aircraft the rows state when the text gave none.
 */
export function applyManifest(r: Reader, drafts: Draft<Flight>[], rows: ManifestRow[]): void {
  if (!rows.length) return;
  const at = (h: Hit<string>) => r.at(h.value, [h.index, h.index + h.length], true, 'pattern');
  for (const d of drafts) {
    const mine = rows.filter((row) => row.flightNumber === d.flightNumber?.value);
    if (!mine.length) continue;
    const passengers: Draft<Passenger>[] = [];
    const seen = new Set<string>();
    for (const row of mine) {
      if (!row.name || seen.has(row.name.value)) continue;
      seen.add(row.name.value);
      const p: Draft<Passenger> = { name: at(row.name) };
      if (row.seat) p.seat = at(row.seat);
      if (row.ticket) p.ticketNumber = at(row.ticket);
      passengers.push(p);
    }
    // The text's own reading may have found more of them (rows the table lost): the longer list stays.
    const named = new Set((d.passengers ?? []).map((p) => p.name?.value).filter((n) => n));
    if (passengers.length >= named.size) d.passengers = passengers;
    const pnr = mine.find((row) => row.pnr)?.pnr;
    if (pnr && !d.bookingReference) d.bookingReference = at(pnr);
    const aircraft = mine.find((row) => row.aircraft)?.aircraft;
    if (aircraft && !d.aircraft) d.aircraft = r.at(aircraft.value, [aircraft.index, aircraft.index + aircraft.length], null, 'pattern');
  }
}
