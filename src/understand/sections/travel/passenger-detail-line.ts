/**
 * A day sheet's flight table may be followed by one line on its passenger, the details after middle
 * dots: "Passenger: Ann Lee · Seat 22A · Economy · Booking code QX7P2L · Ticket 157-…". For a source
 * with one flight, the line gives that flight's passenger name and seat, its cabin and its booking
 * reference (labels as the lexicon knows them, in any of its languages: "Passagierin", "Sitz", "Buchungscode").
 */
import { labelKey } from '../../text/index.js';
import { normalisePersonName, normaliseSeat } from '../../normalise/index.js';
import { CABIN } from './segments.js';
import type { Hit } from './phrases.js';

export interface PassengerDetails {
  name: Hit<string>;
  seat?: Hit<string>;
  cabin?: Hit<string>;
  reference?: Hit<string>;
}

const LINE = /^[ \t]*([\p{L} ]{3,30}?)[ \t]*:[ \t]*(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})((?:[ \t]+[·•|][ \t]+[^·•|\n]+)+)[ \t]*$/gmu;
const ITEM = /[·•|][ \t]+([^·•|\n]*[^·•|\s])/gu;
/** An item's label and its value: "Seat 22A", "Booking code: QX7P2L". */
const LABELLED_ITEM = /^(\p{L}[\p{L} .-]{1,30}?)[ \t]*:?[ \t]+([A-Z0-9]{2,8})$/u;

/** The passenger lines of `text`, each with the details it gives. */
export function passengerDetailLines(text: string): PassengerDetails[] {
  const out: PassengerDetails[] = [];
  for (const m of text.matchAll(LINE)) {
    if (labelKey(m[1]!.trim()) !== 'passenger') continue;
    const name = normalisePersonName(m[2]!);
    if (!name) continue;
    const nameAt = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const found: PassengerDetails = { name: { value: name, index: nameAt, length: m[2]!.length } };
    const detailsAt = m.index + m[0].lastIndexOf(m[3]!);
    for (const item of m[3]!.matchAll(ITEM)) {
      const value = item[1]!;
      const at = detailsAt + item.index + item[0].indexOf(value);
      const pair = LABELLED_ITEM.exec(value);
      const key = pair ? labelKey(pair[1]!.trim()) : null;
      const valueAt = pair ? at + value.length - pair[2]!.length : at;
      if (key === 'seat') {
        const seat = normaliseSeat(pair![2]!);
        if (seat) found.seat ??= { value: seat, index: valueAt, length: pair![2]!.length };
      } else if (key === 'booking_reference' && /\d/.test(pair![2]!) && /[A-Z]/.test(pair![2]!)) {
        found.reference ??= { value: pair![2]!, index: valueAt, length: pair![2]!.length };
      } else if (!pair) {
        const cabin = CABIN.exec(value);
        if (cabin && cabin[0].length === value.length) found.cabin ??= { value, index: at, length: value.length };
      }
    }
    out.push(found);
  }
  return out;
}
