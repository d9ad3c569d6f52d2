/**
 * A booking site's confirmation lays its one stay out as a card, not as a hotel block: the property's
 * name as a title, its "Address", "Phone" rows under it, "Check-in" and "Check-out" each over their
 * date and hours on lines of their own ("Check-in" / "Fri 12 Mar 2027" / "from 14:00 to 22:00", or the word
 * beside its date over the hours: "Check-in ⇥ Fri 12 Mar 2027" / "3:00 PM - 10:00 PM"), the
 * count in a summary row ("Your booking  2 rooms · 3 adults") and each room's "Guest name" and "Meals"
 * rows further down (or the board alone on a room card's line). When the source books one stay (one hotel with its booking number), these rows
 * are its: they fill what the other readers left empty. Check-in takes the hours' start, check-out their end.
 */
import type { Hotel } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { findDates, findTimes, type TimeMatch } from '../normalise/index.js';
import type { Reading } from '../text/index.js';
import { roomCounts } from './travel/phrases.js';
import type { Reader } from './travel/reader.js';

type HotelDraft = Draft<Hotel>;

const STACKED_IN = /^[ \t]*(?:check[- ]?in|arrival)[ \t]*:?[ \t]*$/i;
const STACKED_OUT = /^[ \t]*(?:check[- ]?out|departure)[ \t]*:?[ \t]*$/i;
/** The word beside its date cell, the hours on the line below ("Check-in ⇥ Fri, 13 Mar 2027" / "3:00 PM - 10:00 PM"). */
const DATED_IN = /^[ \t]*(?:check[- ]?in|arrival)[ \t]*:?(?:\t|[ \t]{2,})(?=\S)/i;
const DATED_OUT = /^[ \t]*(?:check[- ]?out|departure)[ \t]*:?(?:\t|[ \t]{2,})(?=\S)/i;
const BOARD_LABEL = /^(?:meals?|board|meal plan)$/i;
const BOARD_VALUE = /^(?:breakfast|half board|full board|all inclusive)\b[^.\n]{0,30}$/i;
const BOARD_LINE = /^[ \t]*((?:breakfast|half board|full board|all inclusive)(?:[ \t]+included)?)[ \t]*(?:[-–·•][^\n]*)?$/i;
const PERSON = /^\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3}$/u;

/** The word alone on its line, or beside a date cell that gives no time. */
function stackedOrDated(text: string, stacked: RegExp, dated: RegExp): boolean {
  return stacked.test(text) || (dated.test(text) && findDates(text).length > 0 && !findTimes(text).length);
}

/** The first time on the two lines after a stacked check-in/out word: the start of a range for the check-in, its end for the check-out. */
function stackedTime(reading: Reading, at: number, last: boolean): TimeMatch | undefined {
  for (const line of reading.lines.slice(at + 1, at + 3)) {
    if (STACKED_IN.test(line.text) || STACKED_OUT.test(line.text)) return undefined;
    const times = findTimes(line.text);
    if (!times.length) continue;
    const t = last ? times.at(-1)! : times[0]!;
    return { ...t, index: line.start + t.index };
  }
  return undefined;
}

/**
 * A terms page heads its board's paragraph with the board's word alone ("Half board" over "Half board in
 * the garden restaurant, dinner from 19:00."): the sentence on the next line, naming the board again, is the remark.
 */
function boardSentenceBelow(reading: Reading, at: number, board: string): Reading['lines'][number] | undefined {
  if (reading.lines[at]!.text.trim() !== board || /included/i.test(board)) return undefined;
  const next = reading.lines.slice(at + 1).find((l) => l.text.trim());
  const text = next?.text.trim() ?? '';
  return next && text.toLowerCase().startsWith(board.toLowerCase()) && /[.!]$/.test(text) && !/\t/.test(text) ? next : undefined;
}

export function addLoneStayFields(reading: Reading, r: Reader, hotels: HotelDraft[]): void {
  if (hotels.length !== 1 || !hotels[0]!.bookingReference) return;
  const d = hotels[0]!;
  for (const line of reading.lines) {
    if (!d.checkInTime && stackedOrDated(line.text, STACKED_IN, DATED_IN)) {
      const t = stackedTime(reading, line.index, false);
      if (t) d.checkInTime = r.at(t.value, [t.index, t.index + t.length], null, 'label');
    }
    if (!d.checkOutTime && stackedOrDated(line.text, STACKED_OUT, DATED_OUT)) {
      const t = stackedTime(reading, line.index, true);
      if (t) d.checkOutTime = r.at(t.value, [t.index, t.index + t.length], null, 'label');
    }
  }
  const guests = reading.labelled.filter((l) => l.key === 'guests' && PERSON.test(l.value.trim()));
  if (!d.guests?.length && guests.length) {
    d.guests = guests.map((l) => r.at(l.value.trim(), l.span, null, 'label'));
  }
  if (!d.rooms) {
    for (const l of reading.labelled) {
      if (l.key) continue;
      const rooms = roomCounts(l.value)[0];
      if (rooms) { d.rooms = r.at(rooms.value, [l.span[0] + rooms.index, l.span[0] + rooms.index + rooms.length], null, 'label'); break; }
    }
  }
  if (!d.notes) {
    const board = reading.labelled.find((l) => BOARD_LABEL.test(l.label.trim()) && BOARD_VALUE.test(l.value.trim()));
    if (board) d.notes = r.at(board.value.trim(), board.span, null, 'label');
  }
  // An app's room card writes the board unlabelled, the beds after a separator ("Breakfast included · 1 king bed").
  if (!d.notes) {
    const line = reading.lines.find((l) => BOARD_LINE.test(l.text));
    const board = line && BOARD_LINE.exec(line.text)![1]!;
    const below = line && board ? boardSentenceBelow(reading, line.index, board) : undefined;
    if (below) d.notes = r.at(below.text.trim(), [below.start + below.text.indexOf(below.text.trim()), below.end], null, 'pattern');
    else if (line && board) d.notes = r.at(board, [line.start + line.text.indexOf(board), line.start + line.text.indexOf(board) + board.length], null, 'pattern');
  }
  // A row's full address, of which another reader kept only the street's start ("12 Quai" of "12 Quai des Tanneurs, …").
  const address = d.address?.value;
  const full = address ? reading.labelled.find((l) => l.key === 'address' && l.value.trim().startsWith(address) && l.value.trim().length > address.length) : undefined;
  if (full) d.address = r.at(full.value.trim(), full.span, null, 'label');
}
