/**
 * The details column of an itinerary's time line ("05:30 ⇥ Van to airport ⇥ Hotel X → Terminal 3.
 * Driver Sam."): a route written first is where the ride goes from and to, and the sentences after
 * its destination are the item's note. The destination ends at the first full stop after a word of
 * three letters or more (or a number), so "St. Pauli" stays whole; a lower-case remark in brackets
 * after it ("Hotel X (about 50 min)") is the note too.
 */
import { ROUTE } from './activity-kinds.js';
import { isStreetAddress } from './place.js';

export interface ColumnRoute {
  from: { value: string; index: number };
  to: { value: string; index: number };
  note?: { value: string; index: number };
}

// Also after a station's one-letter suffix ("Stockholm C. Taxi booked"), not after an initial standing first.
const SENTENCE_END = /(?<=(?:\p{L}{3}|\d|\p{L}{3} \p{Lu}))\.\s+(?=\p{Lu})/u;
/** "Avresa Stockholm C kl. 10.21 → Ankomst Malmö C kl. 14.47": a departure or arrival word and the clock time are not the place. */
const LEG_WORD = /^(?:avresa|avgång|ankomst|afgang|ankomst|dep(?:\.|art(?:ure)?)?|arr(?:\.|ival)?|abfahrt|ankunft|ab|an|salida|llegada|départ|arrivée|vertrek|aankomst)\s+/iu;
const CLOCK_AFTER = /\s+(?:(?:kl|klo|at|um|à|a las|om)\.?\s*)?\d{1,2}[:.]\d{2}$/iu;

const REMARK_AFTER = /\s*\((\p{Ll}[^()]{2,80})\)$/u;
/** "Airport (XYZ), for AB123 to Rome": what the ride is for (its flight or train) is no part of where it goes. */
const RIDE_PURPOSE = /,\s*(?:for|to catch|in time for)\s+(?:the\s+|your\s+)?(?:[A-Z\d]{2}\s?\d{1,4}\b|flight|train|ferry)/u;

function place(value: string, index: number): { value: string; index: number } {
  const word = LEG_WORD.exec(value);
  const rest = word ? value.slice(word[0].length) : value;
  const bare = rest.replace(CLOCK_AFTER, '');
  // Only when a clock time followed: "Ab Hof" alone stays as written.
  if (!word || bare === rest || !bare.trim()) return { value, index };
  return { value: bare.trim(), index: index + word[0].length };
}

/** The route and the note after it in a details column; null when the column is no route. */
export function columnRoute(text: string): ColumnRoute | null {
  const m = ROUTE.exec(text);
  if (!m) return null;
  const from = m[1]!.trim();
  const toAt = text.lastIndexOf(m[2]!);
  const end = SENTENCE_END.exec(m[2]!);
  const sentence = end ? m[2]!.slice(0, end.index) : m[2]!;
  const purpose = RIDE_PURPOSE.exec(sentence);
  const written = (purpose ? sentence.slice(0, purpose.index) : sentence).trim().replace(/\.$/, '');
  // "Hotel X (about 50 min)": a lower-case remark in brackets after the destination is the ride's note, no part of the place.
  const remark = end ? null : REMARK_AFTER.exec(written);
  const to = remark ? written.slice(0, remark.index) : written;
  if (!from || !to) return null;
  const out: ColumnRoute = { from: place(from, text.indexOf(from)), to: place(to, toAt) };
  if (remark) out.note = { value: remark[1]!, index: toAt + remark.index + remark[0].indexOf(remark[1]!) };
  if (end) {
    const noteAt = toAt + end.index + end[0].length;
    const note = text.slice(noteAt).trim();
    if (note) out.note = { value: note, index: noteAt };
  }
  return out;
}

/** "2 local hands", "Ann + Bo, 15 min, by phone": a count of people (not a house number) or a length says how, not where. */
const COUNT_FIRST = /^\d+\s+\p{Ll}/u;
const LENGTH_PART = /\b\d{1,3}\s*min(?:utes?|s)?\b/i;

/** Whether a time line's details column is a note about the item rather than the place it is at. */
export function isNoteColumn(text: string): boolean {
  return (COUNT_FIRST.test(text) && !isStreetAddress(text)) || LENGTH_PART.test(text);
}

/**
 * A route said in words right after a ride's time: "from KRK arrivals to Hotel X (the band lands at
 * 10:20)", "von Bahnhof zum Hotel". The destination ends at a bracket or at a sentence's end.
 */
const WORD_ROUTE = /^\s*[,;]?\s*(?:from|von|ab|från|fra|desde|depuis|da|van)\s+(?:the\s+)?(.+?)\s+(?:to|nach|zum|zur|till|til|hasta|al|à|a|naar)\s+(?:the\s+)?(.+?)(?=\s*\(|[,.;:](?:\s|$)|\s+(?:on|at|um|am)\s+\d|$)/iu;

export function wordRoute(text: string): ColumnRoute | null {
  const m = WORD_ROUTE.exec(text);
  if (!m || /\d{1,2}[:.]\d{2}/.test(m[1]!)) return null;
  const fromAt = m[0].indexOf(m[1]!, m[0].search(/\S/));
  return { from: { value: m[1]!, index: fromAt }, to: { value: m[2]!, index: m[0].lastIndexOf(m[2]!) } };
}
