/**
 * The item cell of a schedule table read into its parts, as day sheets write it:
 *
 *   "Runner pick-up: hotel → radio studio"     a ride named before the colon, its route after it
 *   "Load in (via the side gate, Mill Lane)"   a lower-case remark in brackets is the item's note
 *   "Radio session (see PRESS below)"          a pointer to another part of the sheet is no part of the name
 *   "Curfew - district noise rule"              a curfew's or the doors' remark after a dash is its note
 *   "Van call – hotel lobby to Galway"        a ride's route in words after a dash (the name stays whole)
 *   "Load-in — loading dock (side street)"     a lower-case place after a dash is the item's location
 *   "Interview - Ann + Bo, dressing room 2"    the people going after a dash are the note, the place after them the location
 *   "로드인 (Load-in) - …"                      a two-script cell is read in its Latin gloss
 */
import { halfAt } from '../text/bilingual-value.js';
import { glossedCell } from '../text/bilingual-lines.js';
import { labelKey } from '../text/index.js';
import { activityKind, ROUTE } from './activity-kinds.js';
import { namedRoute } from './schedule-routes.js';
import { peopleThenPlace, placeAfterDash } from './schedule-places.js';
import type { ActivityKind } from '../../interfaces.js';

/**
 * "Get-in (via the back door)": a lower-case remark in brackets after the name is the item's note (a sentence or two
 * of directions, "(entry by gate C on the side street, the van then stays in the backstage lot)", too); so is
 * one opening in a script without capitals ("(ประตูหลัง / rear door)", a two-language remark, so twice as long).
 * Arabic script has no capitals either: a Persian or Arabic remark is a note as a lower-case one is ("(کف سالن)").
 */
export const NOTE_IN_BRACKETS = /\s*\((\p{Ll}[^()]{3,120}|\p{Lo}[^()/]{1,60}\/\s*\p{Script=Latin}[^()]{2,60}|\p{Script=Arabic}[^()]{3,80})\)\s*$/u;

/**
 * "(see PRESS below)", "(siehe Catering)", "(Details s. Reise)", "– see CATERING", "– juo Karyakram (page 2)" (Gujarati/Hindi "see"):
 * a pointer to another section of the sheet.
 */
const CROSS_REFERENCE = /\s*\((?:(?:details?|d[ée]tails|detalles|infos?|mehr|more)\s+)?(?:see|siehe|s\.|voir|zie|vedi|ver|se|sjá|cf\.?)\s[^()]{1,40}\)|\s+[-–—]\s+(?:see|siehe|voir|zie|vedi|juo|dekho)\s+\S[^()]{0,40}?(?:\s*\(\s*(?:page|pp?\.|seite|pag\.?|panu|pagina|página)\s*\d{1,3}\s*\))?$/iu;

/** "see Schedule (page 3)", "juo Karyakram (page 2)": a pointer to a page of the sheet, the part it names captured. */
const PAGE_POINTER = /(?<!\p{L})(?:see|siehe|voir|zie|vedi|ver|juo|dekho)\s+([\p{L}\s]{2,30}?)\s*\(\s*(?:page|pp?\.|seite|pag\.?|panu|pagina|página)\s*\d{1,3}\s*\)/iu;

/**
 * A travel or contacts table's row may only point to the sheet's schedule for its times: "Show-day runs – see
 * Schedule (page 1)". The rows it points to are read there; the pointer restates them (often with bare hours,
 * "2:00 / 11:30") and is no item of its own. An item named before a pointer elsewhere ("Load-in – see tech
 * rider (page 3)") stays an item.
 */
export function pointsElsewhere(cell: string): boolean {
  const m = PAGE_POINTER.exec(cell);
  if (!m) return false;
  return labelKey(m[1]!.trim()) === 'schedule_item' || [null, 'other'].includes(activityKind(cell.slice(0, m.index)));
}

/**
 * "See run 4", "siehe Catering", "See 4 / ክፍል 4ን ይመልከቱ": a remarks cell that only points to another part of
 * the sheet (in one language or two) says nothing of the item itself.
 */
const POINTER_CELL = /^(?:see|siehe|voir|zie|vedi|ver|cf\.?)\s+[^\s/,;.]+(?:\s+[^\s/,;.]+)?\.?(?:\s+\/\s+[^/]{1,40})?$/iu;

export function onlyCrossReference(text: string): boolean {
  return POINTER_CELL.test(text.trim());
}

/** `text` without a pointer to another section of the sheet. */
export function withoutCrossReference(text: string): string {
  return text.replace(CROSS_REFERENCE, '').trim();
}

/** "… – (from) A to B", "… – von A nach B", "… – från A till B": a route in words after the ride's name and a dash. */
const WORDED_ROUTE = /\s[-–—]\s+(?:from\s+|von\s+|vom\s+|från\s+|fra\s+|van\s+)?([^,;()]{2,40}?)\s+(?:to|nach|zum|zur|till|til|naar)\s+([^,;()]{2,40}?)\s*$/iu;
/** "ভেন্যু থেকে হোটেল / Venue → Hotel": a Bengali ride names its route "A থেকে B" (from A, to B), before any gloss. */
const BENGALI_ROUTE = /^([^,;()/]{2,40}?)\s+থেকে\s+([^,;()/]{2,40}?)\s*(?:\/|$)/u;

export interface NameCellPart { value: string; index: number }
export interface NameCell {
  name: NameCellPart;
  kind: ActivityKind | null;
  notes?: NameCellPart;
  from?: NameCellPart;
  to?: NameCellPart;
}

/** The item's name, kind, note and route in a schedule table's item cell, each with its offset in `text`. */
export function nameCellParts(text: string): NameCell {
  const name = withoutCrossReference(text);
  const at = (value: string) => ({ value, index: Math.max(0, text.indexOf(value)) });
  // Only a drawn arrow makes a route here: a dash in a cell also joins a name to its act ("Soundcheck – Band").
  const bengali = BENGALI_ROUTE.exec(name);
  if (bengali && activityKind(name) === 'transfer') return { name: at(name), kind: 'transfer', from: at(bengali[1]!), to: at(bengali[2]!) };
  // "Shuttle Hbf → Hotel (Koffer abladen)": a remark in brackets closing the route is the ride's note, no part of where it goes.
  const routeNote = ROUTE.test(name) ? remarkInBrackets(name) : null;
  const routed = routeNote ? name.slice(0, routeNote.index) : name;
  const route = ROUTE.test(routed) ? namedRoute(routed) : null;
  if (route) {
    // A ride from one place to another is a transfer, whatever its label calls it ("Runner return"); a
    // route named as another section's item ("Flight – XY 123 AAA → BBB") is that section's.
    const own = activityKind(route.name.value);
    if (own === null) return { name: at(name), kind: null };
    return { name: at(route.name.value), kind: own !== 'other' ? own : 'transfer', from: at(route.from.value), to: at(route.to.value), ...(routeNote ? { notes: at(routeNote[1]!) } : {}) };
  }
  const bracket = remarkInBrackets(name);
  const kind = activityKind(name);
  // "Oda Frost (support)": a bracket naming the slot qualifies the act's name, it is no remark; nor is a
  // gloss of the kind the words before it already name ("Ovoz tekshiruvi (saundchek)").
  const note = bracket && activityKind(bracket[1]!) !== 'set' && !glossesOwnKind(name.slice(0, bracket.index), bracket[1]!) ? bracket : null;
  // "Curfew - district noise rule": a curfew's or the doors' dash leads to a remark, as no act follows them.
  const remark = !note && (kind === 'curfew' || kind === 'doors') ? /^(.+?)\s+[-–—]\s+(\S.*)$/u.exec(name) : null;
  if (remark && activityKind(remark[1]!) === kind) return { name: at(remark[1]!), kind, notes: at(remark[2]!) };
  // "Van call – hotel lobby to Galway": a ride's cell names its route in words after a dash; the name stays whole.
  const worded = !note && kind === 'transfer' ? WORDED_ROUTE.exec(name) : null;
  if (worded) return { name: at(name), kind, from: at(worded[1]!), to: at(worded[2]!) };
  // "Radio interview - Ann + Bo, dressing room 2": the people going are the note, the place after them where it happens.
  const going = !note && !remark && kind !== 'transfer' ? peopleThenPlace(name) : null;
  const goingKind = going ? activityKind(going.name) : null;
  if (going && goingKind) return { name: at(going.name), kind: goingKind, notes: { value: going.people, index: Math.max(0, text.indexOf(going.people)) }, from: { value: going.place, index: Math.max(0, text.indexOf(going.place)) } };
  // "Load-in — loading bay (Mill St side)": a lower-case place after the dash is where the item happens.
  const placed = !note && !remark && kind !== 'transfer' ? placeAfterDash(name) : null;
  const placedKind = placed ? activityKind(placed.name) : null;
  if (placed && placedKind) return { name: at(placed.name), kind: placedKind, from: { value: placed.place, index: Math.max(0, text.indexOf(placed.place)) } };
  if (!note) return { name: at(name), kind };
  return { name: at(name.slice(0, note.index)), kind, notes: at(note[1]!) };
}

/**
 * German writes a remark's nouns with capitals: a bracket is a remark still when it holds a lower-case word
 * ("(Koffer abladen)", a count of a capitalised noun: "(8 Helfer vom Haus)"), labels a detail ("(Fahrerin: Petra)"),
 * or names the people going, joined by "+", "&" or "und" ("(Anja + Bent)"). A lone name ("Soundcheck Support (Ida
 * Lund)") says whose item it is, capitals alone ("(Loading Bay 2)") name a place, and "(1ère partie)", "(2 band
 * members)" qualify the item: all stay in the name, as does the bracket of a place after a dash ("— dock (Mill St side)").
 */
const CAPITALISED_REMARK = /\s*\((\p{Lu}[^()]{2,60}|\d{1,3}[ \t]+\p{Lu}[^()]{2,60})\)\s*$/u;
const PEOPLE_GOING = /^\p{Lu}\p{Ll}+(?:\s*(?:\+|&|\bund\b|\band\b)\s*\p{Lu}\p{Ll}+)+$/u;
/** The item's remark in brackets at the end of its cell: lower-case, or capitalised as above. */
export function remarkInBrackets(name: string): RegExpExecArray | null {
  return NOTE_IN_BRACKETS.exec(name) ?? (placeAfterDash(name) ? null : capitalisedRemark(name));
}

function capitalisedRemark(name: string): RegExpExecArray | null {
  const m = CAPITALISED_REMARK.exec(name);
  if (!m) return null;
  const inside = m[1]!;
  const remark = /(?:^|\s)\p{Ll}{2,}(?![\p{L}.])/u.test(inside) || /^\p{Lu}[\p{L}-]+:\s+\S/u.test(inside) || PEOPLE_GOING.test(inside);
  return remark ? m : null;
}

/** A word or two in brackets naming the same kind of item as the words before them: a translation of the name. */
function glossesOwnKind(before: string, inBrackets: string): boolean {
  const kind = activityKind(inBrackets);
  return !!kind && kind !== 'other' && inBrackets.trim().split(/\s+/).length <= 2 && activityKind(before) === kind;
}

/** `nameCellParts` of a cell, read in its Latin gloss when it is a two-script cell (text/bilingual-lines.ts); offsets stay the cell's. */
export function itemCellParts(text: string, known: 0 | 1 | null = null): NameCell {
  // A two-language form's cell written twice ("Drysau / Doors"): the known half, when it names an item (text/bilingual-value.ts).
  const half = known === null ? null : halfAt(text, known);
  const halved = half ? nameCellParts(half.value) : null;
  if (half && halved && halved.kind && halved.kind !== 'other') {
    const shift = (p?: NameCellPart) => p && { value: p.value, index: p.index + half.offset };
    return { name: shift(halved.name)!, kind: halved.kind, notes: shift(halved.notes), from: shift(halved.from), to: shift(halved.to) };
  }
  const gloss = glossedCell(text);
  if (!gloss) return nameCellParts(text);
  const parts = nameCellParts(gloss.value);
  const shift = (p?: NameCellPart) => p && { value: p.value, index: p.index + gloss.index };
  return { name: shift(parts.name)!, kind: parts.kind, notes: shift(parts.notes), from: shift(parts.from), to: shift(parts.to) };
}
