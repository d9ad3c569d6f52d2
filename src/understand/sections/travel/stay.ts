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
import { addresses, bookingReferences, COUNT, countOf, looseDates, roomTotal } from './phrases.js';
import { addDays, dateFromIso, findTimes, isWeekdayWord, type DateMatch } from '../../normalise/index.js';
import { relativeDay, tomorrowWord, weekdayAndDay } from '../show-date.js';
import { isStreetAddress } from '../place.js';
import { nightEndingOn } from './stay-night-before.js';
import { nearShow } from './stay-show-month.js';
import { listedNights } from './stay-night-list.js';
import { currentReference } from '../hotel-void-reference.js';
import { agreedLateCheckOut } from './stay-late-checkout.js';
import { dashedDayPairs } from './stay-dashed-days.js';

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

const IN_WORD = /check[-\s]?in|checking\s+in|\barrival(?!s)|\barriving|ankunft|anreise|ankomst|incheckning|innsjekk|indtjekning|indcheckning|llegada|entrada|arriv[ée]e|aankomst|inchecken|saapuminen|bejelentkez|\bprijava|iebraukšana|настаняване|заселення|заселение|(?<![а-яё])заезд(?![а-яё])|צ['׳]ק[-\s]?אין|\bjoylashish\b/gi;
const OUT_WORD = /check[-\s]?out|\bout\s+(?:on|by)\b|\bdeparture|\bdeparting|abreise|avresa|utcheckning|utsjekk|udtjekning|udcheckning|salida|d[ée]part|vertrek|uitchecken|l[äa]ht[öo]|kijelentkez|\bodjava|izbraukšana|напускане|виселення|выселение|(?<![а-яё])выезд(?![а-яё])|צ['׳]ק[-\s]?אאוט|\bchiqish(?=[ \t]*:)/gi;
/**
 * Where no check-in/out word stands by a time: "from 15:00" opens the stay, "until 11:00" ends it.
 * Latvian "no plkst. 15:00" / "līdz plkst. 12:00", Indonesian "mulai pukul 14.00" / "sampai jam 12.00", Danish
 * "fra kl. 14" / "senest kl. 11" and Romanian "de la ora 14:00" / "până la ora 12:00" carry their clock word;
 * Spanish writes the hour with its article ("desde las 15:00", "hasta las 12:00"), and so does Portuguese ("a
 * partir das 14h00", "até às 12h00"): the article belongs to the word. Malay writes "dari 3.00 petang" /
 * "sebelum 11.00 pagi", Dutch "vanaf 15.00" / "voor 11.00" (also "uiterlijk"), Albanian "nga ora 14:00" / "deri në ora 11:00", Swahili "kuanzia 14:00" / "hadi 11:00", Somali "laga bilaabo 16:00" / "ugu dambeyn 10:00", Macedonian "од 14:00" / "до 12:00".
 */
const FROM_WORD = /(?<![\p{L}])(?:from|ab|fr[åa]n|desde(?:[ \t]+las?)?|[àa] partir de(?:[ \t]+l(?:as?|es))?|a partir das?|d[èe]s|vanaf|no[ \t]+plkst\.?|mulai(?:[ \t]+(?:pukul|jam))?|fra(?:[ \t]+kl\.?)?|de[ \t]+la[ \t]+ora|dari|nga[ \t]+ora|kuanzia|tangu|laga[ \t]+bilaabo|од)(?![\p{L}])/giu;
const UNTIL_WORD = /(?<![\p{L}])(?:until|by|bis|senast|till|hasta(?:[ \t]+las?)?|fins[ \t]+a(?:[ \t]+les)?|avant|jusqu'[àa]|tot|voor|uiterlijk|até(?:[ \t]+[àa]s)?|līdz(?:[ \t]+plkst\.?)?|sampai(?:[ \t]+(?:pukul|jam))?|paling lambat(?:[ \t]+(?:pukul|jam))?|senest(?:[ \t]+kl\.?)?|p[âa]n[ăa][ \t]+la[ \t]+ora|sebelum|deri(?:[ \t]+n[ëe])?(?:[ \t]+ora)?|hadi|mpaka|kabla[ \t]+ya|ugu[ \t]+dambeyn|ugu[ \t]+danbeyn|до)(?![\p{L}])/giu;
const NIGHTS = new RegExp(String.raw`\b${COUNT}\s*(?:nights?|n[äa]chte|n[äa]tter|noches|nuits|nachten)\b|\b(?:nights?|n[äa]chte|n[äa]tter|noches|nuits|nachten)[ \t]*:?[ \t]*(\d{1,2})\b`, 'i');
/** A value that counts the nights of a stay ("2 nuits", "Nights: 3"). */
export function countsNights(value: string): boolean {
  return NIGHTS.test(value);
}

const NIGHT_OF = /\bnight\s+of\s+the\s+(?:show|performance|concert|gig|event)|\bshow\s+night\b|nacht\s+der\s+veranstaltung|natten\s+till/i;

/** The first item within `within` characters after one of `words`, unless one of `others` stands between them. */
function firstAfter<T extends { index: number }>(items: T[], words: RegExp, text: string, within: number, others?: RegExp): T | undefined {
  for (const w of text.matchAll(words)) {
    const from = w.index + w[0].length;
    const hit = items.find((i) => i.index >= w.index && i.index - from <= within && !others?.test(text.slice(from, i.index)));
    if (hit) return hit;
  }
  return undefined;
}

function shift<T>(hit: Hit<T> | undefined, by: number): Hit<T> | undefined {
  return hit && { ...hit, index: hit.index + by };
}

/**
 * A day written before a date as a range's start ("2 al 3 ottobre 2027", "4. bis 6. März", "4 to 6 March", "15 > 16 Oct",
 * Slovenian "v noči z 14. na 15. 5. 2027", Dutch "nacht van 14 op 15 mei", German "Nacht vom 6. auf den 7. März" and Portuguese "noite de 14 para 15/10",
 * the night from one day to the next,
 * and "od 14. do 16. 5."),
 * also with the end's weekday between ("Sat 24 → Sun 25 July").
 */
const RANGE_START = /(?<![\d.])(\d{1,2})\.?[ \t]*(?:to|al|bis|auf(?:[ \t]+den)?|au|till|tot|a|na|op|do|para|–|-|>|→)[ \t]*(?:(\p{L}{2,10})\.?,?[ \t]+)?$/iu;

/** Dates with the first day of each day range ("from 2 to 3 October 2027") added: it takes the month and year of the range's end. */
function withRangeStarts(text: string, dates: DateMatch[]): DateMatch[] {
  const out = [...dates];
  for (const d of dates) {
    const m = RANGE_START.exec(text.slice(Math.max(0, d.index - 16), d.index));
    const day = m ? Number(m[1]) : 0;
    if (!m || day < 1 || day >= Number(d.value.slice(8, 10)) || (m[2] && !isWeekdayWord(m[2]))) continue;
    out.push({ value: `${d.value.slice(0, 8)}${String(day).padStart(2, '0')}`, index: d.index - m[0].length, length: m[1]!.length, hasYear: d.hasYear });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** "del viernes 15 al domingo 17", "from Friday 15th": days named by weekday and day of the month, near the reference date. */
function weekdayDates(text: string, ref: Date | null): DateMatch[] {
  const out: DateMatch[] = [];
  if (!ref) return out;
  const near = ref.toISOString().slice(0, 10);
  for (let from = 0, hit = weekdayAndDay(text, near); hit && out.length < 4; hit = weekdayAndDay(text.slice(from), near)) {
    out.push({ value: hit.value, index: from + hit.index, length: hit.length, hasYear: false });
    from += hit.index + hit.length;
  }
  return out;
}

/** "de sábado para domingo", "from Saturday to Sunday", "von Samstag auf Sonntag": one weekday's night to the next, from the show's week. */
const WEEKDAY_TO_WEEKDAY = /(?<!\p{L})(?:from|de|del|du|von|fra|från|van|dal|da)\s+(\p{L}+)\s+(?:to|para|a|al|au|auf|bis|til|till|tot|op)\s+(\p{L}+)/giu;

function weekdayNights(text: string, start: number, showDate: string): { in: Hit<string>; out: Hit<string> } | undefined {
  const dayBefore = dateFromIso(addDays(showDate, -1) ?? showDate);
  for (const m of text.matchAll(WEEKDAY_TO_WEEKDAY)) {
    const checkIn = dayBefore ? relativeDay(m[1]!, dayBefore) : null;
    const checkInDay = checkIn ? dateFromIso(checkIn) : null;
    const checkOut = checkInDay ? relativeDay(m[2]!, checkInDay) : null;
    if (!checkIn || !checkOut) continue;
    const at = { index: start + m.index, length: m[0].length };
    return { in: { value: checkIn, ...at }, out: { value: checkOut, ...at } };
  }
  return undefined;
}

/** English weekdays as day sheets shorten them ("out by 10am Sun"), read only right after a check-in/out word. */
const SHORT_WEEKDAY: Record<string, string> = { mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday' };

/**
 * "utcheckning söndag", "check-out Sunday", "Check in from 2pm Sat": a weekday after a check-in/out
 * word (perhaps after its time) is the first such day after `anchor`.
 */
function weekdayAfterWord(text: string, start: number, word: RegExp, anchor: Date | null): Hit<string> | undefined {
  for (const w of text.matchAll(word)) {
    // "check-out söndag", "CHECK OUT 11AM SUNDAY", "check in from 2pm Sat": the weekday may follow the time.
    const next = /^[ \t:]*(?:(?:from|after|by|until|od|do)[ \t]+)?(?:\d{1,2}(?:[:.]\d{2})?[ \t]*(?:am|pm|h|uhr)?[ \t]+)?(?:(?:on|am|le|el|på|w)[ \t]+)?(\p{L}+)/iu.exec(text.slice(w.index + w[0].length));
    const day = next && anchor ? relativeDay(SHORT_WEEKDAY[next[1]!.toLowerCase()] ?? next[1]!, anchor) : null;
    if (day) return { value: day, index: start + w.index, length: w[0].length + next![0].length };
  }
  return undefined;
}

/** "check-out Sunday": the first Sunday after the show. */
function checkOutOnWeekday(text: string, start: number, showDate: string): Hit<string> | undefined {
  return weekdayAfterWord(text, start, OUT_WORD, dateFromIso(showDate));
}

/** "check in Sat": that weekday in the show's week, from five days before the show to the day after. */
function checkInOnWeekday(text: string, start: number, showDate: string): Hit<string> | undefined {
  return weekdayAfterWord(text, start, IN_WORD, dateFromIso(addDays(showDate, -6) ?? showDate));
}

/** A line break between a postcode ending a line and the city opening the next. */
const POSTCODE_WRAPPED_FROM_CITY = /(?<=\b\d{4,5})\n(?=\p{Lu}\p{Ll})/gu;

/**
 * "· check-in 08:00 · check-out 17:00" on one line: a check-out in the afternoon, later than the check-in hour —
 * a day room's. A morning check-out ("early check-in 09:00 · check-out 12:00") ends a night's stay.
 */
function sameDayHours(text: string): boolean {
  const m = new RegExp(String.raw`^[^\n]*?(?:${IN_WORD.source})[^\d\n]{0,30}(\d{1,2})[:.](\d{2})[^\n]*?(?:${OUT_WORD.source})[^\d\n]{0,30}(\d{1,2})[:.](\d{2})`, 'i').exec(text);
  const out = m ? Number(m[3]) * 60 + Number(m[4]) : 0;
  return !!m && out >= 14 * 60 && out > Number(m[1]) * 60 + Number(m[2]);
}

export function readStay(piece: Piece, ref: Date | null, showDate: string | null): StayHits {
  const { text, start } = piece;
  // A bare day ("the 19th") is the one around the show, not the next after the message (stay-show-month.ts).
  // Else days written with a hyphen, "in 03-04 / out 04-04" (stay-dashed-days.ts).
  const loose = looseDates(text, ref);
  const written = withRangeStarts(text, nearShow(loose.length ? loose : dashedDayPairs(text, ref), text, showDate));
  const dates = written.length ? written : weekdayDates(text, ref);
  // "tomorrow" is the day after the message's date.
  const tomorrow = !dates.length && ref ? tomorrowWord(text) : null;
  if (tomorrow) dates.push({ value: addDays(ref!.toISOString().slice(0, 10), 1)!, ...tomorrow, hasYear: false });
  // "20.11." is a date, not twenty past eight.
  const times = findTimes(text).filter((t) => !dates.some((d) => t.index < d.index + d.length && d.index < t.index + t.length));
  // "Check-in 15:00 - Check-out Sat 20 Nov": a date after the other word is that one's.
  let checkIn = firstAfter(dates, IN_WORD, text, 60, new RegExp(OUT_WORD.source, 'i'));
  let checkOut = firstAfter(dates, OUT_WORD, text, 60, new RegExp(IN_WORD.source, 'i'));
  // "Fri 13 + Sat 14 Aug (2 nights)": the nights listed, the month written once (stay-night-list.ts).
  // "nights of March 12 and March 13 (check-out March 14)": a written check-out the list agrees with keeps it.
  const nightList = !checkIn ? listedNights(text, dates) : undefined;
  const listed = nightList && (!checkOut || nightList.out.value === checkOut.value) ? nightList : undefined;
  if (listed) {
    checkIn = listed.first;
    checkOut = listed.out;
  } else if (!checkIn && !checkOut && dates.length) {
    checkIn = dates[0];
    checkOut = dates.find((d) => d.value > checkIn!.value);
  } else if (checkIn && !checkOut) checkOut = dates.find((d) => d.value > checkIn!.value && d.index > checkIn!.index);
  // "natt til søndag 28. november": that date ends the night (stay-night-before.ts).
  const nightEnd = !checkOut ? nightEndingOn(text, dates) : undefined;
  if (nightEnd && (!checkIn || checkIn === nightEnd)) {
    checkOut = nightEnd;
    checkIn = { ...nightEnd, value: addDays(nightEnd.value, -1)! };
  }
  // "Tue 08.06.2027 · check-in 08:00 · check-out 17:00": one date, then a later check-out hour than the
  // check-in's on the same line, is a day room's: it is left that day.
  if (checkIn && !checkOut && dates.length === 1 && !NIGHTS.test(text) && sameDayHours(text.slice(checkIn.index + checkIn.length))) checkOut = checkIn;
  const hits: StayHits = {};
  if (checkIn) hits.checkInDate = shift(checkIn, start);
  if (checkOut && (!checkIn || checkOut.value > checkIn.value || checkOut === checkIn)) hits.checkOutDate = shift(checkOut, start);
  if (!checkIn && showDate) {
    const night = NIGHT_OF.exec(text);
    if (night) {
      hits.checkInDate = { value: showDate, index: start + night.index, length: night[0].length };
      const next = addDays(showDate, 1);
      if (next && !hits.checkOutDate) hits.checkOutDate = { value: next, index: start + night.index, length: night[0].length };
    }
  }
  const nightsByWeekday = !hits.checkInDate && !hits.checkOutDate && showDate ? weekdayNights(text, start, showDate) : undefined;
  if (nightsByWeekday) {
    hits.checkInDate = nightsByWeekday.in;
    hits.checkOutDate = nightsByWeekday.out;
  }
  if (!hits.checkInDate && showDate) hits.checkInDate = checkInOnWeekday(text, start, showDate);
  if (!hits.checkOutDate && showDate) hits.checkOutDate = checkOutOnWeekday(text, start, showDate);
  // "2 nights from the 15th": the stay ends that many nights on; "2 nights, check-out Sat 06/11": it began that many before.
  const nights = NIGHTS.exec(text);
  const count = nights ? countOf(nights[1] ?? nights[2]!) ?? 0 : 0;
  if (nights && count > 0 && count < 60 && !!hits.checkInDate !== !!hits.checkOutDate) {
    const at = { index: start + nights.index, length: nights[0].length };
    if (hits.checkInDate) hits.checkOutDate = { value: addDays(hits.checkInDate.value, count)!, ...at };
    else hits.checkInDate = { value: addDays(hits.checkOutDate!.value, -count)!, ...at };
  }
  // Checking out the morning after the show, with no check-in date written, is a stay for the show's night.
  if (!hits.checkInDate && hits.checkOutDate && showDate && hits.checkOutDate.value === addDays(showDate, 1)) {
    hits.checkInDate = { ...hits.checkOutDate, value: showDate };
  }
  hits.checkInTime = shift(firstAfter(times, IN_WORD, text, 30) ?? firstAfter(times, FROM_WORD, text, 2), start);
  // An agreed late check-out ends the stay later than the usual hour written beside it (stay-late-checkout.ts).
  hits.checkOutTime = shift(agreedLateCheckOut(text, times) ?? firstAfter(times, OUT_WORD, text, 30) ?? firstAfter(times, UNTIL_WORD, text, 2), start);
  hits.rooms = shift(roomTotal(text), start);
  // A rebooking's old reference said to be void gives way to the new one (hotel-void-reference.ts).
  hits.bookingReference = shift(currentReference(text, bookingReferences(text)), start);
  // "…, 9 rue X, 54000" over "Nancy, pour la nuit …": a sentence wrapped between postcode and city is one address (same length, same offsets).
  hits.address = shift(addresses(text.replace(POSTCODE_WRAPPED_FROM_CITY, ' ')).find((a) => isStreetAddress(a.value)), start);
  return hits;
}
