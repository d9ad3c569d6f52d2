/**
 * A stay's facts on unlabelled lines right below its labelled values: a day sheet's hotel block ends
 * "Check-out: Sun 11:00" then "4 rooms (2 twin, 2 single) · Conf. AB-1234", the count and the booking
 * reference written as a phrase. Up to two lines are read, not past a blank line or a heading (the
 * next block: "CONTACTS").
 */
import { bookingReferences, roomTotal, type Hit } from './phrases.js';

const LINES = 2;
const HEADING = /^[\p{Lu}\s&/-]+:?$/u;

export interface StayLineFacts {
  rooms?: Hit<number>;
  reference?: Hit<string>;
}

/** The room count and reference on the lines after the one holding `offset` in `text`. */
export function stayFactsBelow(text: string, offset: number): StayLineFacts {
  const facts: StayLineFacts = {};
  let end = text.indexOf('\n', offset);
  for (let k = 0; k < LINES && end >= 0; k++) {
    const start = end + 1;
    end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? undefined : end);
    if (!line.trim() || HEADING.test(line.trim())) break;
    const rooms = roomTotal(line);
    if (rooms) facts.rooms ??= { ...rooms, index: start + rooms.index };
    const reference = bookingReferences(line)[0];
    if (reference) facts.reference ??= { value: reference.value, index: start + reference.index, length: reference.length };
  }
  return facts;
}
