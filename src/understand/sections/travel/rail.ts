/**
 * Rail legs of a travel itinerary: not flights, but transfers of the party. A leg opens with a
 * heading naming the train and the day ("TREN · vie, 15 oct 2027", "SAT 08.05.2027 - TRAIN"), then
 * the service line: the service's name ending in its train number ("ICE 578", "Trenitalia
 * Frecciarossa 9541"), the departure station and time, the arrival station and time (on the same
 * line or the next). The item of the next lines naming the coach and seats ("Wagen 7, Plätze 45 und
 * 46") is the leg's note; fares and references are not kept.
 */
import type { Activity, ExtractedSource } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import { findTimes, normaliseText } from '../../normalise/index.js';
import { read, type Line } from '../../text/index.js';
import { looseDates, type Hit } from './phrases.js';
import { readerFor, type Reader } from './reader.js';
import { ticketLegs } from './rail-ticket.js';

/** A train in the supported languages (and rail words itineraries use in headings). */
const TRAIN_WORD = /(?<![\p{L}])(?:train|tren|tog|zug|bahn|t[åa]g|treno|trein|comboio|juna|poci[ąa]g|vlak|rail)(?![\p{L}])/iu;
/** The service's name up to its train number: starts with a word, ends in a number that is no time. */
const SERVICE = /^[ \t]*(\p{L}[\p{L}.&'’ -]*?[ \t]\d{1,5})(?![\d:.])/u;
/** Words that mark the departure or the arrival, and arrows, before or after a station's name. */
const MARK = String.raw`(?:[\s,→>–-]|(?<![\p{L}])(?:salida|llegada|dep(?:arture)?|arr(?:ival)?|ab|an|abfahrt|ankunft|afgang|ankomst|avg[åa]ng|avreise|partenza|arrivo|d[ée]part|arriv[ée]e|vertrek|aankomst|sa[íi]da|chegada)(?![\p{L}])\.?)`;
const STATION_NOISE = new RegExp(String.raw`^${MARK}+|${MARK}+$`, 'giu');
/** A coach (car) and its seats: "Coche 5, plazas 7A y 7B", "Vogn 4, pladser 51, 52". */
const COACH = /^(?:coche|vag[óo]n|vogn|vagn|wagen|coach|car|voiture|carrozza|rijtuig|carruagem|carriage|vaunu|wagon)[ \t]+\d/iu;
const ITEM_SEPARATOR = /[ \t]+[·•|–-][ \t]+|\t/;

/** A station: the text between two stops of the service line, without departure/arrival words. */
function station(text: string, from: number, to: number): Hit<string> | undefined {
  const raw = text.slice(from, to);
  const value = normaliseText(raw.replace(STATION_NOISE, ''));
  if (!value || !/\p{Lu}/u.test(value)) return undefined;
  const at = raw.indexOf(value.split(' ')[0]!);
  return { value, index: from + Math.max(0, at), length: value.length };
}

/** Seats after a separator of their own ("Coach 14 · seats 31, 32"): they go with the coach before them. */
const SEAT_WORD = String.raw`(?:seats?|places?|pl[äa]tze?|plazas?|pladser|platser|plasser|posti|zitplaatsen|plaatsen|lugares|paikat)`;
const SEATS = new RegExp(String.raw`^${SEAT_WORD}[ \t]+\d`, 'iu');
/** A label before the coach ("Reservation: Coach 14"). */
const ITEM_LABEL = /^\p{L}[\p{L} ]{0,24}:[ \t]*/u;
/** The last seat of the run, with text run on after it ("seats 11, 12 Direct · …"): the run ends at that seat. */
const RUN_ON = /(?<=\d[A-Z]?)[ \t]+(?=\p{Lu}\p{Ll})/gu;

/** Where a coach-and-seats item ends: before a capitalised word run on after a figure that is no seat word ("Coach 5 Seats 12A" goes on). */
function runEnd(value: string): number {
  for (const m of value.matchAll(RUN_ON)) if (!SEATS.test(value.slice(m.index + m[0].length))) return m.index;
  return value.length;
}

/**
 * The coach-and-seats item of a line or cell ("Rail - all 4 | Coach 5, seats 61, 62 | …"), as
 * written, with the coach and seat items that follow it ("Coach 6 · seats 45, 46 · Coach 7 · seats
 * 11"); `start` is where `text` starts.
 */
export function coachItem(text: string, start: number): Hit<string> | undefined {
  const items: { value: string; at: number }[] = [];
  let offset = 0;
  for (const item of text.split(ITEM_SEPARATOR)) {
    const at = text.indexOf(item, offset);
    offset = at + item.length;
    const value = item.trim();
    items.push({ value, at: at + item.indexOf(value) });
  }
  for (const [i, item] of items.entries()) {
    const label = ITEM_LABEL.exec(item.value)?.[0].length ?? 0;
    if (!COACH.test(item.value.slice(label))) continue;
    let last = i;
    while (items[last + 1] && (SEATS.test(items[last + 1]!.value) || COACH.test(items[last + 1]!.value))) last++;
    const from = item.at + label;
    const tail = items[last]!;
    const end = tail.at + runEnd(tail.value);
    const value = text.slice(from, end);
    return { value, index: start + from, length: value.length };
  }
  return undefined;
}

/** The coach-and-seats item of the lines after the service, as written. */
function coachNote(lines: Line[]): Hit<string> | undefined {
  for (const line of lines) {
    if (!line.text.trim()) break;
    const item = coachItem(line.text, line.start);
    if (item) return item;
  }
  return undefined;
}

function legAt(r: Reader, lines: Line[], heading: number): Draft<Activity> | null {
  const head = lines[heading]!;
  const date = looseDates(head.text, null)[0];
  const serviceLine = lines[heading + 1];
  const service = serviceLine ? SERVICE.exec(serviceLine.text) : null;
  if (!date || !serviceLine || !service) return null;
  // The arrival may stand on the next line, under the departure.
  const next = lines[heading + 2];
  const ownTimes = findTimes(serviceLine.text).length;
  const spans = ownTimes < 2 && next && findTimes(next.text).length ? 2 : 1;
  const text = lines.slice(heading + 1, heading + 1 + spans).map((l) => l.text).join('\n');
  const base = serviceLine.start;
  const nameEnd = service.index + service[0].length;
  const times = findTimes(text.slice(nameEnd)).map((t) => ({ ...t, index: t.index + nameEnd }));
  if (times.length !== 2) return null;
  const [dep, arr] = times as [typeof times[0], typeof times[0]];
  const at = <T>(h: Hit<T>, validated: boolean | null = null) => r.at(h.value, [h.index, h.index + h.length], validated, 'pattern');
  const name = service[1]!.trim();
  const d: Draft<Activity> = {
    name: at({ value: name, index: base + service[0].indexOf(name), length: name.length }),
    kind: r.at('transfer', null, null, 'inferred'),
    date: at({ value: date.value, index: head.start + date.index, length: date.length }, true),
    startTime: at({ value: dep.value, index: base + dep.index, length: dep.length }, true),
    endTime: at({ value: arr.value, index: base + arr.index, length: arr.length }, true),
  };
  const from = station(text, nameEnd, dep.index);
  const to = station(text, dep.index + dep.length, arr.index);
  if (from) d.location = at({ ...from, index: base + from.index });
  if (to) d.destination = at({ ...to, index: base + to.index });
  const note = coachNote(lines.slice(heading + 1 + spans, heading + 4 + spans));
  if (note) d.notes = at(note);
  return d;
}

/** The rail legs a source's text states, as transfer activities. */
export function railLegs(source: ExtractedSource): Draft<Activity>[] {
  const r = readerFor(source, 'pattern');
  const lines = read(source).lines;
  const out: Draft<Activity>[] = [];
  lines.forEach((line, i) => {
    if (!TRAIN_WORD.test(line.text) || line.text.length > 80) return;
    const leg = legAt(r, lines, i);
    if (leg) out.push(leg);
  });
  // No itinerary's service line: a rail operator's ticket in columns (rail-ticket.ts).
  return out.length ? out : ticketLegs(source);
}
