/**
 * A booking number written in a hotel's paragraph is the stay's, not the flights': in a chat or a
 * note, "The Tamarind Rooms, 48 Orchid Rd / 3 rooms, check-in Fri 3pm / Conf no. TMR-2231" gives the
 * hotel's confirmation, and a flight elsewhere in the text is not booked under it. The paragraph
 * (lines between blank lines) must speak of the stay (check-in, rooms) and name no flight.
 */
import type { Hit } from './phrases.js';

const STAY = /(?<!\p{L})(?:check[- ]?in|check[- ]?out|\d+\s+(?:rooms?|twins?|singles?|doubles?)|hotel|breakfast)(?!\p{L})/iu;
const FLIGHT_NUMBER = /(?<![A-Za-z0-9])(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{2,4}(?![\d:])/u;
const FLIGHT_WORD = /(?<!\p{L})(?:flights?|flug|vuelo|vol|volo|pnr|e-?ticket|airline|boarding)(?!\p{L})/iu;
const BREAK = /\n[ \t]*\n/g;

export function inStayParagraph(text: string, ref: Hit<string>): boolean {
  let start = 0;
  for (const m of text.slice(0, ref.index).matchAll(BREAK)) start = m.index + m[0].length;
  const afterBreak = text.slice(ref.index).search(/\n[ \t]*\n/);
  const end = afterBreak < 0 ? text.length : ref.index + afterBreak;
  const paragraph = text.slice(start, end).replace(ref.value, '');
  return STAY.test(paragraph) && !FLIGHT_NUMBER.test(paragraph) && !FLIGHT_WORD.test(paragraph);
}
