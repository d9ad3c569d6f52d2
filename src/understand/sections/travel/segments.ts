/**
 * Flight segments in text: airline confirmations printed to PDF, itinerary rows, e-mail lines,
 * prose. A segment is anchored on a flight number (a known airline designator + digits, with a
 * flight word, ✈ or airport codes near it) and owns the block of text around it:
 *
 *   block start  the latest segment heading ("Flight 1 of 2 · Sat 28 Jun 2025", a date line) within
 *                six lines before the number and after the previous segment, else the number's line;
 *   block end    the next segment's start, at most twelve lines on.
 *
 * In its block: airports (validated IATA codes, the first is the origin), the city written before
 * each code, times (departure first; arrival the one marked "arr" or the next different time; a GDS
 * row's four-digit "0650" after the airports, a receipt's labelled "DEP 1005"; never the clock-like "03:05" of a labelled duration),
 * the date (in the block, else the last date written before it), duration (labelled first), aircraft,
 * cabin class.
 */
import { airlineCodeForName, airportByCode, foldText, isAirlineCode, isCurrencyCode, otherCityNames } from '../../../reference/index.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { findDates, findTimes, normaliseFlightNumber, weekdayNumber, type DateMatch, type TimeMatch } from '../../normalise/index.js';
import { looseDates, type Hit } from './phrases.js';
import { arrowEndpoints } from './route-cities.js';
import { cityOnFlightLine } from './line-cities.js';
import { inSpans, isOldValueLine, oldFlightSections, supersededSpans } from './superseded-lines.js';
import { itineraryColumnsAbove, rowDuration } from './itinerary-header.js';
import { dayBannerAfterRoute, departArriveLines } from './depart-arrive-lines.js';
import { stackedCard } from './stacked-card.js';
import { flightNoteCell } from './flight-note-cell.js';
import { isDeskModel } from './gear-model.js';
import { timedNumberCard } from './timed-number-card.js';
import { midColumnNumber } from './mid-column-number.js';
import { topicHeadingAfterGap } from './topic-heading-after-gap.js';

export interface Segment {
  flightNumber: Hit<string>;
  airline: string;
  date?: Hit<string>;
  from?: Hit<string>;
  to?: Hit<string>;
  fromCity?: Hit<string>;
  toCity?: Hit<string>;
  departure?: Hit<string>;
  arrival?: Hit<string>;
  /** The day the flight lands, when not the day it leaves. */
  arrivalDate?: Hit<string>;
  duration?: Hit<number>;
  aircraft?: Hit<string>;
  travelClass?: Hit<string>;
  block: [number, number];
}

const FLIGHT_NO = /\b([A-Z][A-Z0-9]|[0-9][A-Z])[ \u00a0]?(\d{1,4})\b/g;
// An app's card counts its legs before the number ("FLIGHT 1 OF 2  DL 1603", "Flug 2 von 2", "Vuelo 1/2").
// Norwegian and Danish "fly" (plane), not "Frequent Flyer": a loyalty number's column heading names no flight.
const FLIGHT_WORD = /(?:flight|flug|flyg|vuelo|vol|vlucht|volo|lento|fly(?!er)|✈|flight no\.?|flightnumber|(?:landing|landen|arriving|arrive|departing|flying|leaving|taking|booked)\s+(?:on|with|in|mit|med|en)?)(?:[ \t]+\d{1,2}[ \t]*(?:of|von|de|av|af|van|di|sur|\/)[ \t]*\d{1,2})?[^\n\d]{0,12}$/i;
/** "you're landing on LH 2417 at 12:45": the one time given is the arrival. */
// Somali "(soo) degayaa" / "degaysaa" (he, she lands).
const LANDING = /(?:landing|lands|landen|arriving|arrives|arrive|ankommer|landet|llega|atterrit|degayaa|degaysaa)\b[^\n]{0,20}$/i;
// Georgian "გაფრენა" (departure flight) by its stem, as `\b` knows only ASCII letters; its arrival is no heading, as English "arrival" is not.
const HEADING = /\b(?:flight|flug|flyg|vuelo|vol|vlucht|segment|depart|departure|outbound|return|inbound|hinflug|rückflug|utresa|hemresa|ida|vuelta|aller|retour)\b|გაფრენ/i;
const AIRPORT = /\(([A-Z]{3})\)|\b([A-Z]{3})\b/g;
const NOT_AIRPORTS = new Set(['PNR', 'VAT', 'ETA', 'ETD', 'UTC', 'GMT', 'CET', 'PAX', 'REF', 'TBA', 'TBC', 'FOH', 'DJ', 'AND', 'THE']);
const DEPARTURE_WORD = /\b(?:dep(?:arture|arts)?\.?|departing|abflug|avg[åa]ng|salida|d[ée]part|vertrek|brottf[öo]r)\s*:?\s*(?:(?:kl|at|um|à)\.?\s*)?$/i;
const ARRIVAL_WORD = /\b(?:arr(?:ival|ives?)?\.?|an(?:kunft)?\.?|ankomst|llegada|chegada|arriv[ée]e|aankomst|landing)\s*:?\s*$/i;
/**
 * A labelled duration: "Duration: 03:05", "Durée 1h45", "Duration 2 hr(s) 5 min(s)", "Varighed 3t 40m" (t = timer), "Flugzeit 2 Std. 5 Min.",
 * or minutes alone ("Duración: 55 min", "Flight time 55m").
 */
const DURATION_LABELLED = /\b(?:duration|flight\s+time|travel\s+time|dauer|flugdauer|flugzeit|reisezeit|dur[ée]e|duraci[óo]n|durata|duur|vliegtijd|varighed|varighet|restid|flygtid)\s*:?\s*(?:(\d{1,2})\s?(?::|hrs?(?:\(s\))?|h|t|timer?|tim|std\.?)\s?(\d{1,2})?(?:\s?(?:m|min)\b\.?)?|(\d{2,3})\s?m(?:in(?:utes|utos|uten|uter|uti)?)?\b)/i;
/** "2h 15m", "3 u 15 min" (u = uur), "3t 40m" (t = timer), "5 s 35 dəq" (s = saat), "1 hr", "3h", "2 hr(s) 5 min(s)"; not "24h-Hotline" (a word's prefix). */
// OCR of an app card may drop the minutes' "m" beside an icon ("1h 55 ."): one-digit hours glued to
// their "h", a space and two-digit minutes is still a length (never a French clock time "15h30").
const DURATION = /\b(\d{1,2})\s?(?:h(?:rs?|r\(s\))?|u|t|s(?=\s?\d{1,2}\s?dəq))\.?\s?(\d{1,2})\s?(?:m(?:in)?|dəq)\b|\b(\d{1,2})\s?h(?:rs?)?\b(?!\s?\d|-)|\b([1-9])h[ ]([0-5]\d)\b(?![ \t]*[:.h]?\d)/g;
/** The aircraft as printed ("Canadair Regional Jet 900" by its maker's full name too); an Airbus type code alone ("A320", "A321neo") in a segment is one too. */
const AIRCRAFT = /\b(?:Airbus\s?A?\d{3}[\w-]*|A(?:2[23]\d|3[1-8]\d)(?:-\d{3}|neo)?(?![\w-])|Boeing\s?\d{3}[\w-]*(?:\sMAX(?:\s?\d)?)?|Embraer\s?(?:E|ERJ)?\s?\d{3}[\w-]*|ATR\s?\d{2}[\w-]*|Bombardier\s?\w+|De Havilland\s?\w+(?:\s\w+)?|Dash\s?8[\w-]*|CRJ\s?\d{3}|Canadair\s?(?:Regional\s?Jet|CRJ)\s?\d{3,4}|Saab\s?\d{3}|Fokker\s?\d{2,3})/i;
/** A cabin as marketed ("Economy Classic", "SAS Go", "Economy (Light)"), or in a GDS's capitals ("ECONOMY (V)": the booking class letter is not kept); Persian "اکونومی", "بیزینس"; Russian and Mongolian "Эконом", "Бизнес-класс". */
/** Words offering a better cabin right before its name. */
const UPSELL_BEFORE = /\b(?:fly|upgrade(?:[ \t]+to)?|try)[ \t]+$/i;
export const CABIN = /\b(?:[A-Z]{2,4}[ \u00a0])?(?:Premium[ \u00a0])?(?:Economy|Business|Go|Plus|Comfort|LowFare\+?|Eco|Main[ \u00a0]Cabin|Ekonomi?|Economía|Econ[óô]mica|Executiva|Économie|Turista|First[ \u00a0]Class)\b(?:[ \u00a0](?:Class|Classic|Light|Flex|Plus)\b|[ \u00a0]\([\p{Lu}][\p{Ll}]+\))?|\b(?:PREMIUM[ \u00a0])?(?:ECONOMY|BUSINESS|FIRST[ \u00a0]CLASS)\b(?:[ \u00a0](?:STD|STANDARD|FLEX|LIGHT|CLASSIC|PLUS|BASIC|SAVER|COMFORT)\b)?|(?<![\p{L}\u200C])(?:اکونومی|بیزینس|بیزنس)(?![\p{L}\u200C])|(?<!\p{L})(?:Эконом|Бизнес)(?:[- ]класс)?(?!\p{L})/u;

/** A fare brand under its label ("Fare: Saver", "Tarif : Smart"), for brands the cabin words do not know. */
const FARE_LABEL = /\b(?:[Ff]are(?:[ \t]+(?:type|brand))?|FARE|[Tt]ari(?:f|fa|ef|ffa)|TARIF[AF]?|[Cc]abin|CABIN)[ \t]*:[ \t]*([\p{Lu}][\p{Ll}]+\+?(?:[ \t][\p{Lu}][\p{Ll}]+\+?)?)(?![\p{L}\d])/u;

/** A blank line, then a rule of dashes or box-drawing strokes ("━━━━━━"). */
const RULE_AFTER_GAP = /^[ \t]*\n[ \t]*[-=_─━═]{5,}/;
/** The next line is a table's new row: a first cell filled from the line's start (not indented), then two more cells at least. */
const NEXT_TABLE_ROW = /^\n[^\s][^\t\n]*(?:\t[^\t\n]*){2,}$/;
const ROW_START = /^\s*(?:\d{1,2}[:.]\d{2}\b|\d{1,2}[./]\d{1,2}[./]|\d{4}-\d{2}-\d{2}|(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|mån|tis|ons|tor|fre|lör|sön|lun|mar|mer|mié|jeu|jue|ven|vie|sam|sáb|dim|dom)\w*\.?,?\s+\d)/i;

const SENTENCE_END = /(?<!\b(?:arr|dep|approx|ca|appr|no|nr|incl|ank|abfl|mo|di|mi|do|fr|sa|so|kl)|\b\d{1,2}\.\d{1,2})[.!?](?=\s|$)/gi;

/** Where the first sentence of `text` ends; a full stop before a lower-case word ("föstudaginn 5. mars, brottför …") ends none. */
function sentenceEndIn(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(SENTENCE_END)) if (m[0] !== '.' || !/^\s+\p{Ll}/u.test(text.slice(m.index + 1))) return m as RegExpExecArray;
  return null;
}

function endOfLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** A flight word alone on its line (blank lines may follow): a card's label for the value below. */
const CARD_LABEL = /(?:^|\n)[ \t]*(?:flight|flug|flyg|vuelo|vol|vlucht|volo|lento|lend|fly)[ \t]*:?[ \t]*\n[ \t\n]*$/i;

/** An app's leg card counts its legs before the number ("FLIGHT 1 OF 2  DL 1603"): its details stand below, blank lines between. */
const LEG_COUNTER = /^[ \t]*(?:flight|flug|flyg|vuelo|vol|vlucht|volo|lento|leg|segment|tramo|etappe)[ \t]+\d{1,2}[ \t]*(?:of|von|de|av|af|van|di|sur|\/)[ \t]*\d{1,2}[ \t·•|–-]*$/i;

/** A trip view's passengers card heading ("Passengers & Seats", "Reisende", "Pasajeros"). */
const PASSENGERS_CARD = /^[ \t]*(?:passengers?|travell?ers?|passagiere?|reisende|passagerare|resenärer|pasajeros?|passagers?|voyageurs?|passeggeri|passagiers?|reizigers?)\b/i;

/** A card's details (times, airports, date, cabin) stand on the lines below its number, blank lines between. */
interface FlightNumberHit { hit: Hit<string>; airline: string; card?: boolean; timedCard?: boolean; legCard?: boolean; routeAbove?: boolean; stacked?: [number, number]; routeEnd?: number }

/** Flight numbers of known airlines that the text presents as flights. */
function flightNumbers(text: string): FlightNumberHit[] {
  const out: FlightNumberHit[] = [];
  // A replaced flight printed whole under its own heading ("ORIGINAL FLIGHT") is no longer booked.
  const replaced = oldFlightSections(text);
  for (const m of text.matchAll(FLIGHT_NO)) {
    if (inSpans(replaced, m.index)) continue;
    const fn = normaliseFlightNumber(m[0]);
    // A desk's model in a technical listing ("mesa Avolites QT40") is gear (travel/gear-model.ts).
    if (!fn?.validated || inAircraftName(text, m.index) || isDeskModel(text, m.index)) continue;
    // "FR 32 507318964": the head of a longer code running on in a long run of digits (a VAT number) is no flight.
    if (/^[ \u00a0]\d{6,}(?!\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "JV-UK27-MAN": a part hyphenated into a code on both sides (a cost centre, a PO) is no flight.
    if (/[\p{L}\d]-$/u.test(text.slice(Math.max(0, m.index - 2), m.index)) && /^-[\p{L}\d]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const lineEnd = text.indexOf('\n', m.index);
    const after = text.slice(m.index + m[0].length, lineEnd < 0 ? undefined : Math.min(lineEnd, m.index + 160));
    // A number opening its line, or after the airline's name only ("Air Nostrum YW 8812"), may have its
    // route on the next one ("EI 123  Friday 3 May" / "Dublin (DUB) 07:05 -> …").
    const lineStart = lineStartOf(text, m.index);
    const prefix = text.slice(lineStart, m.index);
    const opensLine = /^[ \t]*(?:\p{Lu}[\p{L}.'&-]*[ \t]+){0,3}$/u.test(prefix);
    // A receipt's segment heading ends with the number after the day ("FRI 23 JUL 2027  LG 4882"), its
    // departure and arrival on the two lines below.
    const datedHeading = !opensLine && !after.trim() && isDatePrefix(prefix);
    // "Operated by X as LX 1412": a codeshare's operating number is the booked flight's, not another one.
    if (CODESHARE_BEFORE.test(text.slice(Math.max(lineStart, m.index - 60), m.index))) continue;
    // An itinerary table's row runs its long service cell before the route's cells: the whole row is its route.
    const rowRoute = tabbedItineraryRow(text, lineStart) ? text.slice(m.index + m[0].length, endOfLine(text, m.index)) : after;
    // An agency itinerary's "Depart …" / "Arrive …" lines under the number are its route (travel/depart-arrive-lines.ts).
    const route = (opensLine || datedHeading) && lineEnd >= 0 ? rowRoute + text.slice(lineEnd, linesOn(text, lineEnd, (datedHeading ? 2 : 1 + departArriveLines(text, lineEnd)) + operatedByLines(text, lineEnd))) : rowRoute;
    const airportsAfter = airportsIn(route).length
      + arrowEndpoints(route).length;
    // An app's booking card labels the number from the line above ("Flight" / "AY 1331 Operated by …").
    const legCard = LEG_COUNTER.test(prefix);
    const card = (opensLine && CARD_LABEL.test(text.slice(Math.max(0, lineStart - 40), lineStart))) || legCard;
    const worded = flightWordBefore(before);
    const above = !worded && airportsAfter < 2 && !card && opensLine && routeAbove(text, lineStart);
    // A number inside a card of departure and arrival labels owns the whole card (travel/stacked-card.ts).
    const stacked = opensLine ? stackedCard(text, m.index) : null;
    // A receipt's card of number and time over its date, its route a few lines below (travel/timed-number-card.ts).
    const timedCard = opensLine && airportsAfter < 2 && timedNumberCard(text, m.index + m[0].length);
    // A web page's leg in three columns: the number in the middle one, under the two times (travel/mid-column-number.ts).
    const midColumn = !opensLine && airportsAfter < 2 && midColumnNumber(text, m.index, m[0].length);
    if (!worded && airportsAfter < 2 && !card && !above && !stacked && !timedCard && !midColumn) continue;
    // "WAS: HW 621 dep 17:30" over "NOW: HW 629 …": the replaced flight is no longer booked.
    if (isOldValueLine(text, lineStart)) continue;
    // A table heading a column per flight ("Passenger  TP 533 BER–LIS  TP 1823 LIS–PDL") names flights read before: no new ones.
    if (out.some((o) => o.hit.value === fn.value) && isFlightColumnsHeading(text.slice(lineStart, endOfLine(text, m.index)))) continue;
    // Named again on its own line ("… quote SK 4411 / QWE7RT"): the same flight.
    if (out.some((o) => o.hit.value === fn.value && (m.index - o.hit.index < 200 || o.hit.index >= lineStart))) continue;
    out.push({ hit: { value: fn.value, index: m.index, length: m[0].length }, airline: fn.airline, ...(card ? { card } : {}), ...(timedCard ? { timedCard } : {}), ...(legCard ? { legCard } : {}), ...(above ? { routeAbove: true } : {}), ...(stacked ? { stacked } : {}) });
  }
  for (const n of namedFlightNumbers(text)) if (!out.some((o) => o.hit.value === n.hit.value && Math.abs(n.hit.index - o.hit.index) < 200)) out.push(n);
  return out.sort((a, b) => a.hit.index - b.hit.index);
}

/**
 * Whether a flight word presents the number after `before`; not when its sentence ends first
 * ("… before departure for domestic flights. CO2 estimate: …" names no flight).
 */
function flightWordBefore(before: string): boolean {
  const word = FLIGHT_WORD.exec(before);
  return !!word && !sentenceEndIn(word[0]);
}

/** A tabbed line whose cells name two flights or more: a table's heading, one column per flight. */
function isFlightColumnsHeading(line: string): boolean {
  return line.split('\t').filter((cell) => [...cell.matchAll(FLIGHT_NO)].some((m) => normaliseFlightNumber(m[0])?.validated)).length >= 2;
}

/**
 * A codeshare's "Operated by … as LH 813" line may stand between the booked number's line and its
 * route's: 1 when the line after `lineEnd` is one, so the route is read a line further on.
 */
function operatedByLines(text: string, lineEnd: number): number {
  return /^[ \t]*operated[ \t]+by\b/i.test(text.slice(lineEnd + 1, endOfLine(text, lineEnd + 1))) ? 1 : 0;
}

/** The words before a codeshare's operating flight number ("operated by Iberia as IB 3170", "operating carrier: LX 1412"). */
const CODESHARE_BEFORE = /\boperat(?:ed|ing)\b[^\n\t|]{0,45}$/i;

/** A row of a tab-separated itinerary table, under its header line (travel/itinerary-header.ts). */
function tabbedItineraryRow(text: string, lineStart: number): boolean {
  return text.slice(lineStart, endOfLine(text, lineStart)).includes('\t') && !!itineraryColumnsAbove(text, lineStart);
}

/**
 * A booking e-mail's card may print the route first, a line a piece ("9:45pm" / "Montréal (YUL)" /
 * "→" / "8:50am" / "Lisbon (LIS)"), and the airline's name and number below it: two airport codes and
 * a time on the lines just above the number's line, no blank line between.
 */
function routeAbove(text: string, lineStart: number): boolean {
  let start = lineStart;
  const codes = new Set<string>();
  let timed = false;
  for (let k = 0; k < 6 && start > 0; k++) {
    const end = start - 1;
    start = lineStartOf(text, end);
    const line = text.slice(start, end);
    if (!line.trim()) break;
    for (const a of line.matchAll(AIRPORT)) if (isAirportCode(a[1] ?? a[2]!, line.slice(0, a.index))) codes.add(a[1] ?? a[2]!);
    timed ||= findTimes(line).length > 0;
  }
  return codes.size >= 2 && timed;
}

/** A line that is only an airline's name and a number: "DELTA 1183", "Finnair 1331". */
const NAMED_FLIGHT_LINE = /^[ \t]*(\p{L}[\p{L}.'&-]*(?:[ \t]\p{L}[\p{L}.'&-]*){0,2})[ \t]+(\d{1,4})[ \t]*$/gmu;
/** An agency's card heading: a flight word, the airline's name and the number, maybe a status cell after a tab ("✈ FLIGHT · Finnair 1331 ⇥ Status: …"). */
const NAMED_FLIGHT_HEADING = /^[ \t]*(?:✈\uFE0F?[ \t]*)?(?:flight|flug|flyg|vuelo|vol|vlucht|volo)[ \t]*[·•:|–-][ \t]*(\p{L}[\p{L}.'&-]*(?:[ \t]\p{L}[\p{L}.'&-]*){0,2})[ \t]+(\d{1,4})(?:[ \t]*|\t[^\n]*)$/gimu;

/**
 * An airline's own confirmation may head each flight with the airline's name and the number
 * ("DELTA 1183") over its departure and arrival lines: a flight when the name is a known airline's
 * and the next three lines name two airports.
 */
function namedFlightNumbers(text: string): FlightNumberHit[] {
  const out: FlightNumberHit[] = [];
  for (const m of [...text.matchAll(NAMED_FLIGHT_LINE), ...text.matchAll(NAMED_FLIGHT_HEADING)]) {
    const airline = airlineCodeForName(m[1]!);
    if (!airline || !isAirlineCode(airline)) continue;
    const lineEnd = m.index + m[0].length;
    let below = lineEnd;
    for (let k = 0; k < 3 && below >= 0 && below < text.length; k++) below = text.indexOf('\n', below + 1);
    const route = text.slice(lineEnd, below < 0 ? undefined : below);
    const airports = airportsIn(route);
    const second = airports.find((a) => (a[1] ?? a[2]) !== (airports[0]![1] ?? airports[0]![2]));
    if (!second) continue;
    const index = m.index + m[0].indexOf(m[1]!);
    const numberEnd = m.index + m[0].indexOf(m[2]!) + m[2]!.length;
    // The route lines below are the heading's own, even one opening with its time ("6:05 AM … (ABC)").
    out.push({ hit: { value: `${airline}${Number(m[2])}`, index, length: numberEnd - index }, airline, routeEnd: endOfLine(text, lineEnd + second.index) });
  }
  return out;
}

/** Every aircraft type on a line (matchAll copies it, so no match state is shared). */
const AIRCRAFT_ALL = new RegExp(AIRCRAFT.source, 'gi');

/** Whether the offset lies inside an aircraft's type on its line ("Embraer E195-E2" is no flight E1 95). */
function inAircraftName(text: string, at: number): boolean {
  const start = lineStartOf(text, at);
  const line = text.slice(start, endOfLine(text, at));
  for (const a of line.matchAll(AIRCRAFT_ALL)) if (start + a.index <= at && at < start + a.index + a[0].length) return true;
  return false;
}

/** Where the `count`-th line after the line ending at `lineEnd` ends (or undefined: the text's end). */
function linesOn(text: string, lineEnd: number, count: number): number | undefined {
  let end = lineEnd;
  for (let k = 0; k < count; k++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return undefined;
  }
  return end;
}

/**
 * Whether `prefix` is a date alone (a weekday word may open it): "FRI 23 JUL 2027", "Sat 13/11"; a
 * separator may stand between it and the number ("Tue, 4 May 2028  ·  FR 2211").
 */
function isDatePrefix(prefix: string): boolean {
  const trimmed = prefix.replace(/[ \t]*[·•|–—-][ \t]*$/u, '').trimEnd();
  const date = findDates(trimmed).pop();
  return !!date && date.index + date.length === trimmed.length && /^[ \t]*(?:\p{L}{2,10}\.?,?[ \t]*)?$/u.test(trimmed.slice(0, date.index));
}

/** The airport codes written in `text` (isAirportCode), as matches of AIRPORT. */
function airportsIn(text: string): RegExpExecArray[] {
  return [...text.matchAll(AIRPORT)].filter((a) => isAirportCode(a[1] ?? a[2]!, text.slice(0, a.index), text.slice(a.index + a[0].length, a.index + a[0].length + 8)));
}

/**
 * Whether a code written at the end of `before` (and followed by `after`) is an airport. A code that
 * is also a currency ("MAD", "CHF", "STN") counts only right after its airport's city ("Madrid (MAD)"),
 * or where no amount can be: before a clock time ("STN 09:40"), at either end of an arrow ("STN →",
 * "-> STN") or of a dash between two codes ("STN - OPO", "OPO-STN").
 */
function isAirportCode(code: string, before = '', after = ''): boolean {
  const airport = airportByCode(code);
  if (!airport || NOT_AIRPORTS.has(code)) return false;
  if (!isCurrencyCode(code)) return true;
  if (/^[ \t]*\d{1,2}:\d{2}(?!\d)/.test(after) || /(?:->|→)[ \t]*$/.test(before) || /^[ \t]*(?:->|→)/.test(after)) return true;
  if (/^[ \t]*[–—-][ \t]*[A-Z]{3}(?![\p{L}\d])/u.test(after) || /(?<![\p{L}\d])[A-Z]{3}[ \t]*[–—-][ \t]*$/u.test(before)) return true;
  // The city may be written in another language ("Londres (LGW)").
  if (!airport.city) return false;
  const cities = [airport.city, ...otherCityNames(airport.city)].map(foldText);
  if (cities.some((city) => ` ${foldText(before.slice(-40))}`.endsWith(` ${city}`))) return true;
  // Or open the airport's name written before it ("Lisboa - Humberto Delgado (LIS)", "Lisboa-Portela (LIS)"):
  // a name of words alone, no amount, holding the city as a word.
  const name = ` ${foldText(/[\p{L}' .–-]{0,60}$/u.exec(before)![0])} `;
  return cities.some((city) => new RegExp(`[ –-]${escapeRegExp(city)}[ –-]`).test(name));
}

function blockStart(text: string, numberAt: number, floor: number, routeAbove = false): number {
  const own = lineStartOf(text, numberAt);
  // "EI 3 Sat 20.11. DUB 07:10 → CGN 10:00 · EI 6 Sun 21.11. …": a second number on the line opens its own details.
  if (floor > own) return numberAt;
  const ownLine = text.slice(own, text.indexOf('\n', numberAt) < 0 ? undefined : text.indexOf('\n', numberAt));
  // A number under its route (routeAbove) starts its block with the route's first line, or a heading above it.
  if (looseDates(ownLine, null).length && !routeAbove) return own;
  let start = own;
  let best = own;
  let run = own;
  let inRun = routeAbove;
  for (let k = 0; k < 6 && start > floor; k++) {
    start = lineStartOf(text, start - 1);
    if (start < floor) break;
    const line = text.slice(start, text.indexOf('\n', start));
    if (inRun && line.trim()) run = start;
    else inRun = false;
    if (HEADING.test(line) && looseDates(line, new Date(Date.UTC(2000, 0, 1))).length) best = start;
    if (flightNumbers(line).length) break;
  }
  return best === own ? run : best;
}

/** The city written just before an airport code ("Stockholm (ARN)", "Munich Airport (MUC)", "Berlin BER", "تهران (IKA)"). */
function cityBefore(text: string, codeAt: number, code: string): Hit<string> | undefined {
  // "Dublin T1 (DUB)": the terminal between the city and its code is not part of the city.
  const terminal = /[ \u00a0](?:T\d|Terminal[ \u00a0]?\w{1,2})[ \u00a0]*$/i.exec(text.slice(Math.max(0, codeAt - 16), codeAt));
  if (terminal) codeAt -= terminal[0].length;
  // "Boston, MA (BOS)": a state's or country's two-letter code after the city is not part of it.
  const region = /\p{Ll},[ \u00a0]*[A-Z]{2}[ \u00a0]*$/u.exec(text.slice(Math.max(0, codeAt - 8), codeAt));
  if (region) codeAt -= region[0].length - 1;
  const before = text.slice(Math.max(0, codeAt - 40), codeAt);
  // Up to three capitalised words, maybe joined by a lower-case particle ("Palma de Mallorca", "Frankfurt am Main").
  // "Frankfurt/Main": a city's two written names joined by a slash are one.
  // An elided French particle joins the next word ("Nice Côte d’Azur").
  const m = /([\p{Lu}][\p{L}.'-]*(?:(?:[ \u00a0](?:(?:de|del|da|do|di|la|le|am|an|upon|sur)[ \u00a0]|[dl]['’])?|\/)[\p{Lu}][\p{L}.'-]*){0,2})[ \u00a0(]*$/u.exec(before);
  const known = airportByCode(code);
  if (m) {
    const written = m[1]!.trim();
    const index = codeAt - before.length + m.index;
    // "Stockholm Arlanda", "Munich Airport": the airport's city when the words begin with it.
    const first = written.split(/\s+/)[0]!;
    if (known && foldText(written).startsWith(foldText(known.city)) && known.city) {
      const length = written[known.city.length] === '/' ? written.length : known.city.length;
      return { value: written.slice(0, length), index, length };
    }
    // "Lisboa - Humberto Delgado (LIS)": the city, then a dash, then the airport's own name.
    const opening = known?.city ? cityOpeningAirportName(before.slice(0, m.index), known.city) : undefined;
    if (opening) return { ...opening, index: codeAt - before.length + opening.index };
    // "5 Dec Nairobi (NBO)": a date's month word before the airport's city is no part of it.
    const tail = known?.city ? written.slice(-known.city.length) : '';
    if (tail && written.length > tail.length && /\s/.test(written[written.length - tail.length - 1]!) && foldText(tail) === foldText(known!.city)) {
      return { value: tail, index: index + written.length - tail.length, length: tail.length };
    }
    // "HEL CPH", "OSL-MXP": a code before a code (or hyphened to it) is the other airport, not its city.
    const otherCode = /^([A-Z]{3})-?$/.exec(written)?.[1];
    if (!/^(?:Terminal|Airport|Flughafen)$/i.test(first) && !(otherCode && airportByCode(otherCode))) {
      const words = written.split(/\s+/).filter((w) => !/^(?:Airport|Flughafen|Flygplats|Aeropuerto|Aéroport|Intl\.?|International)$/i.test(w));
      if (words.length) return { value: words.join(' '), index, length: words.join(' ').length };
    }
  }
  return text[codeAt] === '(' ? uncasedCityBefore(before, codeAt) : undefined;
}

/** The airport's city (in any of its written names) ending `lead` before a dash: "Lisboa - " of "Lisboa - Humberto Delgado". */
function cityOpeningAirportName(lead: string, city: string): Hit<string> | undefined {
  const m = /((?<![\p{L}])\p{L}[\p{L}'.]*(?:[ \u00a0]\p{L}[\p{L}'.]*){0,2})[ \u00a0]*[–—-][ \u00a0]*$/u.exec(lead);
  if (!m) return undefined;
  const names = new Set([city, ...otherCityNames(city)].map(foldText));
  // "Costa Rica - San José": only the words next to the dash that make up the city's name.
  const words = m[1]!.split(/[ \u00a0]/);
  for (let k = 1; k <= words.length; k++) {
    const value = words.slice(-k).join(' ');
    if (names.has(foldText(value))) return { value, index: m.index + m[1]!.length - value.length, length: value.length };
  }
  return undefined;
}

// One word of a script without capitals (Arabic, Persian, Hebrew) right before a bracketed code
// ("تهران (IKA)", a two-part name joined by its zero-width non-joiner included): no capital marks
// where a name starts, so only the word next to the code is taken.
const UNCASED_CITY = /(?<![\p{L}\p{M}\u200C])((?:\p{Script=Arabic}|\p{Script=Hebrew})[\p{L}\p{M}\u200C]*)[ \u00a0]*$/u;

function uncasedCityBefore(before: string, codeAt: number): Hit<string> | undefined {
  const m = UNCASED_CITY.exec(before);
  if (!m || !/^\p{L}/u.test(m[1]!)) return undefined;
  return { value: m[1]!, index: codeAt - before.length + m.index, length: m[1]!.length };
}

/**
 * "DEPART  6:05 AM  RDU  Raleigh-Durham, NC": a code right after a time, with the city (and a state
 * or country code) ending the line, has its city after it.
 */
function cityAfterTimedCode(text: string, codeAt: number): Hit<string> | undefined {
  const before = text.slice(lineStartOf(text, codeAt), codeAt);
  if (!/\d{1,2}[:.]\d{2}(?:[ \u00a0]?[AaPp]\.?[Mm]\.?)?[ \t]+$/.test(before)) return undefined;
  const m = /^[ \t]+([\p{Lu}][\p{L}.'-]*(?:(?:[ \u00a0]|\/)[\p{Lu}][\p{L}.'-]*){0,2})(?:,[ \t]*[A-Z]{2})?[ \t]*(?:\n|$)/u.exec(text.slice(codeAt + 3, codeAt + 80));
  if (!m || !/\p{Ll}/u.test(m[1]!)) return undefined;
  return { value: m[1]!, index: codeAt + 3 + m[0].indexOf(m[1]!), length: m[1]!.length };
}

/**
 * "HEL  CPH" over "Helsinki  Copenhagen": a line of codes alone has the airports' cities on the next
 * written line below it, in the same order; a code's city is its airport's city written there.
 */
function cityBelow(text: string, codeAt: number, code: string): Hit<string> | undefined {
  const lineEnd = endOfLine(text, codeAt);
  const own = text.slice(lineStartOf(text, codeAt), lineEnd);
  const city = airportByCode(code)?.city;
  // An app card may join the codes by an arrow ("PDX > SLC") and print the leg's length between them and the cities.
  if (!city || !/^[ \t]*[A-Z]{3}(?:[ \t]*(?:[>→–-]|->)?[ \t]+[A-Z]{3})+[ \t]*$/.test(own)) return undefined;
  let at = lineEnd;
  for (let k = 0; k < 2; k++) {
    const next = /^\n[ \t\n]*([^\n]*)/.exec(text.slice(at));
    if (!next) return undefined;
    const lineAt = at + next[0].length - next[1]!.length;
    const folded = foldText(next[1]!);
    const found = folded.indexOf(foldText(city));
    // Folding keeps the length of plain Latin text; elsewhere the written form is not found by index.
    if (found >= 0 && folded.length === next[1]!.length) return { value: next[1]!.slice(found, found + city.length), index: lineAt + found, length: city.length };
    // Only a line of the leg's length ("1h 55m") stands between the codes and their cities.
    DURATION.lastIndex = 0;
    if (k > 0 || !DURATION.test(next[1]!)) return undefined;
    at = lineAt + next[1]!.length;
  }
  return undefined;
}

/** A row opening with its weekday and day of the month, no month: "Fri 8 ⇥ AF 1234 ⇥ CDG 10:05 -> LYS 11:10". */
const WEEKDAY_DAY_CELL = /^[ \t]*(\p{L}{2,12})\.?,?[ \t]+(\d{1,2})(?:st|nd|rd|th)?\.?(?=[ \t])/u;

/**
 * The day a tour manager's flight row opens with ("Fri 8"): of the days within a week of the date written
 * above it (the notes' show day), the one of that weekday and day of the month.
 */
function rowWeekdayDay(text: string, at: number, near: string): DateMatch | undefined {
  const lineStart = lineStartOf(text, at);
  const m = WEEKDAY_DAY_CELL.exec(text.slice(lineStart, endOfLine(text, at)));
  const weekday = m ? weekdayNumber(m[1]!) : undefined;
  if (!m || weekday === undefined) return undefined;
  for (let delta = -7; delta <= 7; delta++) {
    const day = addDays(near, delta);
    const date = new Date(`${day}T12:00:00Z`);
    if (date.getUTCDate() === Number(m[2]) && date.getUTCDay() === weekday) {
      return { value: day, index: lineStart + m.index + m[0].length - m[0].trimStart().length, length: m[0].trim().length, hasYear: false };
    }
  }
  return undefined;
}

function dateBefore(text: string, at: number, ref: Date | null): DateMatch | undefined {
  const from = Math.max(0, at - 2000);
  return looseDates(text.slice(from, at), ref).filter((d) => d.hasYear || ref).map((d) => ({ ...d, index: d.index + from })).pop();
}

const FLIGHT_MINUTES = (minutes: number) => minutes >= 20 && minutes <= 24 * 60;

function labelledDuration(block: string, start: number): Hit<number> | undefined {
  const m = DURATION_LABELLED.exec(block);
  const minutes = m ? (m[3] ? Number(m[3]) : Number(m[1]) * 60 + Number(m[2] ?? 0)) : 0;
  return m && FLIGHT_MINUTES(minutes) ? { value: minutes, index: start + m.index, length: m[0].length } : undefined;
}

const LEAD_TIME_AFTER = /^[ \t]*(?:before|prior|ahead|in advance|vor(?:her)?|avant|antes|innan|før|voor)\b/i;
/** "1h 15m layover": the wait between two legs, not a flight's length. */
const LAYOVER_AFTER = /^[ \t]*(?:layover|stopover|connection|transfer|umstieg|aufenthalt|escala|correspondance|overstap|byte|mellanlandning)\b/i;

/** "2h 15m", "1 hr 5 min", "3h"; a bare "90 min" is too often something else (a set, a connection). */
function unlabelledDuration(block: string, start: number): Hit<number> | undefined {
  for (const m of block.matchAll(DURATION)) {
    // "check-in opens 24h before departure": a lead time, not the flight's length.
    if (LEAD_TIME_AFTER.test(block.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    if (LAYOVER_AFTER.test(block.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const minutes = m[1] ? Number(m[1]) * 60 + Number(m[2]) : m[4] ? Number(m[4]) * 60 + Number(m[5]) : Number(m[3]) * 60;
    if (FLIGHT_MINUTES(minutes)) return { value: minutes, index: start + m.index, length: m[0].length };
  }
  return undefined;
}

/** French typography's spaced hours and minutes alone in a cell ("1 h 25"), which also writes a clock time. */
const SPACED_HOURS_CELL = /(?:^|\t)[ \t]*((\d{1,2})[ \u00a0]h[ \u00a0](\d{2}))[ \t]*(?=\t|$)/m;
const COLON_TIME = /(?<![\d:])\d{1,2}:\d{2}(?![\d:])/g;

/**
 * "1 h 25" in a cell of its own, in a block that writes its clock times with a colon ("07:10 ⇥ ✈ ⇥ 08:35"):
 * the leg's length, not a third clock time.
 */
function spacedHoursLength(block: string, start: number): Hit<number> | undefined {
  const m = SPACED_HOURS_CELL.exec(block);
  if (!m || (block.match(COLON_TIME) ?? []).length < 2) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return FLIGHT_MINUTES(minutes) && Number(m[3]) < 60 ? { value: minutes, index: start + m.index + m[0].indexOf(m[1]!), length: m[1]!.length } : undefined;
}

/** Minutes alone as an item of a dotted details line ("· 55m ·", "| 50 min |") or in a table's cell ("⇥48m"). */
const MINUTES_ITEM = /(?:^|[·•|\t])[ \t]*((\d{2,3})[ \t]?m(?:in)?\.?)[ \t]*(?=[·•|\t]|$)/m;

/**
 * A leg's details line naming its aircraft ("Leg 2 of 2 · 45m · ATR 72 · Economy"), or a table row naming
 * its cabin ("AB 12 ⇥ 10:36 AM ⇥ 11:24 AM ⇥ Economy ⇥ 48m"), gives a short hop's minutes as its duration:
 * beside the aircraft or cabin they are the flight's, not a connection's.
 */
function detailsMinutes(block: string, start: number): Hit<number> | undefined {
  let at = 0;
  for (const line of block.split('\n')) {
    const m = AIRCRAFT.test(line) || (line.includes('\t') && CABIN.test(line)) ? MINUTES_ITEM.exec(line) : null;
    if (m && FLIGHT_MINUTES(Number(m[2]))) return { value: Number(m[2]), index: start + at + m.index + m[0].indexOf(m[1]!), length: m[1]!.length };
    at += line.length + 1;
  }
  return undefined;
}

/** A "2h20" on an itinerary row under a header with a duration column (travel/itinerary-header.ts). */
function headedDuration(text: string, numberAt: number): Hit<number> | undefined {
  const rowStart = lineStartOf(text, numberAt);
  if (!itineraryColumnsAbove(text, rowStart)?.duration) return undefined;
  const d = rowDuration(text.slice(rowStart, endOfLine(text, numberAt)), rowStart);
  return d && FLIGHT_MINUTES(d.value) ? d : undefined;
}

/** A ticket receipt labels its four-digit times: "DEP 1005", "ARR 1240", "Abflug 0650". */
const LABELLED_COMPACT_TIME = /\b(?:dep(?:art(?:ure|s)?)?|arr(?:ival|ives?)?|abflug|ankunft|avg[åa]ng|ankomst|salida|llegada|d[ée]part|arriv[ée]e|vertrek|aankomst)\.?[ \t]*:?[ \t]*([01]\d|2[0-3])([0-5]\d)(?![\d:./-])/giu;

function labelledCompactTimes(block: string, start: number): TimeMatch[] {
  return [...block.matchAll(LABELLED_COMPACT_TIME)].map((m) => ({ value: `${m[1]}:${m[2]}`, index: start + m.index + m[0].length - 4, length: 4 }));
}

/**
 * GDS rows write times as four digits ("ATHENS ATH   BERLIN BER   0650   0855"): read after the arrival
 * airport; never a date's year ("4 May 2028") or another flight's number ("back FR 2212").
 */
function compactTimes(text: string, from: number, to: number): TimeMatch[] {
  return [...text.slice(from, to).matchAll(/(?<=\s)([01]\d|2[0-3])([0-5]\d)(?=\s|$|\+\d)/g)]
    .filter((m) => !/(?:\b[A-Z][A-Z0-9]|\b\p{L}{3,}\.?|\d{1,2}[./])[ \u00a0]$/u.test(text.slice(Math.max(from, from + m.index - 12), from + m.index)))
    .map((m) => ({ value: `${m[1]}:${m[2]}`, index: from + m.index, length: 4 }));
}

/**
 * The end of a details line standing after the blank line at `lineEnd` and before `limit`: a line of
 * the flight's duration, aircraft or cabin, with no clock time and no flight number of its own.
 */
function detailsLineAfterGap(text: string, lineEnd: number, limit: number): number | undefined {
  const gap = /^\n(?:[ \t]*\n)+/.exec(text.slice(lineEnd, lineEnd + 20));
  if (!gap) return undefined;
  const start = lineEnd + gap[0].length;
  const end = endOfLine(text, start);
  const line = text.slice(start, end);
  if (end > limit || !line.trim() || findTimes(line).length || flightNumbers(line).length) return undefined;
  DURATION.lastIndex = 0;
  return AIRCRAFT.test(line) || CABIN.test(line) || DURATION.test(line) ? end : undefined;
}

/** A flight number's line that states neither a time nor its route: the segment's heading. */
function isHeadingLine(text: string, numberAt: number, lineEnd: number): boolean {
  const line = text.slice(lineStartOf(text, numberAt), lineEnd < 0 ? undefined : lineEnd);
  const airports = airportsIn(line);
  return lineEnd >= 0 && !findTimes(line).length && airports.length < 2 && /^\n[ \t]*\S/.test(text.slice(lineEnd, lineEnd + 40));
}

const NEXT_DAY_MARK = /^[ \t]*\(?\+1\)?(?!\d)/;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_AFTER = /^(sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/i;

/** "DEPART ⇥ ARRIVE" over the row that opens with the time at `at`: column headings, marking neither time. */
function underDepartArriveHeadings(text: string, at: number): boolean {
  const start = lineStartOf(text, at);
  if (start === 0 || text.slice(start, at).trim()) return false;
  const cells = text.slice(lineStartOf(text, start - 1), start - 1).trim().split(/\t+| {2,}/);
  return cells.length === 2 && DEPARTURE_WORD.test(cells[0]!) && ARRIVAL_WORD.test(cells[1]!);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The day a flight lands when it is not the day it leaves: a "+1" after the arrival time, a date or
 * weekday written right after it ("07:20 on Thu 21 Oct", "08:50 on Thursday morning"), else the
 * next day when it lands hours earlier on the clock than it left (an overnight flight).
 */
function arrivalDay(text: string, arrival: Hit<string>, date: Hit<string>, departure: Hit<string> | undefined): Hit<string> | undefined {
  const at = arrival.index + arrival.length;
  const after = text.slice(at, at + 40);
  const next = (index: number, length: number) => ({ value: addDays(date.value, 1), index, length });
  if (NEXT_DAY_MARK.test(after)) return next(arrival.index, arrival.length);
  const lead = /^[ \t,]*(?:on[ \t]+)?(?:the[ \t]+)?/i.exec(after)![0].length;
  const written = looseDates(after.slice(lead), new Date(Date.parse(date.value)))[0];
  if (written?.index === 0 && written.value >= date.value && written.value <= addDays(date.value, 2)) {
    return { value: written.value, index: at + lead, length: written.length };
  }
  const weekday = WEEKDAY_AFTER.exec(after.slice(lead));
  if (weekday) {
    const wanted = WEEKDAYS.indexOf(weekday[1]!.toLowerCase());
    for (let k = 0; k <= 2; k++) {
      const day = addDays(date.value, k);
      if (new Date(Date.parse(day)).getUTCDay() === wanted) return { value: day, index: at + lead, length: weekday[0].length };
    }
  }
  // A short westbound hop may land at an earlier clock time the same day ("13:05 → 13:00"): only a
  // landing hours earlier than the take-off is overnight.
  return departure && minutesOf(departure.value) - minutesOf(arrival.value) > OVERNIGHT_GAP ? next(arrival.index, arrival.length) : undefined;
}

const OVERNIGHT_GAP = 4 * 60;

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

export function segmentsIn(text: string, ref: Date | null): Segment[] {
  const numbers = flightNumbers(text);
  const segments: Segment[] = [];
  let floor = 0;
  const starts = numbers.map((n) => {
    const s = n.stacked?.[0] ?? blockStart(text, n.hit.index, floor, n.routeAbove);
    floor = n.hit.index + n.hit.length;
    return s;
  });
  numbers.forEach((n, i) => {
    let start = starts[i]!;
    let end = starts[i + 1] ?? text.length;
    // The block ends with the next itinerary row (a line that opens with a time or a date).
    let lineEnd = text.indexOf('\n', n.hit.index);
    // A heading ("OUTBOUND  Thu, 14 Oct 2027  Flight FR 3412") has its times and airports on the lines
    // below it, up to the first blank line: a time opening those lines is the flight's, not the next row.
    const heading = isHeadingLine(text, n.hit.index, lineEnd);
    for (let k = 0; k < (n.card ? 16 : 12) && lineEnd >= 0 && lineEnd < end; k++) {
      const next = text.slice(lineEnd + 1, lineEnd + 40);
      // A timed card's date line is its own (travel/timed-number-card.ts): the card ends at a blank line.
      const inRoute = n.routeEnd !== undefined && lineEnd < n.routeEnd;
      if (!inRoute && (n.timedCard ? /^[ \t]*(?:\n|$)/.test(next) : !n.card && (heading ? /^[ \t]*(?:\n|$)/.test(next) : ROW_START.test(next)))) break;
      // A rule after a blank line closes the flights' part of a sectioned message: what follows is another topic's.
      if (RULE_AFTER_GAP.test(next)) break;
      // So does another topic's heading after a blank line ("Contacts") (travel/topic-heading-after-gap.ts).
      if (topicHeadingAfterGap(text.slice(lineEnd + 1, lineEnd + 80))) break;
      // The last leg card of an app's trip view runs into the booking's passengers card, which is every leg's.
      if (n.legCard && PASSENGERS_CARD.test(next)) break;
      // A day's banner after the heading's complete route opens the next day's flights (travel/depart-arrive-lines.ts).
      if (heading) {
        const sofar = text.slice(n.hit.index + n.hit.length, lineEnd);
        if (dayBannerAfterRoute(text, lineEnd + 1, sofar, new Set(airportsIn(sofar).map((a) => a[1] ?? a[2])).size)) break;
      }
      lineEnd = text.indexOf('\n', lineEnd + 1);
    }
    // A web page sets the leg's details apart below its route ("2h 40m · Airbus A220 · Economy Light"): still this flight's.
    if (heading && lineEnd >= 0) lineEnd = detailsLineAfterGap(text, lineEnd, end) ?? lineEnd;
    if (lineEnd >= 0) end = Math.min(end, lineEnd);
    // The last row of an itinerary table (a blank line under it) is its own block: what follows the table is not the flight's.
    // So is a timed row with another row under it (a first cell filled from the line's start), as in a day
    // sheet mixing trains, buses and flights ("Coach ⇥ Hub A ⇥ 09:00 ⇥ Airport ⇥ 09:40"): the next row's
    // times and places are its own. An indented line under the row is still the flight's details.
    const rowEnd = endOfLine(text, n.hit.index);
    const rowStart = lineStartOf(text, n.hit.index);
    const rowUnder = NEXT_TABLE_ROW.test(text.slice(rowEnd, endOfLine(text, rowEnd + 1))) && findTimes(text.slice(rowStart, rowEnd)).length > 0;
    if (tabbedItineraryRow(text, rowStart) && (/^\n[ \t]*(?:\n|$)/.test(text.slice(rowEnd, rowEnd + 40)) || rowUnder)) end = Math.min(end, rowEnd);
    // In prose the segment is the sentence that names the flight.
    const ownLineEnd = text.indexOf('\n', n.hit.index);
    // A table's row is its own block: its route and times stand in the cells after a long service cell.
    const sentenceEnd = tabbedItineraryRow(text, lineStartOf(text, n.hit.index)) ? null : sentenceEndIn(text.slice(n.hit.index, ownLineEnd < 0 ? undefined : ownLineEnd));
    if (sentenceEnd) end = Math.min(end, n.hit.index + sentenceEnd.index + 1);
    if (n.stacked) end = n.stacked[1];
    // A ride's row naming the flight it meets in a cell of its own: that cell's sentence is the flight's block.
    const noteCell = n.stacked ? null : flightNoteCell(text, n.hit.index);
    if (noteCell) {
      [start, end] = noteCell;
      const cellSentenceEnd = sentenceEndIn(text.slice(n.hit.index, end));
      if (cellSentenceEnd) end = n.hit.index + cellSentenceEnd.index + 1;
    }
    const block = text.slice(start, end);
    const seg: Segment = { flightNumber: n.hit, airline: n.airline, block: [start, end] };
    const spelled: { code: string; index: number; length: number; city?: Hit<string> }[] = airportsIn(block)
      .filter((a) => start + a.index !== n.hit.index)
      .map((a) => ({ code: (a[1] ?? a[2])!, index: start + a.index + (a[1] ? 1 : 0), length: 3 }));
    const paren = spelled.filter((c) => text[c.index - 1] === '(');
    // Prose may name a side of its route by city alone ("Amsterdam → Chicago O'Hare").
    const byCity = paren.length >= 2 || spelled.length >= 2 ? [] : arrowEndpoints(text.slice(n.hit.index, endOfLine(text, n.hit.index)))
      .map((a) => ({ code: a.code, end: a.end, index: n.hit.index + a.city.index, length: a.city.length, city: { ...a.city, index: n.hit.index + a.city.index } }));
    const codes = [...spelled, ...byCity].sort((a, b) => a.index - b.index);
    // The one end named by city after the arrow is where the flight goes ("… -> Seoul Incheon 15:05").
    const [from, to] = paren.length >= 2 ? paren : codes.length === 1 && byCity[0]?.end === 'to' ? [undefined, codes[0]] : codes;
    const cityOf = (c: typeof codes[number]) => c.city ?? cityAfterTimedCode(text, c.index) ?? cityBefore(text, c.index - (text[c.index - 1] === '(' ? 1 : 0), c.code) ?? cityBelow(text, c.index, c.code) ?? cityOnFlightLine(text, n.hit.index, c.code);
    if (from) { seg.from = { value: from.code, index: from.index, length: from.length }; seg.fromCity = cityOf(from); }
    if (to && to.code !== from?.code) { seg.to = { value: to.code, index: to.index, length: to.length }; seg.toCity = cityOf(to); }
    seg.duration = labelledDuration(block, start) ?? unlabelledDuration(block, start) ?? headedDuration(text, n.hit.index) ?? detailsMinutes(block, start) ?? spacedHoursLength(block, start);
    const inDuration = (t: Hit<string>) => !!seg.duration && t.index >= seg.duration.index && t.index < seg.duration.index + seg.duration.length;
    const dates = looseDates(block, ref);
    // "Sat 20.11.": a day and month with their closing dot are a date, not the clock time 20:11.
    // A date read with its clock time ("11:05am +1 day") keeps that time.
    const dayMonths = dates.filter((d) => !/:|\d\s*[ap]\.?m\b/i.test(block.slice(d.index, d.index + d.length)));
    const inDate = (t: Hit<string>) => dayMonths.some((d) => t.index - start >= d.index && t.index - start < d.index + d.length);
    const written = findTimes(block).map((t) => ({ ...t, index: t.index + start })).filter((t) => !inDuration(t) && !inDate(t));
    const flightLineEnd = ownLineEnd < 0 ? text.length : ownLineEnd;
    const onOwnLine = written.some((t) => t.index > n.hit.index && t.index < flightLineEnd);
    const compact = !onOwnLine && to && to.index < flightLineEnd ? compactTimes(text, to.index + 3, flightLineEnd) : [];
    // A change notice's old times ("WAS: dep 07:10") are not the flight's (travel/superseded-lines.ts).
    const superseded = supersededSpans(block, start);
    const times = [...compact, ...written, ...labelledCompactTimes(block, start)].filter((t) => !inSpans(superseded, t.index)).sort((a, b) => a.index - b.index);
    // "dep. 12:05": a time its departure word marks is the take-off, whatever time the block wrote before it (a ride to the airport).
    const dep = times.find((t) => DEPARTURE_WORD.test(text.slice(Math.max(0, t.index - 16), t.index))) ?? times[0];
    // "SQ 88 SIN–BOM, lands 06:40": the one time, landing-worded before the number or right before the time, is the arrival.
    const landingTime = dep && LANDING.test(text.slice(Math.max(0, dep.index - 12), dep.index));
    // "… lands 13:52, Terminal 1" over the ride's rows ("Pickup time 14:30"): a time marked as the landing, alone on its line, is the arrival.
    const aloneOnLine = dep && !times.some((t) => t !== dep && t.index >= lineStartOf(text, dep.index) && t.index < endOfLine(text, dep.index));
    if (dep && (times.length === 1 || (landingTime && aloneOnLine && dep === times[0])) && (landingTime || LANDING.test(text.slice(Math.max(0, n.hit.index - 40), n.hit.index)))) seg.arrival = dep;
    else if (dep) {
      const marked = times.find((t) => ARRIVAL_WORD.test(text.slice(Math.max(0, t.index - 12), t.index)) && !underDepartArriveHeadings(text, t.index));
      // "(arr. 10:20)" as the only time: the landing, no departure written.
      if (marked !== dep || times.length > 1) seg.departure = dep;
      // After a marked take-off that other times precede, the landing is written on its line, not further down the block.
      const lineOfDep = dep === times[0] ? null : endOfLine(text, dep.index);
      seg.arrival = marked ?? times.find((t) => t.index > dep.index && t.value !== dep.value && (lineOfDep === null || t.index < lineOfDep));
    }
    const blockDates = dates.filter((d) => d.hasYear || ref);
    // A bare "1/2" (a manifest's leg counter, a fraction) is no date beside a full one in the same block.
    const numericOnly = (d: DateMatch) => !d.hasYear && !/\p{L}/u.test(block.slice(d.index, d.index + d.length));
    const first = blockDates[0] && numericOnly(blockDates[0]) ? blockDates.find((d) => d.hasYear) ?? blockDates[0] : blockDates[0];
    const above = first ? undefined : dateBefore(text, start, ref);
    const date = first ? { ...first, index: first.index + start } : (above && rowWeekdayDay(text, start, above.value)) ?? above;
    if (date) seg.date = { value: date.value, index: date.index, length: date.length };
    if (seg.date && seg.arrival) seg.arrivalDate = arrivalDay(text, seg.arrival, seg.date, seg.departure);
    const aircraft = AIRCRAFT.exec(block);
    if (aircraft) seg.aircraft = { value: aircraft[0], index: start + aircraft.index, length: aircraft[0].length };
    // "Fly Business to Riga", "Upgrade to Business from £149": an offer's cabin is not the booked one.
    const cabin = [...block.matchAll(new RegExp(CABIN.source, 'gu'))].find((m) => !UPSELL_BEFORE.test(block.slice(Math.max(0, m.index - 16), m.index))) ?? null;
    const fare = cabin ? undefined : FARE_LABEL.exec(block);
    if (cabin) seg.travelClass = { value: cabin[0], index: start + cabin.index, length: cabin[0].length };
    else if (fare) seg.travelClass = { value: fare[1]!, index: start + fare.index + fare[0].length - fare[1]!.length, length: fare[1]!.length };
    else seg.travelClass = fareBelowCard(text, end);
    segments.push(seg);
  });
  return segments.filter((s) => !isMention(s, segments));
}

/** How many written lines under a card may give its fare. */
const FARE_LINES_BELOW = 2;

/**
 * A web page's leg card may leave its fare to a line below it, after its links ("Change my booking" /
 * "Fare: Smart · Operated by …"): the fare labelled on one of the first written lines after the card's
 * block, when neither names a flight nor a clock time.
 */
function fareBelowCard(text: string, blockEnd: number): Hit<string> | undefined {
  let at = endOfLine(text, blockEnd);
  for (let k = 0; k < FARE_LINES_BELOW && at < text.length; at = endOfLine(text, at + 1)) {
    const start = at + 1;
    const line = text.slice(start, endOfLine(text, start));
    if (!line.trim()) continue;
    k++;
    if (findTimes(line).length || flightNumbers(line).length) return undefined;
    const fare = FARE_LABEL.exec(line);
    if (fare) return { value: fare[1]!, index: start + fare.index + fare[0].length - fare[1]!.length, length: fare[1]!.length };
  }
  return undefined;
}

/**
 * "Seats on HW 604 have been released": a flight number the text names again, with neither a route
 * nor a time of its own, is a mention of a segment read elsewhere with its route, not another flight.
 */
function isMention(s: Segment, all: Segment[]): boolean {
  if (s.from || s.departure || s.arrival) return false;
  return all.some((o) => o !== s && o.flightNumber.value === s.flightNumber.value && !!o.from && !!o.departure);
}
