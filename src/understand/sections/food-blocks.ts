/**
 * Meal blocks, as a venue's hospitality confirmation or a day sheet lists its meals: a line that
 * opens with a meal word and says when ("1) LUNCH – 13:00", "Abendessen 19:00 Uhr"), and the lines
 * under it (indented, or flush when labelled as a meal's details: "Caterer:", "Where:", "People:"),
 * which name the provider, the room, the head count, a phone, a booking number:
 *
 *   2) DINNER – 19:30
 *      Restaurant Olive Tree, 12 Mill Lane, Leeds
 *      Booking no. OT-118
 *      8 covers, set menu
 *
 * A one-line buyout counts too ("3) BREAKFAST (Sunday 23): buyout of 15 € per person"): it is named
 * by its meal word, and the amount per person is its notes.
 */
import type { Food, FoodKind } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { findTimes, moneyInText, normaliseEmail, normalisePhone, normaliseText } from '../normalise/index.js';
import { foldLabel, labelKey, type Line, type Reading } from '../text/index.js';
import { MEAL, RESTAURANT } from './food-words.js';
import { isStreetAddress, placeOf } from './place.js';
import { weekdayAndDay } from './show-date.js';
import { addresses, bookingReferences, looseDates, peopleCounts } from './travel/phrases.js';
import type { Reader } from './travel/reader.js';
import { countCell } from './food-count-cell.js';

type FoodDraft = Draft<Food>;

export interface BlockContext {
  ref: Date | null;
  showDate: string | null;
  country: string | null;
}

const LABELLED = /^([^:]{1,30}):\s*(\S.*)$/u;
const BUYOUT = /\bbuy-?outs?\b|\bper\s+diems?\b/i;
/** "15 € per person", "€15 pro Person", "12 € por persona": an amount each, the buyout's terms. */
// "NZ$20 pp", "€15 p.p.": the English per-person abbreviation too.
const PER_HEAD = /^\s*(?:(?:per|pro|por|par|je|à|a)\s+(?:person[ae]?|personne|pers\.?|head|kopf|day|d[íi]a|tag|jour|dag)\b|p\.?p\.?(?![\p{L}\d]))/iu;

/** Labels inside a block, by what they give (compared folded). */
export const PROVIDER_LABEL = /^(?:provider|supplier|caterer|catering|restaurant|restaurante|restaurang|proveedor|anbieter|lieferant|leverantor|fournisseur|traiteur|leverancier|fornitore|ресторан)$/;
export const PLACE_LABEL = /^(?:where|place|room|location|lugar|sitio|sala|ort|raum|plats|rum|lokal|lieu|salle|locatie|waar|luogo)$/;
const PHONE_LABEL = /\b(?:tel|phone|telephone|telefon|telefono|mobile?|movil|handy|mobil|gsm|tfn)\b/;

/** "1) LUNCH – 13:00", "Dinner 19:30", "DESAYUNO (domingo 23): buyout": a meal word opens the line, then a time, date or remark. */
const MEAL_HEADING = new RegExp(String.raw`^(\s*)(?:(?:\d{1,2}[.)]|[-•*–])\s*)?(${MEAL})(?![\p{L}\d_])(?=\s*(?:$|[-–—:(]|\d))(.*)$`, 'iu');

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** The keys of labels that describe a meal ("People: 8", "Booking ref: X", "Dietary: …"). */
const MEAL_DETAIL_KEYS: ReadonlySet<string> = new Set(['guest_count', 'booking_reference', 'dietary', 'notes', 'location', 'address', 'phone', 'email']);

/** "Caterer: Green Fork", "Where: green room": a line that is one of a meal's details. */
function isMealDetail(text: string): boolean {
  const pair = LABELLED.exec(text.trim());
  if (!pair) return false;
  const folded = foldLabel(pair[1]!);
  return PROVIDER_LABEL.test(folded) || PLACE_LABEL.test(folded) || PHONE_LABEL.test(folded) || MEAL_DETAIL_KEYS.has(labelKey(pair[1]!) ?? '');
}

/** The lines under line `i` up to a blank line: indented deeper, or (flush) the meal's labelled details. */
function bodyOf(lines: Line[], i: number): Line[] {
  const indent = indentOf(lines[i]!.text);
  const body: Line[] = [];
  for (const line of lines.slice(i + 1)) {
    if (!line.text.trim() || !(indentOf(line.text) > indent || isMealDetail(line.text))) break;
    body.push(line);
  }
  return body;
}

/** "COMIDA" → "Comida": a meal word written in capitals names the meal in ordinary case. */
function mealName(word: string): string {
  const lower = word === word.toUpperCase() ? word.toLowerCase() : word;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Meal blocks in a reading, and the lines they take (no other food reader reads them again). */
export function mealBlocks(reading: Reading, r: Reader, ctx: BlockContext): { drafts: FoodDraft[]; lines: Set<number> } {
  const drafts: FoodDraft[] = [];
  const taken = new Set<number>();
  // A known "Dinner: …" label standing alone is the label reader's.
  const mealLabels = new Set(reading.labelled.filter((l) => l.key === 'meal' || l.key === 'catering').map((l) => l.line.index));
  reading.lines.forEach((line, i) => {
    const m = line.text.length <= 100 ? MEAL_HEADING.exec(line.text) : null;
    if (!m || taken.has(i)) return;
    const rest = m[3]!;
    const body = bodyOf(reading.lines, i);
    const when = findTimes(rest)[0];
    // A heading says when (its day, with the time on a "Time:" line below it), or is a buyout; a bare
    // "Catering:" over a list is some other layout.
    const timedBelow = !when && looseDates(rest, ctx.ref).length > 0 && body.some((b) => labelledPairs(b.text).some((p) => labelKey(p.label) === 'time'));
    if (!((when || timedBelow) && body.length) && !(BUYOUT.test(rest) && !mealLabels.has(i))) return;
    const wordAt = line.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const d: FoodDraft = { name: r.at(mealName(m[2]!), [wordAt, wordAt + m[2]!.length], null, 'pattern') };
    const restAt = line.start + line.text.length - rest.length;
    if (when) d.time = r.at(when.value, [restAt + when.index, restAt + when.index + when.length], true, 'pattern');
    readDate(r, d, rest, restAt, ctx);
    for (const b of body) readBodyLine(r, d, b, ctx);
    d.kind = r.at(kindOfBlock(rest, d, body), d.name!.span, null, 'inferred');
    const terms = d.kind.value === 'buyout' ? buyoutTerms(rest) : undefined;
    if (terms) d.notes = r.at(terms.value, [restAt + terms.index, restAt + terms.index + terms.length], null, 'pattern');
    const people = peopleCounts(rest)[0];
    if (people) d.guestCount ??= r.at(people.value, [restAt + people.index, restAt + people.index + people.length], null, 'pattern');
    // "Breakfast ⇥ – ⇥ BUY-OUT ⇥ 8 ⇥ €15 pp": a meal table's row gives its count in its people column.
    const counted = d.guestCount ? undefined : countCell(reading, line);
    if (counted) d.guestCount = r.at(counted.value, [line.start + counted.index, line.start + counted.index + counted.length], null, 'table');
    drafts.push(d);
    taken.add(i);
    for (const b of body) taken.add(b.index);
  });
  return { drafts, lines: taken };
}

/** "Restaurant: The Ropewalk": a label that makes the place a restaurant, whatever its name. */
const RESTAURANT_LABEL = /^\s*(?:restaurant|restaurante|restaurang|ristorante|ресторан)\s*:/iu;

function kindOfBlock(heading: string, d: FoodDraft, body: Line[]): FoodKind {
  if (BUYOUT.test(heading)) return 'buyout';
  return RESTAURANT.test(d.name!.value) || body.some((b) => RESTAURANT_LABEL.test(b.text)) ? 'restaurant' : 'catering';
}

/** The heading's date: "(domingo 23)" near the show, a written date, else the show's day. */
function readDate(r: Reader, d: FoodDraft, text: string, at: number, ctx: BlockContext): void {
  const hit = (ctx.showDate ? weekdayAndDay(text, ctx.showDate) : null) ?? looseDates(text, ctx.ref).find((x) => x.hasYear || ctx.ref);
  if (hit) d.date = r.at(hit.value, [at + hit.index, at + hit.index + hit.length], true, 'pattern');
  else if (ctx.showDate) d.date = r.at(ctx.showDate, null, null, 'inferred');
}

/**
 * A buyout's terms: from its amount each to the end of the line ("buyout of 15 € per person" →
 * "15 € per person"; "US$20 per person, paid in cash at load-in").
 */
export function buyoutTerms(text: string): { value: string; index: number; length: number } | undefined {
  for (const m of moneyInText(text)) {
    if (!m.groups!.pre && !m.groups!.post) continue;
    if (!PER_HEAD.test(text.slice(m.index + m[0].length))) continue;
    // "NZ$20", "A$15": a dollar's country letters written before it belong to the amount.
    const index = m.index - (/(?<![\p{L}])\p{Lu}{1,2}$/u.exec(text.slice(0, m.index))?.[0].length ?? 0) * (text[m.index] === '$' ? 1 : 0);
    // "£15pp buyout for 6, …" in a sentence: the terms are the amount each; in a row they run to the cell's end.
    const perHeadOnly = /^\s*p\.?p\.?/i.exec(text.slice(m.index + m[0].length));
    const cellEnd = text.slice(index).split(/\n|\t/)[0]!.trim();
    const value = perHeadOnly && !text.includes('\t') ? text.slice(index, m.index + m[0].length + perHeadOnly[0].length).trim() : cellEnd;
    return { value, index, length: value.length };
  }
  return undefined;
}

/** "Time: 19:30 · People: 8": a line of labelled pairs joined by middle dots, each with its offset in `text`. */
function labelledPairs(text: string): { label: string; value: string; at: number }[] {
  const out: { label: string; value: string; at: number }[] = [];
  let offset = 0;
  for (const piece of text.split(' · ')) {
    const pair = LABELLED.exec(piece.trim());
    if (!pair) return [];
    const at = text.indexOf(piece, offset);
    offset = at + piece.length;
    out.push({ label: pair[1]!, value: pair[2]!, at: at + piece.trimEnd().length - pair[2]!.length });
  }
  return out;
}

function readBodyLine(r: Reader, d: FoodDraft, line: Line, ctx: BlockContext): void {
  const text = line.text.trim();
  const at = line.start + line.text.indexOf(text);
  const pairs = labelledPairs(text);
  if (pairs.length) for (const p of pairs) readLabelledLine(r, d, p.label, p.value, at + p.at, ctx);
  else readPlainLine(r, d, text, at);
}

/** Meals whose notes a "Notes:" line gave. */
const labelledNotes = new WeakSet<FoodDraft>();

function readLabelledLine(r: Reader, d: FoodDraft, label: string, value: string, at: number, ctx: BlockContext): void {
  const folded = foldLabel(label);
  const key = labelKey(label);
  const span = (v: string): [number, number] => [at + value.indexOf(v), at + value.indexOf(v) + v.length];
  if (PROVIDER_LABEL.test(folded)) {
    const [name, ...after] = value.split(/,\s*/);
    if (name) setPlace(r, d, name.trim(), after.join(', '), span(name.trim()), at + value.indexOf(after.join(', ')));
  } else if (PHONE_LABEL.test(folded) || key === 'phone') {
    const phone = normalisePhone(value, ctx.country);
    if (phone) d.phone ??= r.at(phone.value, span(value), phone.validated, 'label');
  } else if (key === 'email') {
    const email = normaliseEmail(value);
    if (email) d.email ??= r.at(email, span(value), true, 'label');
  } else if (key === 'guest_count') {
    readCount(r, d, value, at, 'label');
  } else if (PLACE_LABEL.test(folded) || key === 'location' || key === 'address') {
    d.address ??= r.at(value.trim(), span(value.trim()), null, 'label');
  } else if (key === 'time') {
    const time = findTimes(value)[0];
    if (time) d.time ??= r.at(time.value, [at + time.index, at + time.index + time.length], true, 'label');
  } else if (key === 'booking_reference') {
    const ref = /^[A-Z0-9][A-Z0-9-]{2,19}\b/i.exec(value);
    if (ref) d.bookingReference ??= r.at(ref[0], span(ref[0]), null, 'label');
  } else if (key === 'notes' || key === 'dietary') {
    // A "Notes:" line is the meal's notes, before a remark bracketed after its head count.
    const notes = normaliseText(value);
    if (notes && !labelledNotes.has(d)) d.notes = r.at(notes, span(value), null, 'label');
    labelledNotes.add(d);
  }
}

/** "9 (incl. 1 vegan)", "8 covers, set menu": the head count, and what the line says besides it as notes. */
function readCount(r: Reader, d: FoodDraft, text: string, at: number, method: 'label' | 'pattern'): boolean {
  const people = peopleCounts(text)[0] ?? (method === 'label' ? bareNumber(text) : undefined);
  if (!people) return false;
  d.guestCount ??= r.at(people.value, [at + people.index, at + people.index + people.length], null, method);
  const rest = text.slice(0, people.index) + text.slice(people.index + people.length);
  const notes = normaliseText(rest.replace(/^[\s,;–-]+|[\s,;–-]+$/g, '').replace(/^\((.*)\)$/, '$1'));
  if (notes && /\p{L}{3}/u.test(notes)) d.notes ??= r.at(notes, [at + text.indexOf(notes), at + text.indexOf(notes) + notes.length], null, method);
  return true;
}

function bareNumber(text: string): { value: number; index: number; length: number } | undefined {
  const m = /^\s*(\d{1,3})\b/.exec(text);
  return m ? { value: Number(m[1]), index: m.index + m[0].indexOf(m[1]!), length: m[1]!.length } : undefined;
}

/** "Reserva nº CA-5521", "Booking no. OT-118": a booking word, a number sign and the reference. */
const BOOKED_AS = /^(?:booking|reservation|reserva|reservierung|buchung|bokning|r[ée]servation|reservering|prenotazione)\s*(?:n[º°o]\.?|nr\.?|no\.?|#|number|n[úu]mero|nummer)?\s*:?\s*([A-Z0-9][A-Z0-9-]{3,19})\b/iu;

/** A line without a label: the place with its address, the booking's number, or the head count. */
function readPlainLine(r: Reader, d: FoodDraft, text: string, at: number): void {
  const ref = BOOKED_AS.exec(text);
  if (ref) {
    d.bookingReference ??= r.at(ref[1]!, [at + ref[0].length - ref[1]!.length, at + ref[0].length], null, 'pattern');
    return;
  }
  const booked = bookingReferences(text)[0];
  if (booked) {
    d.bookingReference ??= r.at(booked.value, [at + booked.index, at + booked.index + booked.length], null, 'pattern');
    return;
  }
  if (readCount(r, d, text, at, 'pattern')) return;
  // "Restaurant Olive Tree, 12 Mill Lane, Leeds": a capitalised name, then its street.
  const named = /^(\p{Lu}[^,\d]{2,50}),\s*(.*\d.*)$/u.exec(text);
  if (named && !d.address) setPlace(r, d, named[1]!.trim(), named[2]!, [at, at + named[1]!.trim().length], at + text.indexOf(named[2]!));
}

/** The provider's or restaurant's name, and its street address when one follows. */
function setPlace(r: Reader, d: FoodDraft, name: string, after: string, nameSpan: [number, number], afterAt: number): void {
  d.name = r.at(name, nameSpan, null, 'pattern');
  const address = after ? addresses(after).find((a) => isStreetAddress(a.value)) : undefined;
  if (!address) return;
  const full = after.slice(address.index).trim();
  d.address = r.at(full, [afterAt + address.index, afterAt + address.index + full.length], null, 'pattern');
  const place = placeOf(full);
  if (place.city && place.cityIndex !== null) {
    const cityAt = afterAt + address.index + place.cityIndex;
    d.city = r.at(place.city, [cityAt, cityAt + place.city.length], null, 'inferred');
  }
}
