/**
 * When two drafts of a list section are the same item (IMPORT_DATA.md, "Deduplication"):
 * - flight: same flight number and date;
 * - hotel: same name after normalisation and overlapping stay, or same booking reference;
 * - contact: same e-mail, else same phone, else same name;
 * - food and activities: same kind, date and time, and similar name.
 * A field one side does not state never blocks a match; a field both state and disagree on does.
 */
import type { Activity, Contact, Flight, Food, Hotel } from '../../interfaces.js';
import type { Draft, Found } from '../found.js';
import { foldText } from '../../reference/index.js';
import { scoreOf } from '../confidence/index.js';
import { labelKey } from '../text/lexicon.js';
import { sameDespiteNames } from './kind-named-slots.js';

type Same<T> = (a: Draft<T>, b: Draft<T>) => boolean;

const v = <X>(f: Found<X> | undefined): X | undefined => f?.value;

/** Both state it and it is equal (after folding text). */
function equal(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === b) return true;
  return typeof a === 'string' && typeof b === 'string' ? foldText(a) === foldText(b) : a === b;
}

/** Not both stated with different values. */
function compatible(a: unknown, b: unknown): boolean {
  return a === undefined || b === undefined || equal(a, b);
}

/** Names that share their words: one contains the other's tokens, ignoring generic words. */
export function similarNames(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  const generic = /^(hotel|the|and|restaurant|restaurang|cafe|bar|by|of|am|an|der|die|das|at)$/;
  const tokens = (s: string) => new Set(foldText(s).split(' ').filter((t) => t && !generic.test(t)));
  const [ta, tb] = [tokens(a), tokens(b)];
  if (!ta.size || !tb.size) return foldText(a) === foldText(b);
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared / Math.min(ta.size, tb.size) >= 0.6;
}

function overlappingStay(a: Draft<Hotel>, b: Draft<Hotel>): boolean {
  const [ai, ao, bi, bo] = [v(a.checkInDate), v(a.checkOutDate), v(b.checkInDate), v(b.checkOutDate)];
  if (!ai || !bi) return true;
  return ai < (bo ?? addOneDay(bi)) && bi < (ao ?? addOneDay(ai)) || ai === bi;
}

function addOneDay(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** One flight number on one booking is one flight, whatever day a note that only names it was read for. */
export const sameFlight: Same<Flight> = (a, b) =>
  equal(v(a.flightNumber), v(b.flightNumber)) && (compatible(v(a.date), v(b.date)) || equal(v(a.bookingReference), v(b.bookingReference)));

export const sameHotel: Same<Hotel> = (a, b) =>
  equal(v(a.bookingReference), v(b.bookingReference))
  || (v(a.name) !== undefined && v(b.name) !== undefined && similarNames(v(a.name), v(b.name)) && overlappingStay(a, b));

export const sameContact: Same<Contact> = (a, b) => {
  if (equal(v(a.email), v(b.email))) return true;
  if (v(a.email) !== undefined && v(b.email) !== undefined) return false;
  if (equal(v(a.phone), v(b.phone))) return true;
  if (v(a.phone) !== undefined && v(b.phone) !== undefined) return false;
  return equal(v(a.name), v(b.name));
};

export const sameFood: Same<Food> = (a, b) =>
  compatible(v(a.kind), v(b.kind)) && compatible(v(a.date), v(b.date)) && compatible(v(a.time), v(b.time))
  && (equal(v(a.name), v(b.name)) || (v(a.time) !== undefined && equal(v(a.time), v(b.time)) && similarNames(v(a.name), v(b.name))));

/** A set called only "Set", "Show", "Performance"…: the same set as one named by its act. */
const GENERIC_SET = /^(the )?(set|show|showtime|show time|performance|concert|konzert|gig|headline( set)?|main set|stage time|on stage|beginn|auftritt|spelning|konsert|actuaci[oó]n?|concierto|optreden)$/i;

export function isGenericName(name: string | undefined): boolean {
  // A set named only by a form's label for the set time, in any language the lexicon knows ("Set time", "Auftrittszeit").
  return name !== undefined && (GENERIC_SET.test(name.trim()) || labelKey(name) === 'set_time');
}

/**
 * A slot named by the performer's role ("Support", "Soundcheck Artist", "Band check"): the same slot as one named by its act.
 * A contract's timetable names the start of it ("Beginn Hauptact", "Start main act", "Aanvang hoofdact").
 */
const ROLE_SLOT = /^(?:(?:sound ?-?check|line ?-?check|set|beginn|start|aanvang)\s+)?(?:the\s+)?(?:artist|band|act|main act|headliner|headline|hauptact|hoofdact|support(?:\s+act)?|opener)(?:\s+(?:sound ?-?check|check|set))?$/i;

function isRoleName(name: string | undefined): boolean {
  return name !== undefined && ROLE_SLOT.test(name.trim());
}

/** "Balances 1re partie (Lila Vey)" beside "Lila Vey line check": the act in one name's brackets names the other. */
function bracketedActNamed(a: string | undefined, b: string | undefined): boolean {
  const act = (x: string | undefined) => (x === undefined ? undefined : /\(([^()]{3,40})\)\s*$/.exec(x)?.[1]);
  return [[act(a), b], [act(b), a]].some(([inner, other]) => !!inner && !!other && ` ${foldText(other)} `.includes(` ${foldText(inner)} `));
}

export const sameActivity: Same<Activity> = (a, b) =>
  equal(v(a.kind), v(b.kind)) && compatible(v(a.date), v(b.date)) && equal(v(a.startTime), v(b.startTime))
  && (similarNames(v(a.name), v(b.name)) || [v(a.name), v(b.name)].some(isGenericName) || bracketedActNamed(v(a.name), v(b.name))
    // A role-named slot at another stage ("Support" in the tent at the headliner's hour) is another act's.
    || ([v(a.name), v(b.name)].some(isRoleName) && compatible(v(a.location), v(b.location)))
    // One load-in, doors or curfew a day; a bare "Soundcheck" is the act's named one (kind-named-slots.ts).
    || (sameDespiteNames(a, b) && compatible(v(a.location), v(b.location))));

/**
 * Whether `fuller` is `name` with an act's or show's name and a separator before it ("Kite Parade - Soundcheck"
 * beside a bare "Soundcheck"); words after it ("Curfew is strict", "Curfew (hard") are the line's remark, not its name.
 */
function widens(fuller: string, name: string): boolean {
  const wide = fuller.trim();
  const narrow = name.trim();
  const head = wide.slice(0, wide.length - narrow.length);
  return !!narrow && head.length > 0 && foldText(wide.slice(head.length)) === foldText(narrow) && /\p{L}.*\s[-–—:|]\s*$/u.test(head);
}

/**
 * Of one merged activity's drafts, one name is kept, in this order of preference: a specific name
 * as written ("Marrow Lanterns"; of two such, one not worded more fully by the other: a calendar invite's
 * "Kite Parade - Soundcheck" over the mail's "Soundcheck"), a generic or role one as written ("Showtime", "Support"), a name inferred from the
 * show's artist; among equals the best scored. No conflict either way: the documents agree on the
 * item and only word it differently.
 */
export function preferSpecificNames(members: Draft<Activity>[]): Draft<Activity>[] {
  const names = members.flatMap((m) => (m.name && m.name.method !== 'inferred' ? [m.name.value] : []));
  const rank = (m: Draft<Activity>) =>
    !m.name ? -1 : m.name.method === 'inferred' ? 0 : isGenericName(m.name.value) || isRoleName(m.name.value) ? 1
      : names.some((other) => widens(other, m.name!.value)) ? 1.5 : 2;
  const keep = [...members].sort((a, b) => rank(b) - rank(a) || scoreOf(b.name ?? a.name!) - scoreOf(a.name ?? b.name!))[0];
  return members.map((m) => {
    if (m === keep || !m.name) return m;
    const { name: _other, ...rest } = m;
    return rest;
  });
}
