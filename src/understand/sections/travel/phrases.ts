/**
 * Phrase finders shared by the travel sections, for prose and for packed table cells ("2 rooms ·
 * conf 20917734", "checking in on the 16th and out on the 17th"). Each returns the normalised value
 * with the offset of what it read, relative to the text it was given.
 */
import { countryOfCity, isAirlineCode } from '../../../reference/index.js';
import { withEircode } from './eircode.js';
import { findDates, isoDate, normaliseBookingReference, type DateMatch } from '../../normalise/index.js';
import { wordValue } from '../../normalise/number-words.js';
import { streetFirstAddresses } from './street-prefix-addresses.js';
import { malteseAddresses } from './maltese-addresses.js';
import { japaneseAddresses } from './japanese-addresses.js';
import { armenianAddresses } from '../place-armenian.js';

export interface Hit<T> {
  value: T;
  index: number;
  length: number;
}

/** Words that name a place to stay, in the supported languages, as written or in capitals ("HOTEL KRANHUSET"). */
const LODGING_WORDS = [
  'Hotel', 'Hotell', 'Hôtel', 'Hostal', 'Hostel', 'Motel', 'Inn', 'Lodge', 'Suites', 'Resort', 'Gasthof', 'Gasthaus',
  'Pension', 'Pensión', 'Posada', 'Herberge', 'Parador', 'Apartments?', 'Aparthotel', 'B&B', 'Vandrarhem',
  'Albergo', 'Locanda', 'Pensione', 'Pousada', 'Hotelli', 'Gjestehus', 'Gæstehus', 'Gästehaus', 'Guesthouse', 'Penzion', 'Pensjonat',
];
/** German, Dutch and Nordic write the kind into one word ("Stadthotel", "Parkhotell", "SEEHOTEL"): such a compound is a lodging word too. */
const COMPOUND_LODGING = String.raw`\p{Lu}\p{Ll}{2,}hotell?|\p{Lu}{3,}HOTELL?`;
const LODGING = `(?:${[...LODGING_WORDS, ...LODGING_WORDS.map((w) => w.toUpperCase().replace('S?', 's?')), COMPOUND_LODGING].join('|')})`;
const NAME_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\d'’&-]*)`;
/** Names and addresses stay within one line and one table cell: only spaces join their words. */
const SP = String.raw`[ \u00a0]`;
// Portuguese joins a name's words with "do", "da", "dos" ("Hotel Solar do Rio"); Italian with the article in it ("Albergo dei Mulini").
const JOINER = String.raw`(?:de|del|della|delle|dei|degli|la|las|los|am|an|der|die|das|zum|zur|im|on|the|of|and|&|i|på|by|au|du|des|van|von|sul|di|do|da|dos)`;
/**
 * A lodging's proper name: capitalised words around a lodging word ("Hotel Jardín de Lavapiés",
 * "Castlefield Lock Hotel", "Nordvik Hotel Central"). A plural ("Nordvik Hotels") is a chain, not a
 * property, and is not matched. A clause's number ("4.1 Hotel:", "§ 4 Hotel und Catering") is not a name's first word.
 */
export const LODGING_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?<!\d[.,])(?<!§${SP}*)(?:${NAME_WORD}${SP}+(?:${JOINER}${SP}+)?){0,3}${LODGING}(?![\p{L}])(?:${SP}+(?:${JOINER}${SP}+){0,2}${NAME_WORD}){0,4}`,
  'gu',
);

/** A company form, or the desk that writes for the hotel ("Hotel Kastell Reservations"), ends no lodging's name. */
const TRAILING_NOISE = new RegExp(String.raw`(?:${SP}+(?:${JOINER}|AB|GmbH|Ltd|AS|A/S|S\.?L\.?|B\.?V\.?|Oy|Reservations?|Reservierungen|Reservierung|Reservas|R[ée]servations?|Prenotazioni|Reception|Bookings))+$`, 'u');
/** "Hotel Kastell on Bergweg": after a name of two words or more, "on" says where it is, not what it is called. */
const LOCATED_ON = /(?<=\S[ \u00a0]+\S+)[ \u00a0]+on[ \u00a0].*$/u;
const LEADING_NOISE = /^(?:(?:The|Your|Our|At|In|Dear|Booked|Booking|Confirmation|Hotel:)[ \u00a0]+)+(?=\S+[ \u00a0]+\S)/iu;
/** "3 Doppelzimmer im Hotel X", "2 Rooms at Hotel X": a count of rooms before the name is not part of it. */
const LEADING_COUNT = new RegExp(String.raw`^\d{1,3}${SP}+[\p{L}-]+${SP}+(?:(?:${JOINER}|at|in)${SP}+)?(?=\S+${SP}+\S)`, 'u');

/** "Einzelzimmer inkl. Frühstück im Hotel X": German's "in the" joined into one word right before the lodging word ends what stood before. */
const CONTRACTED_IN_BEFORE = new RegExp(String.raw`^(?:${NAME_WORD}${SP}+)+(?:im|beim|ins|vom)${SP}+(?=${LODGING}(?![\p{L}]))`, 'u');

const POINTER_HEADING = /^(?:the|your|our|this|my|new)[ \u00a0]+\S+$/iu;
/**
 * "HOTEL ROOMING LIST", "Hotel booking details", "Hotel Contact:": a lodging word before paperwork words only
 * titles a document or labels a row, it names no lodging.
 */
const PAPERWORK_HEADING = new RegExp(String.raw`^${LODGING}(?:${SP}+(?:rooming|list[ea]?|booking|bookings|confirmation|voucher|information|info|details|overview|summary|request|form|contacts?|address|phone|buchung|best[äa]tigung))+$`, 'iu');

/**
 * "Готель «Старе Місто»", "хотел „Родина“", Russian "в отеле «Северная Звезда»": a Cyrillic lodging word before a quoted name. The name is
 * the quoted words ("готель" says what it is, as "клуб" does for a venue).
 */
const QUOTED_CYRILLIC_LODGING = /(?<!\p{L})(?:[Гг]отел[ьіюя]?|ГОТЕЛЬ|[Хх]отел(?:а|ът)?|ХОТЕЛ|[Оо]тел(?:ь|я|е|ю|ем)?|ОТЕЛЬ|[Гг]остиниц[аеуы]|ГОСТИНИЦА)[ \u00a0]+[«„"“]([^«»„“”"\n]{2,40})[»“”"]/gu;

/** Armenian "«Արեւ Պալաս» հյուրանոցում": the quoted name, then the lodging word with its case ending. */
const QUOTED_ARMENIAN_LODGING = /«([^«»\n]{2,40})»[ \u00a0]+(?:հյուրանոց|հոթել)\p{Script=Armenian}*/gu;

/** "a member of", "part of the": what precedes the name of a hotel group. */
const GROUP_BEFORE = /\b(?:member|part)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$/i;
const GROUP_AFTER = /^[ \u00a0]+(?:member|part)[ \u00a0]+of\b/i;

/** A show's billing after a name: its support after "w/", then "@" and the venue. */
const BILLED_AT_VENUE = /^[ \u00a0]+w\/[ \u00a0]*[^@\n]{1,60}?[ \u00a0]@[ \u00a0]+\p{Lu}/u;

export function lodgingNames(text: string): Hit<string>[] {
  const out: Hit<string>[] = [];
  for (const m of [...text.matchAll(QUOTED_CYRILLIC_LODGING), ...text.matchAll(QUOTED_ARMENIAN_LODGING)]) {
    const name = m[1]!.trim();
    out.push({ value: name, index: m.index + m[0].indexOf(name), length: name.length });
  }
  for (const m of text.matchAll(LODGING_NAME)) {
    // "Hotel Ostkai, a member of Baltic Harbour Hotels": the group a hotel belongs to is not a lodging of its own.
    if (GROUP_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "Nightjar Motel w/ Pale Ferns @ The Hall": an act billed with its support at a venue, no lodging.
    if (BILLED_AT_VENUE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    // "HOTEL OSTKAI A member of …": the article opening the group's phrase is no word of the name.
    let name = GROUP_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)) ? m[0].replace(/[ \u00a0]+an?$/i, '') : m[0];
    const lead = LEADING_NOISE.exec(name)?.[0].length ?? LEADING_COUNT.exec(name)?.[0].length ?? CONTRACTED_IN_BEFORE.exec(name)?.[0].length ?? 0;
    name = name.slice(lead).replace(LOCATED_ON, '').replace(TRAILING_NOISE, '');
    // A lone lodging word ("the hotel", "Hotel:") is no name, nor is a heading that points at one ("YOUR HOTEL") or titles a paper ("Hotel rooming list").
    if (!/\s/.test(name.trim()) || /^\p{Ll}/u.test(name) || POINTER_HEADING.test(name.trim()) || PAPERWORK_HEADING.test(name.trim())) continue;
    out.push({ value: name.trim(), index: m.index + lead, length: name.trim().length });
  }
  return out.map((n) => baseFormAmong(n, out));
}

/** A case ending on a name's last word: Finnish ("-an", "-ssa", "-lla"), a genitive "s". */
const CASE_ENDING = /^(?:[aeiouyäö]n|n|ss[aä]|st[aä]|ll[aä]|lt[aä]|lle|ksi|n[aä]|s)$/u;

/**
 * Prose inflects a lodging's name ("tervetuloa Hotelli Kuunsiltaan"): when the text also
 * writes the name in its base form (the same words, the last one without its case ending), the name
 * is that base form.
 */
function baseFormAmong(n: Hit<string>, all: Hit<string>[]): Hit<string> {
  const base = all.find((o) => o.value.length < n.value.length && n.value.startsWith(o.value) && /\s/.test(o.value)
    && !/\s/.test(n.value.slice(o.value.length)) && CASE_ENDING.test(n.value.slice(o.value.length)));
  return base ? { value: base.value, index: n.index, length: base.value.length } : n;
}

/** "Hotel is the Grand Central", "the hotel will be Villa Mar": a name introduced by the lodging word as subject. */
const INTRODUCED_LODGING = new RegExp(
  String.raw`\b(?:[Hh]otel|HOTEL|[Aa]ccommodation)${SP}+(?:is|will${SP}+be|=)${SP}+(?:(?:the|at${SP}+the)${SP}+)?(${NAME_WORD}(?:${SP}+${NAME_WORD}){0,3})`,
  'gu',
);

export function introducedLodgings(text: string): Hit<string>[] {
  return [...text.matchAll(INTRODUCED_LODGING)].map((m) => ({ value: m[1]!, index: m.index + m[0].length - m[1]!.length, length: m[1]!.length }));
}

/** "the 16th", not "1st floor": an ordinal before a floor or row word counts that. */
const ORDINAL = /\b(?:the\s+|den\s+|am\s+|el\s+|le\s+)?(\d{1,2})(?:st|nd|rd|th|:e|:a|er|º)\b(?!\s+(?:floor|fl\b|level|storey|story|stock|etage|étage|piso|planta|piano|våning|row|place))/gi;
/** Han, kana or Hangul: a line written in Chinese, Japanese or Korean. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A Mongolian weekday name ("9/13 (Лхагва)"): Mongolian writes the month first too. */
const MONGOLIAN_WEEKDAY = /(?<!\p{L})(?:Даваа|Мягмар|Лхагва|Пүрэв|Баасан|Бямба|Ням)(?!\p{L})/iu;
/** "13/06", "13.06.", and spaced as Czech and Slovak write it: "17. 4.". */
const DAY_MONTH = /(?<![\d/.])(\d{1,2})(?:\/|\.[ \u00a0]?)(\d{1,2})\.?(?![\d/]|\.\d)/g;

/** The `day` nearest to `ref` (same month, or the next one when it has passed by more than a week). */
export function resolveDay(day: number, month: number | null, ref: Date): string | null {
  const year = ref.getUTCFullYear();
  if (month !== null) {
    const cands = [year - 1, year, year + 1].map((y) => isoDate(y, month, day)).filter((d): d is string => !!d);
    const refMs = ref.getTime();
    return cands.sort((a, b) => Math.abs(Date.parse(a) - refMs) - Math.abs(Date.parse(b) - refMs))[0] ?? null;
  }
  // Prose written ahead of the day ("see you on the 16th") means the next such day.
  for (let k = 0; k <= 2; k++) {
    const m = ref.getUTCMonth() + k;
    const iso = isoDate(year + Math.floor(m / 12), (m % 12) + 1, day);
    if (iso && Date.parse(iso) >= Date.UTC(year, ref.getUTCMonth(), ref.getUTCDate()) - 86_400_000) return iso;
  }
  return null;
}

/**
 * Dates in prose and packed cells: full dates (see findDates), plus, when a reference date is known,
 * day/month without a year ("13/06") and bare ordinal days ("the 16th", "27th").
 */
/** Chinese, Japanese, Korean and Mongolian write a slashed day pair month first. */
export function writesPairsMonthFirst(text: string): boolean {
  return CJK.test(text) || MONGOLIAN_WEEKDAY.test(text);
}

export function looseDates(text: string, ref: Date | null): DateMatch[] {
  if (!ref) return findDates(text);
  // Day/month pairs first: chrono reads "22/02-23/02" as one odd date.
  const dayMonth: DateMatch[] = [];
  for (const m of text.matchAll(DAY_MONTH)) {
    // "13/06" is a date; "13.06" only with its closing dot ("13.06."), otherwise it reads as a time.
    if (!m[0].includes('/') && !m[0].endsWith('.')) continue;
    // Chinese, Japanese, Korean and Mongolian write the month first ("當日流程(10/9)" is 9 October).
    const monthFirst = m[0].includes('/') && writesPairsMonthFirst(text);
    const value = monthFirst ? resolveDay(Number(m[2]), Number(m[1]), ref) : resolveDay(Number(m[1]), Number(m[2]), ref);
    if (value) dayMonth.push({ value, index: m.index, length: m[0].length, hasYear: false });
  }
  const found = [...dayMonth];
  const taken = (i: number, n: number) => found.some((d) => i < d.index + d.length && d.index < i + n);
  for (const d of findDates(text, ref)) if (!taken(d.index, d.length)) found.push(d);
  for (const m of text.matchAll(ORDINAL)) {
    const value = resolveDay(Number(m[1]), null, ref);
    if (value && !taken(m.index, m[0].length)) found.push({ value, index: m.index, length: m[0].length, hasYear: false });
  }
  return found.sort((a, b) => a.index - b.index);
}

// A contract may hyphenate the reservation label ("Reservation-no. CX-1").
const REF_LABEL = String.raw`(?:booking\s*(?:number|no\.?|ref(?:erence)?\.?|code|id)|confirmation\s*(?:number|no\.?|code|#)?|(?:n[úu]mero\s+de\s+)?confirmaci[óo]n|conf\.?(?:\s*(?:no\.?|nr\.?|#))?|reservation(?:\s*|-)(?:number|no\.?|code)?|table\s+ref\.?|r[eé]f(?:erence)?\.?|pnr|(?:record\s+|airline\s+)?locator|buchungs(?:nummer|nr\.?|code)|reservierungsnummer|reservierungs-?nr\.?|res\.?-nr\.?|best[äa]tigungsnummer|bokningsnummer|bokningsreferens|bokningskod|bestillings(?:nummer|nr\.?)|reservasjonsnummer|referens|localizador|n[úu]mero\s+d[ae]\s+reserva|c[óo]digo\s+de\s+reserva|referencia|num[ée]ro\s+de\s+r[ée]servation|n[°º]\s*(?:de\s+)?r[ée]servation|r[ée]sa\.?\s+n[°º]|r[ée]f[ée]rence(?:\s+de\s+(?:la\s+)?r[ée]servation)?|referencia\s+de\s+(?:la\s+)?reserva|reserva\s+n(?:\.?[ \t]*[°º]|o)|buchungsreferenz|boekingsnummer|boekingscode|bevestigings(?:nummer|code)|booking(?:nr\.?|nummer)|reservations(?:nr\.?|nummer)|reserverings(?:nummer|nr\.?)|reserveringscode|numer\s+rezerwacji|(?:[čc](?:[íi]slo|\.)\s+)?rezervac[ei](?:\s+[čc]\.)?|nr\.?\s+rezerwacji|codice\s+(?:di\s+)?prenotazione|(?:numero\s+di\s+)?(?:prenotazione|conferma)(?:\s+n[.°º]?)?|varausnumero|varaustunnus|varauskoodi|vahvistusnumero|foglal[áa]si\s+(?:sz[áa]m|k[óo]d)|b[óo]kunarn(?:[úu]mer|r\.?)|номер\s+на\s+резервация(?:та)?|број\s+на\s+резервација(?:та)?|резервация|номер\s+(?:бронирования|брони|бронювання)|код\s+бронирования|מס['׳]?\s*הזמנה|מספר\s+הזמנה|קוד\s+הזמנה|(?:کد|شماره)\s+(?:رزرو|تأیید|تایید)|ամրագրման\s+համարը?|bron\s+raqami)`;
/** A reservation system's name before its locator: "BOOKING REF: AMADEUS: 6FJ2LQ". */
const GDS = String.raw`(?:amadeus|sabre|galileo|worldspan|apollo|travelport)`;
/**
 * The label is a whole word ("CONFIRMED" holds no "conf" label).
 * The label may name whose reference it is, in brackets, as one word before the colon or as the
 * reservation system after it: "PNR (TAP): 7KQ2ZD", "Localizador aerolínea: QW7RTD", "Booking ref: Amadeus: 6FJ2LQ".
 * Or what it covers, after "for": "PNR for all legs: 5TQW2Z". A serial may follow a slash ("res. no. HBX-26/4410").
 */
const REF = new RegExp(String.raw`(?<![\p{L}\d_])${REF_LABEL}(?![\p{L}])(?:\s*\([^)\n]{1,30}\)|[ \t]+\p{L}+(?=[ \t]*:)|[ \t]+(?:for|für|pour|para|per|voor|för)[ \t]+\p{L}+(?:[ \t]+\p{L}+)?(?=[ \t]*:)|[ \t]*:[ \t]*${GDS}(?=[ \t]*:))?\s*[:#.՝]?\s*(?:is\s+)?(\d{2,4}(?:[ \t]\d{2,4}){1,4}(?=[ \t]*(?:\n|$))|[A-Z0-9][A-Z0-9-]{3,19}(?:\/\d{2,10})?\b)`, 'giu');

const REF_LABEL_AT_END = new RegExp(String.raw`(?<![\p{L}\d_])${REF_LABEL}[ \t]*[:#.]?[ \t]*$`, 'iu');

/** A text that ends with a reference label, its reference on the next line ("…, bokningsnummer" / "BJ-2231"). */
export function endsWithReferenceLabel(text: string): boolean {
  return REF_LABEL_AT_END.test(text);
}

/**
 * "booking number 559812", "conf. SQH-55104", "ref HA-7781", "PNR FJ4WQK"; an app prints a long number
 * in groups ("Confirmation number 4102 883 517", to the line's end): one reference, without its spaces.
 */
export function bookingReferences(text: string): (Hit<string> & { airline: boolean })[] {
  const out: (Hit<string> & { airline: boolean })[] = [];
  for (const m of text.matchAll(REF)) {
    const raw = m[1]!;
    // A reference has a digit or is a capitalised code (PNR); words ("is", "number") are not.
    if (!/\d/.test(raw) && raw !== raw.toUpperCase()) continue;
    const value = normaliseBookingReference(raw);
    if (value) out.push({ value, index: m.index + m[0].lastIndexOf(raw), length: raw.length, airline: AIRLINE_REF.test(m[0]) });
  }
  return out;
}

/** Labels only an airline's booking carries: an agency's itinerary may print its own number too. */
const AIRLINE_REF = /\b(?:pnr|locator|airline|aerol[ií]nea|fluggesellschaft|flyselskab\w*|flygbolag\w*|compagnie\s+a[ée]rienne|compagnia\s+aerea|luchtvaartmaatschappij)(?![\p{L}])/iu;

/** A flight's reference: the airline's PNR when the text states one, else the first reference. */
export function flightReference(text: string): Hit<string> | undefined {
  const refs = bookingReferences(text);
  return refs.find((r) => r.airline) ?? refs[0];
}

/** An airline's record locator after its designator: "TP/KX7R2T", also spaced "TG / K7MZQ4". */
const AIRLINE_LOCATOR = /(?<![A-Z0-9/])([A-Z][A-Z0-9]|[0-9][A-Z])([ \t]?\/[ \t]?)([A-Z0-9]{5,8})(?![A-Z0-9/])/g;
const REF_LINE = new RegExp(String.raw`(?<![\p{L}\d_])${REF_LABEL}(?![\p{L}\d_])`, 'iu');

/**
 * A GDS receipt prints, beside its own locator, one per airline of the trip ("BOOKING REF: AMADEUS:
 * 6FJ2LQ  AIRLINE: TP/KX7R2T LH/5ZQW8N"): each airline's locator, read on lines that name a
 * reference or an airline. A flight is booked under its own airline's locator.
 */
export function airlineLocators(text: string): Map<string, Hit<string>> {
  const out = new Map<string, Hit<string>>();
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (REF_LINE.test(line) || AIRLINE_REF.test(line)) {
      for (const m of line.matchAll(AIRLINE_LOCATOR)) {
        const locator = m[3]!;
        if (!isAirlineCode(m[1]!) || out.has(m[1]!) || !(/\d/.test(locator) || locator.length === 6)) continue;
        out.set(m[1]!, { value: locator, index: lineStart + m.index + m[1]!.length + m[2]!.length, length: locator.length });
      }
    }
    lineStart += line.length + 1;
  }
  return out;
}

/** Count words the patterns below accept; their values come from the number reader (normalise/number-words). */
const COUNT_WORDS = 'one two three four five six seven eight nine ten ein eine zwei drei vier fünf ett en två tre fyra fem una dos tres cuatro cinco une deux trois quatre cinq twee drie'.split(' ');
/** Articles that count one here ("ein Zimmer", "en natt"); the number reader takes them only inside compounds. */
const ARTICLE_ONE = new Set(['ein', 'eine', 'en', 'una']);
/** A count written as digits or as a word ("4", "four", "vier"): read with countOf. */
export const COUNT = String.raw`(\d{1,3}|${COUNT_WORDS.join('|')})`;

export function countOf(word: string): number | null {
  const lower = word.toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : ARTICLE_ONE.has(lower) ? 1 : wordValue(lower);
  return n && n > 0 ? n : null;
}

/** A count is no figure group of a longer number ("Tel. 0761 12 34 56 / Rooms …"). */
// Nor the end of a longer word: `\b` takes "č" for no letter, so "vključen" would end in the count word "en".
const NOT_IN_NUMBER = String.raw`(?<!\d[ \u00a0]?)(?<![\p{L}])`;
/** A count may follow a date's year, though ("für die Nacht vom 6. auf den 7. März 2027 2 Doppelzimmer"). */
const NOT_IN_NUMBER_BUT_AFTER_YEAR = String.raw`(?:(?<!\d[ \u00a0]?)|(?<=(?<![\d.,])(?:19|20)\d\d[ \u00a0]))(?<![\p{L}])`;
/** German abbreviations of single and double rooms: "4 EZ + 1 DZ" (a scan may read the gap as a dot, "2.DZ"). */
const ROOM_ABBREVIATIONS = new RegExp(String.raw`${NOT_IN_NUMBER}\b(\d{1,3})(?:${SP}*|\.)(?:EZ|DZ)(?![\p{L}])`, 'gu');
/** "13 room nights", "6 Zimmernächte": nights sold, not rooms. */
const NOT_ROOM_NIGHTS = String.raw`(?!${SP}*(?:nights?|n[äa]chte|n[äa]tter|n[æa]tter|noches|nuits|nachten|notti)(?![\p{L}]))`;
/** "two (2) double-queen rooms": a contract restates the count in figures, in brackets; Estonian "kokku 4 tuba" (rooms in all); Indonesian "3 kamar", Malay "4 bilik", Albanian "4 dhoma", Latvian "2 numuri", Slovenian "v 4 sobah", Macedonian "4 (четири) соби", Uzbek "4 (toʻrt) xonada", Urdu "۳ کمرے"; Russian spells the count out in brackets ("2 (два) номера"). */
const ROOMS = new RegExp(String.raw`${NOT_IN_NUMBER_BUT_AFTER_YEAR}\b${COUNT}(?:${SP}*\((?:\d{1,3}|\p{L}{2,12})\))?${SP}*(?:x${SP}*)?(?:[\p{L}-]+${SP}+){0,2}(?:rooms?|twins|doubles|singles|zimmer|rum|habitaciones|habitación|quartos?|chambres?|kamers?|camere|huone(?:tta|et|ita)?|pokoje|pokoi|pokój|szob[aá]\p{L}*|sob(?:ah|[aeiou])|tuba|toad|kamar|bilik|dhom[ae]t?|numur(?:i|s|us)|izb[ay]|izieb|стаи|стая|соби|собе|номер(?:и|ів|а|ов)?|бөлмө(?:лөр|гө|дө)?|xona(?:da|lar|ga)?|کمر[ےہ]|חדרים|חדר)(?![\p{L}])${NOT_ROOM_NIGHTS}`, 'giu');
/** "2 x twin and 1 x double": a count times a room type, the room word left out. */
const ROOMS_TIMES_TYPE = new RegExp(String.raw`${NOT_IN_NUMBER}\b${COUNT}${SP}*[x×]${SP}*(?:twin|double|single|triple|dbl|sgl|twn|king|queen)(?![\p{L}])${NOT_ROOM_NIGHTS}`, 'giu');
/** A count before a compound room word ("3 Doppelzimmer", "2 dubbelrum", "2 dobbeltrom", "4 tweepersoonskamers", "2 perhehuonetta"); "Enkelrum" alone counts nothing. */
const COMPOUND_ROOMS = new RegExp(String.raw`${NOT_IN_NUMBER_BUT_AFTER_YEAR}\b${COUNT}${SP}+\p{L}+(?:zimmer|rum|rom|v[æa]relser?|kamers?|huone(?:tta|et|ita)?)\b`, 'giu');
// "three (3) persons": a contract restates the count in figures, in brackets; Chinese "共 14 人", "6 位";
// Albanian "7 persona", Malay "10 orang", Nepali "७ जना" ("७ जनाको लागि", for seven), Uzbek "5 kishi", Urdu "۵ افراد", Singlish "5 denekuta" (for five); Macedonian spells the figure out in brackets after it ("7 (седум) лица").
// A chat abbreviates people ("I told them 14 ppl").
const PEOPLE = new RegExp(String.raw`\b${COUNT}(?:${SP}*\((?:\d{1,3}|\p{L}{3,12})\))?${SP}*(?:people|ppl|persons?|pax|guests|covers|personen|personer|pers\.?|personas|persona|pessoas|persone|comensales|orang|personnes|couverts|henke[äa]|henkil[öo][äa]|hengelle|hl[öo]|osób|osoby|osoba|osobe|fő|άτομα|ατόμων|persones|comensals|tiquets|meal tickets|kişi|manns|inimesele|inimest|inimese|души|човека|лица|אנשים|איש|人|位|जना(?:को)?|kishi|افراد|denekuta|denekta|denek)(?![\p{L}])`, 'giu');

const ROOMS_LABEL = /\b(?:rooms|number of rooms|zimmer|antal rum|habitaciones|chambres|kamers)[ \t]*[:\t][ \t]*(\d{1,3})\b/giu;
/** "Rooms (4):" over a rooming list: the count in brackets between the label and its colon. */
const ROOMS_LIST_HEADING = /\b(?:rooms|zimmer|habitaciones|chambres|kamers)[ \t]*\((\d{1,3})\)[ \t]*:/giu;

/** "Dressing room: One (1) lockable room": a line about the venue's rooms counts no hotel room. */
const VENUE_ROOM_LABEL = /^[^\p{L}\n]*(?:dressing[ \t]?rooms?|green[ \t]?rooms?|backstage|garderoben?|künstlergarderoben?|loges?|camerinos?|kleedkamers?)[ \t]*:/iu;

/** "3 double rooms", "2 twins", "Rooms: 2". */
/**
 * Armenian "4 (չորս) համար": a count (maybe spelled out in brackets) right before "համար" (rooms). Only right
 * before: after other words "համար" is the postposition "for" ("9 անձի համար", for nine people).
 */
const ARMENIAN_ROOMS = /(?<![\d\p{L}])(\d{1,3})(?:[ \t]*\(\p{L}{2,12}\))?[ \t]+համար(?!\p{L})/gu;
/** Hausa writes the count after the word: "ɗakuna 3" (3 rooms), also "dakuna" without the hooked d, and "ɗaki 1" (1 room). */
const HAUSA_ROOMS = /(?<![\d\p{L}])(?:ɗ|d|Ɗ|D)ak(?:una|i)[ \t]+(\d{1,3})(?![\d:.,]?\d)/gu;

export function roomCounts(text: string): Hit<number>[] {
  const times = [...text.matchAll(ROOMS_TIMES_TYPE)];
  const rooms = [...text.matchAll(ROOMS)].filter((m) => !times.some((t) => t.index === m.index));
  return [...rooms, ...times, ...text.matchAll(COMPOUND_ROOMS), ...text.matchAll(ROOMS_LABEL), ...text.matchAll(ROOMS_LIST_HEADING), ...text.matchAll(ROOM_ABBREVIATIONS), ...text.matchAll(ARMENIAN_ROOMS), ...text.matchAll(HAUSA_ROOMS)].flatMap((m) => {
    if (VENUE_ROOM_LABEL.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) return [];
    const n = countOf(m[1]!);
    return n ? [{ value: n, index: m.index, length: m[0].length }] : [];
  });
}

/** The word that makes the next count a total: "in total", "insgesamt", Slovak "spolu", Russian "всего", Ukrainian "усього". */
const TOTAL_BEFORE = /(?<![\p{L}])(?:in total|total(?: of)?|insgesamt|en total|au total|i alt|totalt|spolu|celkom|celkem|всего|итого|усього|загалом)[ \u00a0:]*$/iu;

// A bracketed type between parts too: "3 doubles (twin), 1 single"; a copy's zero-width padding (text/rendering-pad.ts) is a space.
const LIST_GAP = /^[\s\u200B,+&/()]*(?:[\p{L}-]+[\s\u200B,+&/()]+){0,2}$/u;

/**
 * The rooms a value books in all: one count, a stated total after its parts ("2 chambres doubles,
 * 1 chambre twin (3 chambres)"), else the parts added up ("2 double rooms, 1 single room").
 */
export function roomTotal(text: string): Hit<number> | undefined {
  // A count read twice ("Zimmer: 3 Doppelzimmer" is a label's count and a compound's) is one part.
  const counts = roomCounts(text).sort((a, b) => a.index - b.index)
    .filter((c, i, all) => i === 0 || c.index >= all[i - 1]!.index + all[i - 1]!.length);
  // "…, всего 3 (три) номера", "in total 4 rooms": a count said to be the total is it, whatever parts went before.
  const total = counts.find((c) => TOTAL_BEFORE.test(text.slice(Math.max(0, c.index - 20), c.index)));
  if (total) return total;
  // Only a list adds up: its counts follow each other with at most a room type between them.
  const listed = counts.every((c, i) => i === 0 || LIST_GAP.test(text.slice(counts[i - 1]!.index + counts[i - 1]!.length, c.index)));
  if (counts.length < 2 || !listed) return counts[0];
  // A total with its breakdown in brackets after it ("3 chambres (2 twins + 1 single)") is the total.
  if (/^\s*\($/.test(text.slice(counts[0]!.index + counts[0]!.length, counts[1]!.index))) return counts[0];
  const last = counts.at(-1)!;
  const parts = counts.slice(0, -1).reduce((n, c) => n + c.value, 0);
  if (last.value === parts) return last;
  return { value: parts + last.value, index: counts[0]!.index, length: last.index + last.length - counts[0]!.index };
}

/** A restaurant's booking counts its party by the table: "table for 7", "Tisch für 6", "bord för 5", "mesa para 8". */
const TABLE_FOR = new RegExp(String.raw`\b(?:table|tisch|bord|mesa|tafel|tavolo)${SP}+(?:for|für|fur|för|para|pour|voor|per)${SP}+${COUNT}(?![\p{L}\d])`, 'giu');

/** Hausa writes the count after the word: "mutum 8", "mutane 8" (8 people). */
const HAUSA_PEOPLE = /(?<![\p{L}\d])(?:mutum|mutane)[ \t\u00a0]+(\d{1,3})(?![\d:.,]?\d)/giu;

export function peopleCounts(text: string): Hit<number>[] {
  return [...text.matchAll(PEOPLE), ...text.matchAll(TABLE_FOR), ...text.matchAll(HAUSA_PEOPLE)].sort((a, b) => a.index - b.index).flatMap((m) => {
    const n = countOf(m[1]!);
    return n ? [{ value: n, index: m.index, length: m[0].length }] : [];
  });
}

/** "…, 79098 Freiburg, Tel. 0761 …": a phone's or e-mail's label after an address is no part of it. */
const PHONE_WORD = String.raw`(?:[Tt]el|[Tt]él|[Tt]elefon|[Ff]on|[Pp]hone|[Ff]ax|[Mm]ob|[Mm]obil|[Ee]-?[Mm]ail)\b`;
/** A Dutch house number's floor or ground-floor mark: "Lijnbaansgracht 12-III", "Kerkstraat 8-hs", "Vondelstraat 3-2". */
const DUTCH_FLOOR = String.raw`(?:-(?:I{1,3}|IV|hs|huis|[1-9])(?![\p{L}\d]))?`;
const STREET_SUFFIX = String.raw`(?:[Ss]tra(?:ss|ß)e|[Ss]tr\.|gatan|gata|vägen|väg|allee|platz|gasse|weg|damm|kade|gracht|straat|laan|plein|street|st\.|road|rd\.|avenue|ave\.|lane|wharf|square|place|row|calle|avenida|plaza|paseo|rue|boulevard|bd|quai|via|viale|piazza|katu|tie|vej|gade|brücke|ufer|markt|torg|torget|bron|backe|gränd|cesta|ulica|ulice|utca|trg|iela|náměstí|nám\.|námestie|nábřeží|nábrežie|třída|tř\.)`;
/**
 * A Romanian street: its word first, the number after "nr." ("Str. Republicii nr. 7", "Calea Turzii
 * nr. 410", "Bd. Eroilor 5", "Piața Unirii nr. 1").
 */
const RO_STREET = String.raw`(?:Str\.|Strada|Calea|Bd\.|B-dul|Bulevardul|[ȘŞ]os\.|[ȘŞ]oseaua|Pia[țţ]a|Aleea|Splaiul|Intrarea)${SP}+(?:[\p{L}'-]+\.?${SP}+){0,4}(?:nr\.?${SP}*)?\d{1,4}[A-Z]?(?![\d:.])`;
/** "Road No. 2", "Street No 14": a road named by its number, as Indian cities name theirs. */
const NUMBERED_ROAD = String.raw`(?:[\p{Lu}][\p{L}'-]*${SP}+){0,2}(?:Road|Street|Lane|Cross|Sector|Block)${SP}+No\.?${SP}*\d{1,4}[A-Z]?(?![\d:.])`;
/**
 * A four-digit house number ("2451 Marula Grove Street", as Lagos and American streets run): only
 * before an English street word, so a year or an amount before capitalised words stays no address.
 */
// Montréal numbers its French-named streets so too ("2150 rue Ontario Est", "5600 boulevard Décarie").
const LONG_HOUSE_NUMBER = String.raw`\d{4}(?=${SP}+(?:(?:[\p{Lu}][\p{L}'-]*${SP}+){1,3}(?:Street|Road|Avenue|Close|Crescent|Drive|Lane|Way)\b|(?:rue|avenue|boulevard|chemin|place)${SP}))`;
/**
 * A street address: "Skeppsbron 3, 211 20 Malmö", "12 Potato Wharf, Manchester M3 4NB",
 * "Calle de la Fe 8, Madrid" (or "Calle de la Fe, 8" ending its line or part, the number after a comma), "8 Rue de la Paix, 75002 Paris" (a French street word capitalised or not), "Rruga Mihal Duri 5, Tiranë", "Jalan Kebun 12, Ipoh" — a street with a house number, then up to two comma parts (postcode
 * and city, country); an American state keeps its ZIP code ("Tulsa, OK 74103"); a city's name may
 * join its words by a particle ("Stratford upon Avon CV37 6BB", "Frankfurt am Main"); Iceland's postcode has
 * three digits ("Laugavegur 40, 101 Reykjavík"); a numbered district before the city is a part of its own
 * ("8 Palm Street, Old Town 2, Riverton"); an Indian PIN code follows its city ("Road No. 7, Lake View Colony,
 * Nagpur 440010"). A phone's label after the city ("20004 Donostia Tel. 943 …") is no second word of it.
 * The house number may end in a letter, upper-case too when no word goes on from it ("Havnegade 12B, 8000 Aarhus").
 */
const ADDRESS = new RegExp(
  (String.raw`(?:(?<![:.]\d*)\b(?:\d{1,3}|${LONG_HOUSE_NUMBER})[a-z]?,?${SP}+(?:(?:[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Qq]uai|[Aa]llée|[Cc]hemin|[Ii]mpasse|[Cc]ours|[Mm]ont[ée]e|[Pp]assage|[Rr]oute)${SP}+(?:(?:de|du|des|la|le)${SP}+){0,2}(?:[dl]['’])?)?(?:[\p{Lu}][\p{L}'-]*${SP}+){0,3}[\p{Lu}][\p{L}'-]*|(?:[\p{Lu}][\p{L}'.-]*${SP}+(?:(?:de|del|la|los|las|des|du|di|am|an|der)${SP}+){0,2}){0,3}[\p{L}'.-]*${STREET_SUFFIX}[\p{L}]*\.?${SP}+\d{1,4}(?:[a-z]|[A-Z](?!\p{L}))?${DUTCH_FLOOR}|(?:Calle|Avenida|Plaza|Rue|Via|Paseo|Rua|Praça|Largo|Travessa|ul\.|[Uu]lica|al\.|Rruga|Bulevardi|Sheshi|Jalan|Lorong|Persiaran|Lebuh)${SP}+(?:[\p{L}'-]+(?:,(?=${SP}+\d{1,4}[ \t]*(?:[\n,;)]|$)))?${SP}+){0,4}\d{1,4}|${RO_STREET}|${NUMBERED_ROAD}|[\p{Lu}][\p{L}'-]+(?:${SP}+[\p{L}'-]+){0,3}${SP}+\d{1,4}[a-z]?(?=,${SP}*(?:[A-Z]{1,2}-)?(?:\d{3}${SP}?\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4,6})${SP}+[\p{Lu}]))(?:,(?!${SP}*PHONE_WORD)${SP}*(?:[A-Z]{1,2}-)?(?:\d{4}-\d{3}|\d{2}-\d{3}|\d{3}${SP}?\d{2}|\d{4,6}(?:${SP}[A-Z]{2})?|\d{3}(?=${SP}+\p{Lu}))?${SP}*(?:[A-Z]{2}${SP}\d{5}(?:-\d{4})?(?!\d)|[\p{Lu}][\p{L}-]+(?:${SP}(?:upon|on|am|an|im|sur|en)${SP}[\p{Lu}][\p{L}-]+)?(?:${SP}(?:[A-Z]{1,2}\d[A-Z\d]?${SP}?\d[A-Z]{2}|(?!PHONE_WORD)[\p{Lu}][\p{L}-]+|C))?(?:${SP}\d{1,2}(?=,)|${SP}[1-9]\d{5}(?!\d))?)){0,2}`).replaceAll('PHONE_WORD', PHONE_WORD),
  'gu',
);

/** A Canadian address's last line: the city, its province in brackets or by its code, the postal code ("Laval (Québec) H7N 1A1", "Ottawa ON K1P 5G4"). */
const CITY_PROVINCE_POSTCODE = /^[\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)?(?: \(\p{Lu}[\p{L}.-]+\)| [A-Z]{2})? [ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d$/u;
const POSTCODE_CITY = /^(?:[A-Z]{1,2}-)?(?:\d{3} ?\d{2}|\d{4,5})(?: [A-Z]{2})? [\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?(?:, [\p{Lu}][\p{L} ]+)?$/u;

/**
 * Street addresses in `text`. A street alone at the end of a printed column ("Zweibrückenstraße 15")
 * takes the postcode and city that end the next line ("80331 München, Germany"), joined with a comma.
 */
/** Hungarian writes the postcode and city first: "(1052 Budapest, Váci utca 8.)". */
const POSTCODE_CITY_BEFORE = /(?:^|[(\s])(\d{4}[ \t]\p{Lu}[\p{L}-]{2,}(?:[ \t]\p{Lu}[\p{L}-]+)?,[ \t]*)$/u;

/**
 * An American street address, whose house number may run to five digits ("2210 N Water Street,
 * Chicago, IL 60614", "845 E Grand Ave, Denver, CO 80203"): safe to take whole only with the street
 * word and the city, state and ZIP code after it; a chat may leave out the comma before the state
 * ("86 Pine St, Tulsa OK 74103"). A Canadian one ("1200 King Street West, Toronto, ON
 * M6K 1M1") ends with its province code and postal code.
 */
const US_ADDRESS = /(?<![\d.:,/-])\b\d{1,5}[A-Z]?(?:[ \t]+(?:[NSEW]|NE|NW|SE|SW)\.?)?(?:[ \t]+[\p{Lu}\d][\p{L}\d'.-]*){1,4}[ \t]+(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Terrace|Ter)\.?(?:[ \t]+(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?)?(,|[ \t]+[·•|–—-](?=[ \t]))?[ \t]*[\p{Lu}][\p{L}.'-]*(?:[ \t]+[\p{Lu}][\p{L}.'-]*){0,2}(?:,[ \t]*|[ \t]+)[A-Z]{2}[ \t]+(?:\d{5}(?:-\d{4})?(?!\d)|[ABCEGHJ-NPRSTVXY]\d[A-Z][ ]?\d[A-Z]\d(?![\p{L}\d]))/gu;

export function addresses(text: string): Hit<string>[] {
  // A printed block may drop the comma after the street ("845 E Grand Ave Denver, CO 80203"): it is put back.
  // A letterhead's "118 Elm St · Tulsa, OK 74103" (a scan may read the dot as a dash): the dot is the comma.
  const us = [...text.matchAll(US_ADDRESS)].map((m) => ({ value: m[1] === ',' ? m[0] : m[1] ? m[0].replace(m[1], ',') : withStreetComma(m[0]), index: m.index, length: m[0].length }));
  const overlapsUs = (at: number, length: number) => us.some((u) => at < u.index + u.length && u.index < at + length);
  // Bulgarian and Hebrew put the street word first ("ул. „Шипка“ 6", "רחוב הירקון 20"): travel/street-prefix-addresses.ts.
  const streetFirst = streetFirstAddresses(text).filter((h) => !overlapsUs(h.index, h.length));
  // Malta's unnumbered streets with their "ABC 1234" postcode (travel/maltese-addresses.ts).
  streetFirst.push(...malteseAddresses(text).filter((h) => !overlapsUs(h.index, h.length)));
  // Japan's block numbers before the district and ward ("3-8-12 Minamisenba, Chuo-ku, Kobe", travel/japanese-addresses.ts).
  streetFirst.push(...japaneseAddresses(text).filter((h) => !overlapsUs(h.index, h.length)));
  // Armenian writes the city first, after "ք." ("ք. Վանաձոր, Տիգրան Մեծի փ. 4"): sections/place-armenian.ts.
  streetFirst.push(...armenianAddresses(text).filter((h) => !overlapsUs(h.index, h.length)));
  const overlapsKnown = (at: number, length: number) => [...us, ...streetFirst].some((u) => at < u.index + u.length && u.index < at + length);
  return [...us, ...streetFirst, ...generalAddresses(text).filter((h) => !overlapsKnown(h.index, h.length))].sort((a, b) => a.index - b.index);
}

/** A street word ending the street part, with the city, state and ZIP code still to come. */
const STREET_END = /\b(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Terrace|Ter)\.?(?:[ \t]+(?:[NSEW]|NE|NW|SE|SW)\.?)?(?=[ \t]+[^,]+,[ \t]*[A-Z]{2}[ \t]+\d{5})/gu;

/**
 * "845 E Grand Ave Denver, CO 80203" → "845 E Grand Ave, Denver, CO 80203": a comma after the last
 * street word, unless that word opens a known city ("6161 Delmar Blvd St. Louis, MO" keeps "St. Louis").
 */
function withStreetComma(address: string): string {
  const ends = [...address.matchAll(STREET_END)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let last = ends.at(-1);
  const city = last && address.slice(last.start, address.indexOf(',', last.end));
  if (ends.length > 1 && city && /^St\b/.test(city) && countryOfCity(city)) last = ends.at(-2);
  return last ? `${address.slice(0, last.end)},${address.slice(last.end)}` : address;
}

function generalAddresses(text: string): Hit<string>[] {
  // "arrivals tomorrow 14:00": a number running on into a clock's minutes is an hour, no house number.
  const clock = (m: RegExpMatchArray) => /^:\d{2}(?!\d)/.test(text.slice(m.index! + m[0].replace(/[,\s]+$/, '').length));
  return [...text.matchAll(ADDRESS)].filter((m) => !findDates(m[0]).length && !clock(m)).map((m) => {
    const before = /^\p{Lu}/u.test(m[0]) ? POSTCODE_CITY_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] : undefined;
    if (before) {
      const value = `${before}${m[0].replace(/[,\s]+$/, '')}`;
      return { value, index: m.index - before.length, length: value.length };
    }
    // "…, Dublin 2, D02 XY12": the Irish district and Eircode after the city (eircode.ts).
    const bare = m[0].replace(/[,\s]+$/, '');
    const value = withEircode(bare, text, m.index + bare.length);
    const lineEnd = text.indexOf('\n', m.index);
    // Spanish sets the house number after a comma ("Calle Mayor, 12"): a street still without its town too.
    if ((!value.includes(',') || /,[ \u00a0]*\d{1,4}[a-z]?$/i.test(value)) && lineEnd >= 0 && /^[ \t]*$/.test(text.slice(m.index + m[0].length, lineEnd))) {
      const next = text.slice(lineEnd + 1, text.indexOf('\n', lineEnd + 1) < 0 ? undefined : text.indexOf('\n', lineEnd + 1));
      const tail = next.split(/\t| {2,}/).pop()!.trim();
      if (POSTCODE_CITY.test(tail) || CITY_PROVINCE_POSTCODE.test(tail)) return { value: `${value}, ${tail}`, index: m.index, length: value.length };
    }
    return { value, index: m.index, length: value.length };
  });
}
