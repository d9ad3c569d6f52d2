/**
 * Reading a stay (hotel) or a booking (restaurant) out of a piece of text: the check-in/out dates and
 * times, rooms, people, reference, address. The piece is a labelled value, a table row, or the
 * sentence of an e-mail that names the place; every hit carries its offset into the source.
 *
 * Which date is the check-in: the first one after a check-in word ("check-in", "arrival", "Ankunft",
 * "checking in"), the check-out the first after a check-out word ("out on", "departure", "Abreise");
 * without those words, the first date and the next later one. "For the night of the show" means the
 * show's date to the day after.
 */
import type { Hit } from './phrases.js';
import { addresses, bookingReferences, COUNT, countOf, looseDates, roomCounts } from './phrases.js';
import { addDays, findTimes, type DateMatch } from '../../normalise/index.js';

export interface Piece {
  text: string;
  /** Offset of `text` in the source text. */
  start: number;
}

export interface StayHits {
  checkInDate?: Hit<string>;
  checkOutDate?: Hit<string>;
  checkInTime?: Hit<string>;
  checkOutTime?: Hit<string>;
  rooms?: Hit<number>;
  bookingReference?: Hit<string>;
  address?: Hit<string>;
}

const IN_WORD = /check[-\s]?in|checking\s+in|\barrival|\barriving|ankunft|anreise|ankomst|incheckning|innsjekk|llegada|entrada|arriv[ée]e|aankomst|inchecken|saapuminen/gi;
const OUT_WORD = /check[-\s]?out|\bout\s+on\b|\bdeparture|\bdeparting|abreise|avresa|utcheckning|utsjekk|salida|d[ée]part|vertrek|uitchecken|l[äa]ht[öo]/gi;
/** Where no check-in/out word stands by a time: "from 15:00" opens the stay, "until 11:00" ends it. */
const FROM_WORD = /\b(?:from|ab|fr[åa]n|desde|[àa] partir de|vanaf)\b/gi;
const UNTIL_WORD = /\b(?:until|by|bis|senast|till|hasta|avant|jusqu'[àa]|tot)\b/gi;
const NIGHTS = new RegExp(String.raw`\b${COUNT}\s*(?:nights?|n[äa]chte|n[äa]tter|noches|nuits|nachten)\b|\b(?:nights?|n[äa]chte|n[äa]tter|noches|nuits|nachten)[ \t]*:?[ \t]*(\d{1,2})\b`, 'i');
const NIGHT_OF = /\bnight\s+of\s+the\s+(?:show|performance|concert|gig|event)|\bshow\s+night\b|nacht\s+der\s+veranstaltung|natten\s+till/i;

function firstAfter<T extends { index: number }>(items: T[], words: RegExp, text: string, within: number): T | undefined {
  for (const w of text.matchAll(words)) {
    const hit = items.find((i) => i.index >= w.index && i.index - (w.index + w[0].length) <= within);
    if (hit) return hit;
  }
  return undefined;
}

function shift<T>(hit: Hit<T> | undefined, by: number): Hit<T> | undefined {
  return hit && { ...hit, index: hit.index + by };
}

/** A day written before a date as a range's start ("2 al 3 ottobre 2027", "4. bis 6. März", "4 to 6 March"). */
const RANGE_START = /(?<![\d.])(\d{1,2})\.?[ \t]*(?:to|al|bis|au|till|tot|a|–|-)[ \t]*$/i;

/** Dates with the first day of each day range ("from 2 to 3 October 2027") added: it takes the month and year of the range's end. */
function withRangeStarts(text: string, dates: DateMatch[]): DateMatch[] {
  const out = [...dates];
  for (const d of dates) {
    const m = RANGE_START.exec(text.slice(Math.max(0, d.index - 16), d.index));
    const day = m ? Number(m[1]) : 0;
    if (!m || day < 1 || day >= Number(d.value.slice(8, 10))) continue;
    out.push({ value: `${d.value.slice(0, 8)}${String(day).padStart(2, '0')}`, index: d.index - m[0].length, length: m[1]!.length, hasYear: d.hasYear });
  }
  return out.sort((a, b) => a.index - b.index);
}

export function readStay(piece: Piece, ref: Date | null, showDate: string | null): StayHits {
  const { text, start } = piece;
  const dates = withRangeStarts(text, looseDates(text, ref));
  // "20.11." is a date, not twenty past eight.
  const times = findTimes(text).filter((t) => !dates.some((d) => t.index < d.index + d.length && d.index < t.index + t.length));
  let checkIn = firstAfter(dates, IN_WORD, text, 60);
  let checkOut = firstAfter(dates, OUT_WORD, text, 60);
  if (!checkIn && !checkOut && dates.length) {
    checkIn = dates[0];
    checkOut = dates.find((d) => d.value > checkIn!.value);
  } else if (checkIn && !checkOut) checkOut = dates.find((d) => d.value > checkIn!.value && d.index > checkIn!.index);
  const hits: StayHits = {};
  if (checkIn) hits.checkInDate = shift(checkIn, start);
  if (checkOut && (!checkIn || checkOut.value > checkIn.value)) hits.checkOutDate = shift(checkOut, start);
  if (!checkIn && showDate) {
    const night = NIGHT_OF.exec(text);
    if (night) {
      hits.checkInDate = { value: showDate, index: start + night.index, length: night[0].length };
      const next = addDays(showDate, 1);
      if (next && !hits.checkOutDate) hits.checkOutDate = { value: next, index: start + night.index, length: night[0].length };
    }
  }
  // "2 nights from the 15th": the stay ends that many nights on.
  const nights = NIGHTS.exec(text);
  if (hits.checkInDate && !hits.checkOutDate && nights) {
    const count = countOf(nights[1] ?? nights[2]!) ?? 0;
    const out = count > 0 && count < 60 ? addDays(hits.checkInDate.value, count) : null;
    if (out) hits.checkOutDate = { value: out, index: start + nights.index, length: nights[0].length };
  }
  hits.checkInTime = shift(firstAfter(times, IN_WORD, text, 30) ?? firstAfter(times, FROM_WORD, text, 2), start);
  hits.checkOutTime = shift(firstAfter(times, OUT_WORD, text, 30) ?? firstAfter(times, UNTIL_WORD, text, 2), start);
  hits.rooms = shift(roomCounts(text)[0], start);
  hits.bookingReference = shift(bookingReferences(text)[0], start);
  hits.address = shift(addresses(text)[0], start);
  return hits;
}
