/**
 * How booking sites (online travel agencies) lay out a stay's labelled fields, read for the hotels
 * section: the hotel's name printed as "Hotel Name" (read by the label reader as the label "Hotel"
 * and a value), check-in rows whose time stands in a cell of its own ("Check-in ⇥ Thu 7 Oct 2027
 * ⇥ from 15:00"), confirmation numbers printed in digit groups ("4182 337 905"), and per-room
 * headings ("Room 1: Double Room") that number the rooms instead of counting them.
 */
import { labelKey, lineAt, type Labelled, type Reading } from '../../text/index.js';
import { isPhoto } from '../../text/source-kind.js';
import { addresses, bookingReferences, lodgingNames, type Hit } from './phrases.js';
import { segmentsIn } from './segments.js';
import { isRatingLine } from './stay-rating-line.js';

/**
 * The lodging's full name when its label is the lodging word written straight before the rest of
 * the name ("Hotel Ribeira", "Hostal Luna is expecting you"): no colon or gap between them.
 */
export function lodgingNameAtLabel(text: string, l: Labelled): Hit<string> | undefined {
  const labelAt = text.lastIndexOf(l.label, l.span[0]);
  if (labelAt < l.line.start || !/^[ \u00a0]+$/.test(text.slice(labelAt + l.label.length, l.span[0]))) return undefined;
  const name = lodgingNames(text.slice(labelAt, l.line.end)).find((n) => n.index === 0);
  return name && { ...name, index: labelAt };
}

/**
 * A time in a cell of its own after a check-in or check-out date: "from 15:00", "(until 11:00)", "14:00",
 * also after a dash and the stay word, with the hour word ("- check-in from 15:00 hrs", "- inchecken vanaf 15:00 uur"),
 * and in Portuguese ("a partir das 15:00", "até às 11:00"); a remark in brackets may follow ("09:00  (early check-in confirmed)"),
 * and another cell after a tab (a page's other column: "by 11:00 ⇥ Porto, Portugal"), which is left out.
 */
const TIME_CELL = /^[ \t]+(?:[-–—][ \t]+)?\(?(?:(?:check[- ]?in|check[- ]?out|inchecken|uitchecken|einchecken|auschecken|incheckning|utcheckning)[ \t]+)?(?:(?:from|after|until|before|by|ab|bis|desde|hasta|a partir de|à partir de|jusqu'à|fr[åa]n|till|senast|vanaf|tot|dalle|entro|a partir das?|at[ée](?:[ \t]+[àa]s)?|antes das?|depois das?|[àa]s)[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|uur|uhr|hrs|h))?\)?(?:[ \t]+\([^()\n]*\))?(?=[ \t]*(?:\t|$))/i;

/** A check-in/out value with the time cell that follows it on its line, when there is one. */
export function withTimeCell(text: string, l: Labelled): string {
  const rest = text.slice(l.span[1], l.line.end);
  const cell = TIME_CELL.exec(rest);
  return cell ? l.value + cell[0] : l.value;
}

/** A confirmation number printed in digit groups ("4182 337 905", "88 4120 7735"), as the first thing in a value. */
const DIGIT_GROUPS = /^[ \t#:]*(\d{2,4}(?: \d{2,4}){1,3})(?![\w-])/;

export function groupedDigits(value: string): Hit<string> | undefined {
  const m = DIGIT_GROUPS.exec(value);
  // Six digits at least: "12 30" is a time or a count, not a booking.
  return m && m[1]!.replace(/ /g, '').length >= 6 ? { value: m[1]!, index: m[0].length - m[1]!.length, length: m[1]!.length } : undefined;
}

/** "Room 1: Double Room with River View": a numbered room heading, not a count of rooms. */
export function isRoomHeading(l: Labelled): boolean {
  return /^\d{1,2}[ \t]*:/.test(l.value);
}

/** A room word that names one room (a plural or "Zimmer" may count them). */
const ONE_ROOM_WORD = /^(?:room|habitaci[óo]n|chambre|camera|kamer|quarto|pok[óo]j)$/iu;

/**
 * "Room 1 · Double · Breakfast", "Habitación 2 (2 noches) ⇥ 174,50 €": a room's number written straight
 * after the singular room word, no colon, its type, nights or price going on: which room, not how many.
 * Its number, else null.
 */
export function numberedRoom(text: string, l: Labelled): number | null {
  const labelAt = text.lastIndexOf(l.label, l.span[0]);
  if (!ONE_ROOM_WORD.test(l.label.trim()) || labelAt < l.line.start || !/^[ \t]+$/.test(text.slice(labelAt + l.label.length, l.span[0]))) return null;
  // "Room 1 total ⇥ $590.65": a room's own price line on a chain's confirmation numbers that room too.
  const m = /^(\d{1,2})(?:[ \t]*[·•(–—-][ \t]*\S|[ \t]+(?:sub)?total\b)/iu.exec(l.value);
  return m ? Number(m[1]) : null;
}

/** A property's name as a letterhead line: capitalised, short, no label ("Kazimierz Loft 11"). */
const LETTERHEAD_NAME = /^\p{Lu}[\p{L}\d'’&. -]{1,58}$/u;
const STAR_RATING = /[ \t]*[★☆]{1,5}$/u;

/**
 * A booking site prints the property like a letterhead: its name alone on the line right above its
 * street address ("Casa do Conto" / "Rua da Boavista 703, 4050-110 Porto"). The last such name
 * before `offset`, for a stay whose fields do not name the lodging.
 */
export function nameAboveAddress(text: string, offset: number): Hit<string> | undefined {
  let found: Hit<string> | undefined;
  for (const a of addresses(text.slice(0, offset))) {
    const lineStart = text.lastIndexOf('\n', a.index - 1) + 1;
    if (text.slice(lineStart, a.index).trim() || lineStart < 2) continue;
    let prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    // A mail's HTML card may set a blank line between the name and the address below it, a booking site
    // its rating line ("4 Sterne · Hotel · Bewertung 8,6", travel/stay-rating-line.ts).
    if ((!text.slice(prevStart, lineStart - 1).trim() || isRatingLine(text.slice(prevStart, lineStart - 1))) && prevStart >= 2) prevStart = text.lastIndexOf('\n', prevStart - 2) + 1;
    // A printed page's sidebar may stand beside the name, after a tab ("Hotel X ⇥ › Cancel booking"); a label's
    // cell ("Unterkunft ⇥ Hotel X") names no property.
    const [line, beside] = text.slice(prevStart, text.indexOf('\n', prevStart)).split('\t') as [string, string | undefined];
    if (beside !== undefined && labelKey(line.trim())) continue;
    // The property's star rating after its name ("Hotel X ★★★★") is no part of it.
    const name = line.trim().replace(STAR_RATING, '');
    if (!LETTERHEAD_NAME.test(name) || name.split(' ').length > 6 || /[.!?]$/.test(name)) continue;
    found = { value: name, index: prevStart + line.indexOf(name), length: name.length };
  }
  return found;
}

/**
 * A booking site prints the reservation number at the top, far above the stay's fields: the one
 * reference labelled in a source that holds one stay and no flight is that stay's.
 */
export function soleStayReference(reading: Reading, stays: number): Labelled | undefined {
  const refs = reading.labelled.filter((l) => l.key === 'booking_reference');
  if (stays !== 1 || refs.length !== 1 || segmentsIn(reading.source.text, null).length) return undefined;
  return refs[0];
}

/**
 * An app's screen, read by OCR, writes its reference label a space from the number ("Confirmation
 * number 4102 883 517"), which the label reader does not take for a pair: in a screenshot with no
 * reference labelled and no flight, the one reference phrase it writes. (A printed letter's other
 * references, "Our ref: …", are labelled, or no stay's.) The caller asks only for a whole stay (check-in and
 * check-out): a ride's booking number beside a hotel named as its pick-up is no stay's.
 */
export function soleReferencePhrase(reading: Reading): Labelled | undefined {
  const text = reading.source.text;
  if (!isPhoto(reading.source) || reading.labelled.some((l) => l.key === 'booking_reference') || segmentsIn(text, null).length) return undefined;
  const phrases = bookingReferences(text);
  const phrase = phrases[0];
  if (!phrase || new Set(phrases.map((p) => p.value)).size !== 1 || !reading.lines.length) return undefined;
  const line = reading.lines[lineAt(reading.lines, phrase.index)]!;
  const value = text.slice(phrase.index, phrase.index + phrase.length);
  return { key: 'booking_reference', label: text.slice(line.start, phrase.index).trim(), value, span: [phrase.index, phrase.index + phrase.length], line };
}

/**
 * A lodging whose name has no lodging word ("Kazimierz Loft 11") signs its own confirmation: its name
 * on the line above its address, below the stay, and written elsewhere too (the sender, "your
 * reservation at …"). Null unless the name is written at least twice.
 */
export function signedLodgingName(text: string): Hit<string> | undefined {
  const name = nameAboveAddress(text, text.length);
  return name && text.split(name.value).length > 2 ? name : undefined;
}

/** A reference alone on its line: digits, maybe grouped by dots, spaces or dashes ("3846.221.907", "88 4120 7735"). */
const REFERENCE_LINE = /^[ \t]*([A-Z0-9]*\d[A-Z0-9]*(?:[. -][A-Z0-9]+){0,3})[ \t]*$/;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/**
 * A booking site's reference label whose value column holds something else (the property's name,
 * printed beside it): the reference is the line of its own within the next lines below the label.
 */
export function referenceBelow(text: string, l: Labelled): Hit<string> | undefined {
  let at = l.line.end;
  for (let k = 0; k < 3 && at < text.length; k++) {
    const next = text.indexOf('\n', at + 1);
    const end = next < 0 ? text.length : next;
    const m = REFERENCE_LINE.exec(text.slice(at + 1, end));
    if (m && m[1]!.replace(/\D/g, '').length >= 6 && !DATE_LIKE.test(m[1]!)) {
      return { value: m[1]!, index: at + 1 + m[0].indexOf(m[1]!), length: m[1]!.length };
    }
    at = end;
  }
  return undefined;
}
