/**
 * An app's booking card (a phone screenshot read by OCR) labels its values from the line above,
 * blank lines between: "Passenger" over "Ms Aino Example", "Seat  Baggage" over "14C  1 cabin bag".
 * For a one-flight, one-passenger booking the card's name and seat are that passenger's: text
 * readers that expect "Label: value" on one line find neither.
 */
import type { Passenger } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import { normalisePersonName, normaliseSeat } from '../../normalise/index.js';
import type { Reader } from './reader.js';

const PASSENGER_LABEL = /(?:^|\n)[ \t]*(?:passenger|traveller|traveler|passagier|passagerare|passasjer|passager|pasajero|passeggero|matkustaja)[ \t]*:?[ \t]*\n[ \t\n]*([^\n]+)/i;
/** A row of labels that opens with the seat's ("Seat  Baggage"), then the row of their values. */
const SEAT_LABEL = /(?:^|\n)[ \t]*(?:seat|sitzplatz|sitz|plats|sete|s[æa]de|si[èe]ge|asiento|posto|istumapaikka|paikka)(?:[ \t]+\p{Lu}[\p{L}]*){0,3}[ \t]*\n[ \t\n]*0?(\d{1,2}[A-K])(?![\p{L}\d])/iu;

export function fillFromCard(r: Reader, passengers: Draft<Passenger>[], text: string): Draft<Passenger>[] {
  if (passengers.length > 1) return passengers;
  const out = passengers.length ? passengers : [{}];
  const p = out[0]!;
  if (!p.name) {
    const m = PASSENGER_LABEL.exec(text);
    const raw = m?.[1]!.trim();
    const name = raw && /^\p{L}[\p{L}'.-]*(?:[ ]\p{L}[\p{L}'.-]*){1,4}$/u.test(raw) ? normalisePersonName(raw) : null;
    if (m && raw && name && name.includes(' ')) {
      const at = m.index + m[0].length - m[1]!.length + m[1]!.indexOf(raw);
      p.name = r.at(name, [at, at + raw.length], null, 'label');
    }
  }
  if (!p.seat) {
    const m = SEAT_LABEL.exec(text);
    const seat = m && normaliseSeat(m[1]!);
    if (m && seat) {
      const at = m.index + m[0].length - m[1]!.length;
      p.seat = r.at(seat, [at, at + m[1]!.length], null, 'label');
    }
  }
  return Object.keys(p).length ? out : passengers;
}
