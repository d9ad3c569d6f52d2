/**
 * In a chat, what later messages tell of its one hotel without naming it again: "Check in from 15h
 * and late check out until 13:00" gives the stay's times ("2 rooms, check-in Fri 14th, conf. 4471" its days, rooms and number too), and the answer to a question asking for the
 * hotel's number ("hotel number for the driver?" → "0612 345 678 (front desk)") gives its phone.
 * Only when the chat keeps one hotel, and only from the message naming it on.
 */
import type { Hotel } from '../../interfaces.js';
import type { Draft, Found } from '../found.js';
import { normalisePhone, PHONE_IN_TEXT } from '../normalise/index.js';
import { turnIndexAt, type Reading } from '../text/index.js';
import type { Reader } from './travel/reader.js';
import { readStay } from './travel/stay.js';
import { hotelOwnWords } from './hotel-own-words.js';
import { labelledPhoneIn } from './hotel-phone.js';
import { addresses } from './travel/phrases.js';

/** What a message with a check-in or check-out word tells of the stay: its days and times, rooms and booking number. */
const STAY_FACTS = ['checkInDate', 'checkOutDate', 'checkInTime', 'checkOutTime', 'rooms', 'bookingReference'] as const;
type StayFact = typeof STAY_FACTS[number];
const STAY_TIMES = ['checkInTime', 'checkOutTime'] as const;
const CHECK_WORD = /check[- ]?(?:in|out)|anreise|abreise/iu;
const STAY_WORD = /check[- ]?(?:in|out)|anreise|abreise|entrada|salida|arriv[ée]e|d[ée]part/iu;
/** "hotel phone?", "the hotel's number?", "teléfono del hotel?": a question asking for the hotel's number. */
const ASKS_HOTEL_PHONE = /(?:hotel(?:['’]s)?\s+(?:phone|number|tel|tlf|telefon|nummer)|(?:phone|number|tel[ée]fono|n[úu]mero|telefon|nummer)\s+(?:of|for|del|de|des|vom|van)\s+(?:the\s+|l['’]\s*)?h[oô]tel)[^?\n]*\?/iu;

/** The hotel's desk: "front desk", "reception", "Rezeption", "recepción". */
const DESK = /(?<!\p{L})(?:front[ -]?desk|reception|rezeption|recepci[óo]n|r[ée]ception|receptie|resepsjon|reception?en)(?!\p{L})/iu;
const HOTEL_WORD = /(?<!\p{L})(?:hotel|hotell|hôtel)(?!\p{L})/iu;
/** What comes before a desk's number: the desk word, then at most four words in the same sentence. */
const DESK_THEN_NUMBER = new RegExp(`${DESK.source}[^.!?\\n\\p{L}\\p{N}]*(?:[\\p{L}\\p{N}'’]+[^.!?\\n\\p{L}\\p{N}]*){0,4}$`, 'iu');
/** A writer giving their own number: "call me on", "my number", "text me", "ruf mich an". */
const OWN_NUMBER = /(?<!\p{L})(?:call\s+me|ring\s+me|text\s+me|reach\s+me|whats\s?app\s+me|my\s+(?:number|mobile|cell|phone)|ruf\s+mich|meine\s+nummer|ll[áa]mame|mi\s+n[úu]mero|appelle[sz]?[- ]moi|mon\s+num[ée]ro)(?!\p{L})/iu;


export function laterChatDetails(reading: Reading, r: Reader, hotels: Draft<Hotel>[], ref: Date | null, showDate: string | null, country: string | null): void {
  const turns = reading.turns;
  const hotel = hotels.length === 1 ? hotels[0]! : undefined;
  const at = hotel?.name?.span?.[0];
  if (turns.length < 3 || !hotel || at === undefined) return;
  const text = reading.source.text;
  const first = turnIndexAt(turns, at);
  if (first < 0) return;
  addCardLines(text, turns[first]!.span, r, hotel, country);
  for (let i = first; i < turns.length; i++) {
    const [start, end] = turns[i]!.span;
    const said = text.slice(start, end);
    if (STAY_WORD.test(said) && STAY_FACTS.some((f) => !hotel[f])) {
      const stay = readStay({ text: said, start }, ref, showDate);
      // A flight's "departs 21:40" is a stay word too: only a check-in or check-out word gives the days, rooms and number.
      for (const f of CHECK_WORD.test(said) ? STAY_FACTS : STAY_TIMES) {
        const hit = stay[f];
        if (hit) (hotel as Partial<Record<StayFact, Found<string | number>>>)[f] ??= r.at(hit.value, [hit.index, hit.index + hit.length], null, 'pattern');
      }
    }
    // "Tamarind front desk just in case: (04) 226 1180": a message naming the hotel's desk with a number
    // a few words after the desk word; "at the reception now … call me on …" gives the writer's own.
    const desk = !hotel.phone && DESK.test(said) && !OWN_NUMBER.test(said)
      && (HOTEL_WORD.test(said) || hotelOwnWords(hotel.name!.value).some((w) => said.toLowerCase().includes(w.toLowerCase())))
      ? [...said.matchAll(PHONE_IN_TEXT)].filter((m) => DESK_THEN_NUMBER.test(said.slice(0, m.index))) : [];
    if (desk.length === 1) {
      const phone = normalisePhone(desk[0]![0], hotel.country?.value ?? country);
      if (phone) hotel.phone = r.at(phone.value, [start + desk[0]!.index!, start + desk[0]!.index! + desk[0]![0].length], phone.validated, 'pattern');
    }
    const answer = turns[i + 1];
    if (hotel.phone || !ASKS_HOTEL_PHONE.test(said) || !answer || answer.sender === turns[i]!.sender) continue;
    const reply = text.slice(answer.span[0], answer.span[1]);
    const number = [...reply.matchAll(PHONE_IN_TEXT)][0];
    // A national number is in the hotel's own country, else the show's.
    const phone = number ? normalisePhone(number[0], hotel.country?.value ?? country) : null;
    if (phone) hotel.phone = r.at(phone.value, [answer.span[0] + number!.index!, answer.span[0] + number!.index! + number![0].length], phone.validated, 'pattern');
  }
}

/**
 * "Hotel Alba\nVia Lunga 4, 20121 Milano\ntel. 02 …": a message giving the hotel as a card, its name alone on a
 * line, gives the street address on the line under it and the phone its label marks below.
 */
function addCardLines(text: string, [start, end]: readonly [number, number], r: Reader, hotel: Draft<Hotel>, country: string | null): void {
  const nameAt = hotel.name!.span![0];
  // The message's first line opens after its stamp and sender.
  const lineStart = Math.max(start, text.lastIndexOf('\n', nameAt - 1) + 1);
  const lineEnd = text.indexOf('\n', nameAt);
  if (nameAt < start || lineEnd < 0 || lineEnd >= end || text.slice(lineStart, lineEnd).trim() !== hotel.name!.value) return;
  const below = text.slice(lineEnd + 1, end);
  const address = addresses(below).find((a) => a.index === 0 || !below.slice(0, a.index).trim());
  if (address && !hotel.address) hotel.address = r.at(address.value, [lineEnd + 1 + address.index, lineEnd + 1 + address.index + address.length], null, 'pattern');
  const labelled = labelledPhoneIn(below);
  const phone = labelled ? normalisePhone(labelled.raw, hotel.country?.value ?? country) : null;
  if (phone && !hotel.phone) hotel.phone = r.at(phone.value, [lineEnd + 1 + labelled!.index, lineEnd + 1 + labelled!.index + labelled!.raw.length], phone.validated, 'pattern');
}
