/**
 * A ride booked with a transport company, confirmed as one block of label/value rows: "Date",
 * "Pick-up time", "Pick-up address", "Drop-off address", "Estimated arrival", "Remarks". The block is
 * one ride: a transfer named "Transfer" (the rows print no label of their own), from the pick-up
 * place to the drop-off place, its arrival the end time and its remark the note. The places are
 * only stops of the ride: a hotel named there is no stay (see `rideStopSpans`).
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found, type Found } from '../found.js';
import { findDates, findTimes } from '../normalise/index.js';
import { evidenceAt, read, type Line } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';
import { activityKind } from './activity-kinds.js';
import { englishHalf } from '../text/lexicon.js';

// A label's letters may carry vowel signs (Bengali "তারিখ").
const ROW = /^\s*(?<label>\p{L}[\p{L}\p{M}'’ /.-]{1,30}?)\s*(?:\t+|:\s+|\s{2,})(?<value>\S.*?)\s*$/u;
const PLACE_WORD = String.raw`(?:\s*(?:address|location|place|point|spot|adres(?:se)?|ort|stelle|plats|adress))?`;
// A bare "From:"/"Från:" over "To:"/"Till:" is a ride's stops too ("Från: Airport, arrivals hall"); an
// e-mail's header block writes addresses there, which are no places (isPlace).
const FROM_PLACE = new RegExp(String.raw`^(?:(?:pick[- ]?up|collection|abhol(?:ung)?|ophaal|upphämtning|recogida)${PLACE_WORD}|from|från|fra|von|van|desde|স্থান)$`, 'iu');
const TO_PLACE = new RegExp(String.raw`^(?:(?:drop[- ]?off|destination|delivery|ziel|afzet|avlämning|destino)${PLACE_WORD}|to|till|til|nach|naar|hasta|গন্তব্য|منزل)$`, 'iu');
// Russian "Время подачи" (the car's arrival for pick-up), maybe with the day: "Дата и время подачи"; in a ride's block
// the Bengali "সময়" (time) is its pick-up, "স্থান" (place) where it starts and "গন্তব্য" (destination) where it ends.
const START = /^(?:(?:pick[- ]?up|departure|depart|collection|abholung|abfahrt|vertrek|ophaal|avgång|salida|recogida|upphämtning)(?:\s*(?:time|zeit|tijd|tid|hora))?|(?:дата\s+и\s+)?время\s+подачи|সম(?:\u09DF|য\u09BC))$/iu;
/** A stop's value is a place: not a time ("kl. 14.50", "14:50") and not an e-mail address. */
const isPlace = (value: string) => !/^(?:kl\.?\s*)?\d/i.test(value) && !value.includes('@');
/** "Route: Airport (FRU) → hotel": one row naming both stops, the pick-up before the arrow. */
const ROUTE = /^(?:route|strecke|ruta|rutt|trajet|маршрут)$/iu;
/** The arrow between a ride's two stops ("Airport → hotel", "lobby -> venue"), shared with schedule-ride-plan.ts. */
export const ARROW_MARK = String.raw`(?:→|->|=>|⟶|➔)`;
export const ARROW = new RegExp(String.raw`[ \t]*${ARROW_MARK}[ \t]*`, 'u');
/** A chauffeur's pick-up ("Pick-up time", "Abholung"), not a departure a flight's rows share. */
const PICK_UP_START = /^(?:(?:pick[- ]?up|collection|abholung|ophaal|upphämtning|recogida)(?:\s*(?:time|zeit|tijd|tid|hora))?|(?:дата\s+и\s+)?время\s+подачи)$/iu;
const END = /^(?:(?:estimated|expected|planned|approx\.?)\s+)?(?:arrival|eta|ankunft|aankomst|ankomst|llegada)(?:\s*(?:time|zeit|tijd|tid))?$/iu;
const DATE = /^(?:date|datum|fecha|data|dato|(?:travel|ride|pick[- ]?up)\s+date|reisedatum|reisdatum|дата(?:\s+и\s+время)?(?:\s+подачи)?|তারিখ)$/iu;
// A chauffeur's "Instructions" ("Driver instructions", "Anweisungen", "Instrucciones") are the ride's note too.
const NOTE = /^(?:notes?|remarks?|comments?|bemerkung(?:en)?|anmerkung(?:en)?|opmerking(?:en)?|anteckning(?:ar)?|övrigt|observaciones|(?:(?:special|driver|chauffeur)\s+)?instructions?|anweisung(?:en)?|instructies|instruktion(?:er)?|instrucciones|consignes|примечани[ея]|комментари[йи])$/iu;
const VEHICLE = /^(?:vehicle|vehicle type|car|fahrzeug|voertuig|fordon|veh[íi]culo|v[ée]hicule)$/iu;
/** "Resa 1", "Transfer 2": a numbered heading right above a ride's rows names the ride. */
const NUMBERED_HEADING = /^[ \t]*(\p{L}+(?:[ \t]+\p{L}+)?[ \t]+\d{1,2})[ \t]*:?[ \t]*$/u;
/**
 * A booking portal's heading over each ride, a blank line above its rows: a counter, the ride's own
 * title and its day ("Journey 1 of 3 · Airport pick-up ⇥ Thu 04 Mar 2027", "Fahrt 2/3 – Hotel zur Halle
 * ⇥ Fr. 05.03.2027"). The title names the ride, the day dates it.
 */
const TITLED_HEADING = /^[ \t]*\p{L}+[ \t]+\d{1,2}(?:[ \t]*(?:of|von|de|av|af|van|di|sur|\/)[ \t]*\d{1,2})?[ \t]*[·•:–—|-][ \t]*(\p{L}[^\t\n]*?)[ \t]*(?:\t+(.*))?$/du;

/**
 * A numbered or marked section heading naming the ride: "3. বিমানবন্দর পিক-আপ / Airport pick-up", "■ Airport pick-up".
 * A plain title ("Transfer details") heads a booking's rows, it names no ride.
 */
const RIDE_HEADING = /^[ \t]*(?:\d{1,2}[.)][ \t]+|[■●▪•#]+[ \t]*)(\p{L}[\p{L}\p{M} /-]{2,60}?)[ \t]*:?[ \t]*$/u;

/** A heading alone in two languages, the Latin-script English after a slash: its second half ("… / Hotel transfer — departure", "… / ROAD TRANSFER A → B"). */
const SLASHED_HEADING = /^[ \t]*[^\t\d/]{2,60}?[ \t]+\/[ \t]+(\p{Lu}[\p{L} –—→-]{2,60}?)[ \t]*$/u;

interface RideHeading { name: string; nameAt: number; date?: { value: string; index: number; length: number } }

/** The heading over a ride block: the line right above its rows, or above a blank line. */
function rideHeading(source: ExtractedSource, firstLine: number): RideHeading | null {
  const lines = read(source).lines;
  let k = firstLine - 1;
  if (lines[k] && !lines[k]!.text.trim()) k--;
  const above = lines[k];
  if (!above) return null;
  const numbered = k === firstLine - 1 ? NUMBERED_HEADING.exec(above.text) : null;
  if (numbered) return { name: numbered[1]!, nameAt: above.start + numbered.index + numbered[0].indexOf(numbered[1]!) };
  const titled = TITLED_HEADING.exec(above.text);
  const ride = titled ? null : RIDE_HEADING.exec(above.text);
  if (ride && activityKind(ride[1]!) === 'transfer') return { name: ride[1]!, nameAt: above.start + ride.index + ride[0].indexOf(ride[1]!) };
  // "Gaariga hoteelka — bixid / Hotel transfer — departure": a two-language heading's English half names the ride.
  const glossed = titled || ride ? null : SLASHED_HEADING.exec(above.text);
  if (glossed && activityKind(glossed[1]!) === 'transfer') return { name: glossed[1]!, nameAt: above.start + glossed.index + glossed[0].lastIndexOf(glossed[1]!) };
  if (!titled) return null;
  const heading: RideHeading = { name: titled[1]!, nameAt: above.start + titled.indices![1]![0] };
  const rest = titled[2];
  const date = rest ? findDates(rest, read(source).referenceDate ?? undefined)[0] : undefined;
  if (rest && date?.hasYear) heading.date = { value: date.value, index: above.start + titled.indices![2]![0] + date.index, length: date.length };
  return heading;
}

interface Row {
  label: string;
  value: string;
  at: number;
  line: Line;
}

/** A stop of the ride: its place and where it is written, in the row naming it. */
interface Stop { value: string; at: number; row: Row }

/** The block's pick-up and drop-off: a row for each ("From", "To"), or one route row with an arrow between them. */
function stopsOf(block: Row[]): { from: Stop; to: Stop } | null {
  const from = block.find((r) => FROM_PLACE.test(r.label) && isPlace(r.value));
  const to = block.find((r) => TO_PLACE.test(r.label) && isPlace(r.value));
  if (from && to) return { from: { value: from.value, at: from.at, row: from }, to: { value: to.value, at: to.at, row: to } };
  const route = block.find((r) => ROUTE.test(r.label) && ARROW.test(r.value));
  if (!route) return null;
  const arrow = ARROW.exec(route.value)!;
  const start = route.value.slice(0, arrow.index);
  const end = route.value.slice(arrow.index + arrow[0].length);
  // A route through more stops than two is a tour's, not one ride's.
  if (!start || !end || ARROW.test(end) || !isPlace(start) || !isPlace(end)) return null;
  return { from: { value: start, at: route.at, row: route }, to: { value: end, at: route.at + arrow.index + arrow[0].length, row: route } };
}

function rowOf(line: Line): Row | null {
  const m = ROW.exec(line.text);
  if (!m) return null;
  const value = m.groups!.value!;
  // "Waqtiga qaadista Pick-up time": a two-language label is read by its English half (text/joined-gloss-label.ts);
  // so is one whose halves a slash parts, the Latin one after another script's ("कुठून / From").
  const written = m.groups!.label!.trim();
  const halves = written.split(/\s+\/\s+/);
  const latin = halves.length === 2 && !/\p{Script=Latin}/u.test(halves[0]!) && /^\p{Script=Latin}/u.test(halves[1]!) ? halves[1]! : written;
  return { label: englishHalf(latin), value, at: line.start + m.index + m[0].lastIndexOf(value), line };
}

/** Ride blocks per source, read once: show-date and schedule readers ask for each line and heading. */
const blocksOf = new WeakMap<ExtractedSource, Row[][]>();

function rideBlocks(source: ExtractedSource): Row[][] {
  let blocks = blocksOf.get(source);
  if (!blocks) blocksOf.set(source, blocks = readRideBlocks(source));
  return blocks;
}

/** The blocks of consecutive label/value rows that hold a pick-up place and a drop-off place. */
function readRideBlocks(source: ExtractedSource): Row[][] {
  const blocks: Row[][] = [];
  let run: Row[] = [];
  const close = () => {
    if (stopsOf(run)) blocks.push(run);
    run = [];
  };
  for (const line of read(source).lines) {
    const row = rowOf(line);
    if (row) run.push(row);
    else close();
  }
  close();
  return blocks;
}

/** The spans of the places a ride block names as its stops. */
export function rideStopSpans(source: ExtractedSource): [number, number][] {
  return rideBlocks(source).flatMap((block) => {
    const { from, to } = stopsOf(block)!;
    return [from, to].map((stop): [number, number] => [stop.at, stop.at + stop.value.length]);
  });
}

/** One transfer per ride block with a pick-up time; its rows are added to `used`. */
export function rideFormItems(source: ExtractedSource, used: Set<number>): ScheduleItem[] {
  const ref = read(source).referenceDate;
  const items: ScheduleItem[] = [];
  for (const block of rideBlocks(source)) {
    const startRow = block.find((r) => START.test(r.label) && findTimes(r.value).length);
    if (!startRow) continue;
    const field = (r: Row, value: string, index: number, validated = false): Found<string> =>
      found(value, evidenceAt(source, [r.at + index, r.at + index + (value.length || 1)], 'label', validated ? true : null));
    const time = findTimes(startRow.value)[0]!;
    const label = startRow.label;
    const labelAt = startRow.line.start + startRow.line.text.indexOf(label);
    const heading = rideHeading(source, block[0]!.line.index);
    const item: ScheduleItem = {
      name: heading ? found(heading.name, evidenceAt(source, [heading.nameAt, heading.nameAt + heading.name.length], 'label'))
        : found('Transfer', evidenceAt(source, [labelAt, labelAt + label.length], 'label')),
      kind: found('transfer', evidenceAt(source, [labelAt, labelAt + label.length], 'label')),
      start: field(startRow, time.value, time.index, true),
    };
    const endRow = block.find((r) => END.test(r.label) && findTimes(r.value).length);
    if (endRow) {
      const t = findTimes(endRow.value)[0]!;
      item.end = field(endRow, t.value, t.index, true);
    }
    const dateRow = block.find((r) => DATE.test(r.label) && findDates(r.value, ref ?? undefined).length);
    const date = dateRow ? findDates(dateRow.value, ref ?? undefined)[0] : undefined;
    if (dateRow && date?.hasYear) item.date = field(dateRow, date.value, date.index, true);
    else if (heading?.date) item.date = found(heading.date.value, evidenceAt(source, [heading.date.index, heading.date.index + heading.date.length], 'label', true));
    const { from, to } = stopsOf(block)!;
    item.location = field(from.row, from.value, from.at - from.row.at);
    item.destination = field(to.row, to.value, to.at - to.row.at);
    // Without a remarks row, the vehicle booked ("Vehicle ⇥ Black Sprinter, 12 seats") is the ride's note.
    const note = block.find((r) => NOTE.test(r.label) && /\p{L}/u.test(r.value)) ?? block.find((r) => VEHICLE.test(r.label) && /\p{L}/u.test(r.value));
    // "23:00 (after SQ 446 lands)": a remark in brackets after the pick-up time is the ride's note.
    const timeRemark = /^[^()]*\(([^()]+)\)\s*$/u.exec(startRow.value.slice(time.index + time.length));
    if (note) item.notes = field(note, note.value, 0);
    else if (timeRemark) item.notes = field(startRow, timeRemark[1]!, startRow.value.lastIndexOf(timeRemark[1]!));
    items.push(item);
    for (const r of [startRow, endRow, dateRow, from.row, to.row, note]) if (r) used.add(r.line.index);
  }
  return items;
}

const GROUP = /^(?:group|band|artist|act|client|party|passengers?|group\s*\/\s*passengers|gruppe|groep|grupp|grupo)$/iu;

/**
 * The ride block's travelling party ("Group / passengers: Lantern Moth – 5 pax + backline"): the act
 * the ride is booked for, its name before the head count. Null when the block names none.
 */
export function rideParty(source: ExtractedSource): { value: string; span: [number, number] } | null {
  for (const block of rideBlocks(source)) {
    const row = block.find((r) => GROUP.test(r.label));
    const name = row ? /^(.+?)\s*(?:[–—,(]|\s-\s|$)/u.exec(row.value)?.[1]?.trim() : undefined;
    if (row && name && /^\p{Lu}/u.test(name) && !/\d/.test(name)) return { value: name, span: [row.at, row.at + name.length] };
  }
  return null;
}

/**
 * The pick-up place of the ride block whose rows hold `span` ("From ⇥ Manchester Airport (MAN), Terminal 2"),
 * with its offset; null outside a block timed by a pick-up row (a flight's own "From"/"To"/"Departure" rows are no ride).
 */
export function ridePickUpAt(source: ExtractedSource, span: [number, number]): { value: string; at: number } | null {
  const block = rideBlocks(source).find((b) => b.some((r) => r.line.start <= span[0] && span[1] <= r.line.end)
    && b.some((r) => PICK_UP_START.test(r.label) && findTimes(r.value).length));
  const from = block ? stopsOf(block)?.from : undefined;
  return from ? { value: from.value, at: from.at } : null;
}

/** Whether the source books rides: a block of ride rows timed by a pick-up ("Pick-up time ⇥ 12:25"). */
export function booksRides(source: ExtractedSource): boolean {
  return rideBlocks(source).some((b) => b.some((r) => PICK_UP_START.test(r.label) && findTimes(r.value).length));
}

/** Whether `span` lies within a row of a ride block (its date is the ride's, not a show's). */
export function inRideBlock(source: ExtractedSource, span: [number, number] | null): boolean {
  if (!span) return false;
  return rideBlocks(source).some((block) => block.some((r) => r.line.start <= span[0] && span[1] <= r.line.end));
}
