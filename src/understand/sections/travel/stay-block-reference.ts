/**
 * A booking number written in a hotel's paragraph is the stay's, not the flights': in a chat or a
 * note, "The Tamarind Rooms, 48 Orchid Rd / 3 rooms, check-in Fri 3pm / Conf no. TMR-2231" gives the
 * hotel's confirmation, and a flight elsewhere in the text is not booked under it. The paragraph
 * (lines between blank lines) must speak of the stay (check-in, rooms) and name no flight. A chat runs its
 * messages without blank lines: there the reference's own line (its message) speaking of the stay is enough
 * ("Mun sami ɗakuna 3 … Ref OTL-907", Hausa: we got 3 rooms).
 */
import type { Hit } from './phrases.js';

// Hausa "ɗakuna" (rooms), "otal" (hotel).
const STAY = /(?<!\p{L})(?:check[- ]?in|check[- ]?out|\d+\s+(?:rooms?|twins?|singles?|doubles?)|hotel|breakfast|[ɗd]akuna|otal)(?!\p{L})/iu;
const FLIGHT_NUMBER = /(?<![A-Za-z0-9])(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{2,4}(?![\d:])/u;
const FLIGHT_WORD = /(?<!\p{L})(?:flights?|flug|vuelo|vol|volo|pnr|e-?ticket|airline|boarding)(?!\p{L})/iu;
const BREAK = /\n[ \t]*\n/g;
/** A chat export's message line: its stamp and sender ("15/01/2027, 10:06 - Ana Berg: …", "[2027-11-09 10:02] Ana: …"). */
const CHAT_MESSAGE = /^\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+\d{1,2}[:.]\d{2}(?::\d{2})?[ \t\u202f]*(?:[AaPp]\.?[Mm]\.?)?\]?[ \t]*(?:[-–][ \t]*)?[^:\n]{2,60}:[ \t]/u;

export function inStayParagraph(text: string, ref: Hit<string>): boolean {
  let start = 0;
  for (const m of text.slice(0, ref.index).matchAll(BREAK)) start = m.index + m[0].length;
  const afterBreak = text.slice(ref.index).search(/\n[ \t]*\n/);
  const end = afterBreak < 0 ? text.length : ref.index + afterBreak;
  const paragraph = text.slice(start, end).replace(ref.value, '');
  if (STAY.test(paragraph) && !FLIGHT_NUMBER.test(paragraph) && !FLIGHT_WORD.test(paragraph)) return true;
  const lineEnd = text.indexOf('\n', ref.index);
  const line = text.slice(text.lastIndexOf('\n', ref.index) + 1, lineEnd < 0 ? text.length : lineEnd).replace(ref.value, '');
  return CHAT_MESSAGE.test(line) && STAY.test(line) && !FLIGHT_NUMBER.test(line.replace(CHAT_MESSAGE, '')) && !FLIGHT_WORD.test(line);
}
