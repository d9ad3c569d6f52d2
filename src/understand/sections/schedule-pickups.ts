/**
 * A pick-up written as a verb, as drivers and promoters write it in chats and e-mails: "I pick you
 * up Thursday 14/10 at 13:30 at the central station, exit north, and drive you to the hotel",
 * "we'll collect you at 9:15 from the airport and take you to the venue", "I'll collect you from the hotel
 * 13:40 and run you to the venue for load in" (a bare time after the place). A transfer named
 * "Transfer", dated by a date in the sentence, from the place after (or just before) its time, to the
 * place after "drive/take/bring you to" or "for"; those picked up may be named ("collect Ana + Tom"),
 * the vehicle said on the way ("with the van"). A meeting or a wait is a pick-up only when the driver
 * then drives them somewhere ("meet him at 09:15 at arrivals and he'll drive you to the hotel",
 * "will wait at arrivals at 18:15 and drive you to …"), and a vehicle leaving a place at a time for
 * another is one too ("the van leaves the hotel at 08:00 for the airport"), as is one sent along a route
 * ("we'll send the minibus at 2:30 pm, hotel to hall"), named by the vehicle.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findDates, findTimes } from '../normalise/index.js';
import { evidenceAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';
import { relativeDay } from './show-date.js';

/** Who is picked up: "you", "everyone", "the crew", or people by name ("Ana + Tom", "Ana and Tom"). */
const NAMED = String.raw`\p{Lu}[\p{L}'’-]+`;
const WHO = String.raw`(?:you(?: all| guys)?|y'all|us|them|everyone|everybody|the (?:band|crew|team|group|artists?)|${NAMED}(?:\s*(?:\+|&|and)\s*${NAMED})*)`;
/** How they are driven, between the pick-up and where it goes: "with the van", "in the car". */
const VEHICLE = String.raw`(?:\s+(?:with|in)\s+(?:the|our|a)\s+\p{L}+)?`;
/** A remark in brackets after the time or place ("(he'll have a sign)"), passed over. */
const ASIDE = String.raw`(?:\s*\([^()]{0,60}\))?`;
/**
 * The driver's verbs ("picks you up", "collects you", "will be waiting at"), the time, the place, then
 * where the ride goes: "and takes/brings you (straight) to X", or "for the airport". Case counts (no
 * `i`): a name picked up is capitalised, so "collect keys" and "pick gear up" are no pick-ups.
 */
const TIME = String.raw`(?<time>\d{1,2}[:.h]\d{2}|\d{1,2}\s*[apAP]\.?[mM]\b\.?)`;
/** "and takes you to", "and he'll drive you straight to": the driver (perhaps named again) drives them on. */
const DRIVES_ON = String.raw`,?\s+and\s+(?:(?:he|she|they|we|I)(?:'ll|’ll|\s+will)?\s+)?(?:drive|take|bring|get|run)s?\s+${WHO}\s+(?:straight\s+|directly\s+)?to`;
/** Where the ride ends: the words before the sentence (or the clause) ends. */
const RIDE_END = String.raw`(?=\s*(?:[.;!?]|$|\s{3}|[-–]\s)|,\s+(?:then|and|after that)\b|\s+(?:instead of|rather than)\s)`;
const TO = String.raw`\s+(?:the\s+)?(?<to>[^.,;!?]{3,60}?)`;
/** After the verbs: a few words (where a place may stand), then the time. */
const GAP_THEN_TIME = String.raw`\b(?<gap>[^.;!?\n]{0,40}?)(?:\b(?:at|@)\s+|(?<=\p{L})\s)${TIME}` + ASIDE +
  String.raw`(?:\s+(?:at|from)\s+(?:the\s+)?(?<from>[^.;!?()]{3,80}?))?` + ASIDE + VEHICLE;
const PICKUP = new RegExp(
  String.raw`\b(?:[Pp]ick(?:s|ing)?\s+${WHO}\s+up|[Cc]ollect(?:s|ing)?\s+${WHO}|[Bb]e\s+waiting(?:\s+for\s+${WHO})?)` + GAP_THEN_TIME +
  String.raw`(?:(?:${DRIVES_ON}|\s+for)${TO})?${RIDE_END}`,
  'gu',
);
/** "meet him at 09:15 at the meeting point and he'll drive you to …", "will wait at arrivals at 18:15 and drive you to …". */
const MEET_THEN_RIDE = new RegExp(
  String.raw`\b(?:[Mm]eet\s+(?:him|her|them|me|us|${NAMED})|(?<!\b[Bb]e\s+)[Ww]ait(?:s|ing)?)` + GAP_THEN_TIME + String.raw`${DRIVES_ON}${TO}${RIDE_END}`,
  'gu',
);
/** "the van leaves the hotel at 08:00 for Schiphol", "the bus departs from the venue at 23:30 for the ferry". */
const VEHICLE_LEAVES = new RegExp(
  String.raw`\b(?:[Tt]he|[Oo]ur)\s+(?:van|bus|car|shuttle|splitter(?:\s+van)?|minibus|taxi|cab|runner|driver)\s+(?:leaves|departs|goes)\s+(?:from\s+)?(?:the\s+)?(?<from>[^.;!?\n\d]{3,40}?)\s+at\s+${TIME}\s+for${TO}${RIDE_END}`,
  'gu',
);

/**
 * "we'll send the minibus at 2:30 pm, hotel to hall", "we send a car at 13:00 from the hotel to the venue": a
 * vehicle sent at a time along a route; the ride is named by the vehicle.
 */
const SENDS_VEHICLE = new RegExp(
  String.raw`\b[Ss]end(?:s|ing)?\s+(?:the|a|our)\s+(?<vehicle>van|bus|car|shuttle|minibus|taxi|cab|runner|driver)\s+(?:round\s+|over\s+)?at\s+${TIME},?\s+(?:from\s+)?(?:the\s+)?(?<from>[^.;!?\n\d,]{3,40}?)\s+to${TO}${RIDE_END}`,
  'gu',
);

/** Spanish: "los recoge en el aeropuerto, Terminal 1, a las 19:00 y los lleva al hotel". */
const ES_WHO = String.raw`(?:los|las|les|te|os|nos|lo|la)`;
const RECOGIDA = new RegExp(
  String.raw`\b${ES_WHO}\s+(?:recoge(?:n|mos|r[áa]|remos)?|busca(?:n|mos|r[áa])?)\s+en\s+(?:el\s+|la\s+)?(?<from>[^.;!?]{3,60}?),?\s+a\s+las?\s+(?<time>\d{1,2}[:.h]\d{2}|\d{1,2}\s*h\b)` +
  String.raw`(?:\s+y\s+${ES_WHO}\s+(?:lleva(?:n|mos|r[áa])?)\s+(?:al|a\s+la|a)\s+(?<to>[^.,;!?]{3,60}?))?(?=\s*(?:[.;!?]|$))`,
  'giu',
);

/** "Thursday 14/10": a day and month after a weekday's name, in the year of the message (or the next). */
function dayMonthAfterWeekday(text: string, ref: Date | null): { value: string; index: number; length: number } | null {
  const m = /\b\p{L}{3,}(?:day|dag|tag)?\.?,?\s+(\d{1,2})[./](\d{1,2})(?![./]?\d)/iu.exec(text);
  if (!m || !ref || !WEEKDAY.test(m[0])) return null;
  const [day, month] = [Number(m[1]), Number(m[2])];
  const year = ref.getUTCFullYear() + (month < ref.getUTCMonth() + 1 - 6 ? 1 : 0);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  return { value: date.toISOString().slice(0, 10), index: at, length: m[0].length - (at - m.index) };
}

const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|man|tir|ons|tor|fre|lør|lör|søn|sön|mån|tis|mié|jue|vie|sáb|dom|mo|di|mi|do|fr|sa|so)\p{L}*\.?,?\s/iu;

/**
 * "Saturday Paulo picks you up …", "el viernes nuestro chofer los recoge …": a weekday (or
 * "tomorrow") earlier in the sentence dates the ride, as the next such day after the message's date.
 */
export function dayNamedBefore(text: string, at: number, ref: Date): { value: string; index: number; length: number } | null {
  const start = Math.max(text.lastIndexOf('\n', at - 1), text.slice(0, at).search(/[.!?][^.!?]*$/)) + 1;
  let best: { value: string; index: number; length: number } | null = null;
  for (const w of text.slice(start, at).matchAll(/\p{L}+/gu)) {
    const value = relativeDay(w[0], ref);
    if (value) best = { value, index: start + w.index, length: w[0].length };
  }
  return best;
}

const PLACE_BEFORE_TIME = /(?:^|\s)(?:at|from)\s+(?:the\s+)?(\p{L}[^\d]*?)\s*$/u;

/** The pick-ups `prose` describes; `offset` is where the prose starts in the source, `ref` dates "Thursday 14/10". */
export function pickupItems(source: ExtractedSource, prose: { text: string; offset: number }, ref: Date | null): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const m of [PICKUP, MEET_THEN_RIDE, VEHICLE_LEAVES, SENDS_VEHICLE, RECOGIDA].flatMap((re) => [...prose.text.matchAll(re)])) {
    const g = m.groups!;
    const time = findTimes(g.time!)[0];
    if (!time) continue;
    const base = prose.offset + m.index;
    const span = (part: string): [number, number] => {
      const at = base + m[0].indexOf(part);
      return [at, at + part.length];
    };
    // A vehicle sent names its ride ("Van"); a driver's pick-up is a "Transfer".
    const vehicle = g.vehicle ? g.vehicle[0]!.toUpperCase() + g.vehicle.slice(1) : null;
    const item: ScheduleItem = {
      name: vehicle ? found(vehicle, evidenceAt(source, span(g.vehicle!), 'pattern')) : found('Transfer', evidenceAt(source, span(m[0].split(/\s/)[0]!), 'pattern')),
      kind: found('transfer', evidenceAt(source, span(m[0].split(/\s/)[0]!), 'pattern')),
      start: found(time.value, evidenceAt(source, span(g.time!), 'pattern', true)),
    };
    const gap = g.gap ?? '';
    const date = findDates(gap, ref ?? undefined)[0] ?? dayMonthAfterWeekday(gap, ref);
    if (date) item.date = found(date.value, evidenceAt(source, span(gap.slice(date.index, date.index + date.length)), 'pattern', true));
    else {
      const day = ref ? dayNamedBefore(prose.text, m.index, ref) : null;
      if (day) item.date = found(day.value, evidenceAt(source, [prose.offset + day.index, prose.offset + day.index + day.length], 'pattern', true));
    }
    // "pick you up at the north gate at 9:15": the place may stand before the time.
    const from = g.from ?? PLACE_BEFORE_TIME.exec(gap)?.[1];
    if (from) item.location = found(from.replace(/\s+/g, ' ').trim(), evidenceAt(source, span(from), 'pattern'));
    // "run you to the venue for load in": what the ride is for is no part of where it goes, nor is an aside after it
    // ("to hall (roughly 20 min)").
    const to = g.to?.replace(/\s+for\s.*$/, '').replace(/\s*\([^()]*\)?\s*$/, '').trim();
    if (to) item.destination = found(to, evidenceAt(source, span(to), 'pattern'));
    items.push(item);
  }
  return items;
}
