/**
 * Doubts: facts about the whole assembled import that a value's own evidence cannot see, and that
 * make it less likely right on a kind of document the rules were not written for.
 *
 *   kin:<section>:<n>   n activities (or meals) of the same kind: the running order of a whole
 *                       festival, every meal of a tour, a tour book's other shows (n = 2, 3, 4+)
 *   crowd:<n>           a list of many items (9-15, 16-30, 31+): a show rarely has that many
 *   offDay:<d>          an item dated d days from the show's date (2-3, 4-10, 11+)
 *   labels:unknown      the value's source writes "Label: value" lines, few of whose labels the
 *                       lexicon knows: a language or form the rules have not learnt
 *   cover:<share>       the reading used under a quarter (<25) or under half (25-50) of its
 *                       source's times, dates, phones and e-mails (coverage.ts)
 *   unfamiliar:<field>  the value's source is unfamiliar ground (either of the two above): kinds
 *                       of field differ in how often they go wrong there (a meal's name far more
 *                       than a contact's e-mail), which the class table, fitted on familiar
 *                       documents, cannot know
 *   early               an activity starting between 01:00 and 10:00, when a show day's items rarely
 *                       happen: more often an evening time read as a morning one ("load-in 3:30")
 *   person:unlike       a contact, passenger or hotel guest whose name does not read as a person's
 *                       ("Artist Desk", "Market St", "Tour Manager", two scripts run together): the
 *                       item was likely read off some other line, so all its fields are in doubt
 *   meal                a meal's field: which line is the meal, and which of its words its name, its
 *                       place or its note, varies most from one document to the next
 *   contact:no-email    a contact without an e-mail: more often a name and number picked out of prose,
 *                       a chat or a signature line, where role and company are guessed from around it
 *   long                a free-text value over 60 characters (notes, terms, an address): where such a
 *                       value starts and ends is rarely written the same way twice
 *
 * The evidence-class table (calibration.json) is fitted on documents the rules were written with,
 * where these hardly occur or are read right anyway; on unseen documents they mark the values that
 * go wrong most. So each doubt's factor (doubts.json, made by scripts/fit-doubts.ts) is fitted on
 * blind readings: earlier versions of the rules run on rounds of documents written after them.
 * A value with no doubt keeps its class score; the factors of a value's doubts multiply it.
 */
import type { ConfidenceMap, ExtractedSource, ImportData } from '../../interfaces.js';
import { labelKey } from '../text/lexicon.js';
import fitted from './doubts.json' with { type: 'json' };
import { roundScore } from './calibration.js';
import { factCoverage } from './coverage.js';
import { looksLikePersonName, ROLE_WORDS } from '../sections/people.js';

export interface DoubtTable {
  /** Doubt → the factor it multiplies a score by, with the (blind) values it was fitted on. */
  factors: Record<string, { factor: number; n: number }>;
  /** g: how much less often blind-read values were right than their class scores say (fitted, not applied). */
  unseen: number;
  fittedOn: string;
}

const table: DoubtTable = fitted as DoubtTable;

const LISTS = ['hotels', 'flights', 'food', 'activities', 'contacts'] as const;
const DAY_MS = 86_400_000;

/** "Label: value" at a line's start; a label ending in a digit is a clock or a count ("10:30"). */
const LABEL_LINE = /^[ \t]*([^:\n]{2,30}?)[ \t]*:[ \t]*\S/gmu;
/** Below this share of known labels (over at least MIN_LABEL_LINES lines) a source is unknown ground. */
const KNOWN_SHARE = 0.25;
const MIN_LABEL_LINES = 4;

/** Whether most of a source's label lines name labels the lexicon does not know. */
export function hasUnknownLabels(text: string, knows: (label: string) => unknown = labelKey): boolean {
  let lines = 0;
  let known = 0;
  for (const m of text.matchAll(LABEL_LINE)) {
    const label = m[1]!;
    if (/\d$/.test(label) || /https?$/i.test(label) || !/\p{L}/u.test(label)) continue;
    lines++;
    if (knows(label)) known++;
  }
  return lines >= MIN_LABEL_LINES && known / lines < KNOWN_SHARE;
}

/** The share of a source's facts its reading used, as a doubt's band; half or more is no doubt. */
function coverBand(share: number | null | undefined): string | null {
  if (share === null || share === undefined || share >= 0.5) return null;
  return share < 0.25 ? 'cover:<25' : 'cover:25-50';
}

/** A leaf's kind of field: its path without list positions (`flights[].passengers[].seat`). */
const fieldOf = (path: string): string => path.replace(/\[\d+\]/g, '[]');

function band(n: number, bands: readonly [number, string][]): string | null {
  return bands.find(([upTo]) => n <= upTo)?.[1] ?? null;
}

type Item = Record<string, unknown>;

/** The day an item happens on: an activity's or meal's date, a hotel's check-in, a flight's date. */
function dayOf(item: Item): number | null {
  const date = item['date'] ?? item['checkInDate'];
  return typeof date === 'string' ? Date.parse(date.slice(0, 10)) : null;
}

/** A start between 01:00 and 10:00: after the night's small hours, before a show day's work begins. */
const isEarly = (time: unknown): boolean => typeof time === 'string' && time >= '01:00' && time < '10:00';

/** Each list item's doubts, by its path (`activities[3]`). */
function itemDoubts(data: ImportData): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const show = data.general.date ? Date.parse(data.general.date) : null;
  for (const section of LISTS) {
    const items = data[section] as unknown as Item[];
    const crowd = band(items.length, [[8, ''], [15, '9-15'], [30, '16-30'], [Infinity, '31+']]);
    items.forEach((item, i) => {
      const doubts: string[] = [];
      if (crowd) doubts.push(`crowd:${crowd}`);
      if (section === 'activities' || section === 'food') {
        const kin = items.filter((other) => other['kind'] === item['kind']).length;
        if (kin > 1) doubts.push(`kin:${section}:${kin >= 4 ? '4+' : kin}`);
      }
      if (section === 'activities' && isEarly(item['startTime'])) doubts.push('early');
      if (section === 'food') doubts.push('meal');
      if (section === 'contacts' && !item['email']) doubts.push('contact:no-email');
      const day = dayOf(item);
      if (show !== null && day !== null) {
        const off = band(Math.round(Math.abs(day - show) / DAY_MS), [[1, ''], [3, '2-3'], [10, '4-10'], [Infinity, '11+']]);
        if (off) doubts.push(`offDay:${off}`);
      }
      if (doubts.length) out.set(`${section}[${i}]`, doubts);
    });
  }
  return out;
}

/** The paths of the people (contacts, passengers, hotel guests) whose names do not read as a person's. */
function unlikePeople(data: ImportData): string[] {
  const out: string[] = [];
  const check = (path: string, name: string | null) => {
    if (name && (!looksLikePersonName(name) || ROLE_WORDS.test(name))) out.push(path);
  };
  data.contacts.forEach((c, i) => check(`contacts[${i}]`, c.name));
  data.flights.forEach((f, i) => f.passengers.forEach((p, j) => check(`flights[${i}].passengers[${j}]`, p.name)));
  data.hotels.forEach((h, i) => h.guests.forEach((g, j) => check(`hotels[${i}].guests[${j}]`, g)));
  return out;
}

/** The value at a confidence entry's path ("hotels[0].guests[1]", "deal.paymentTerms"). */
function leafAt(data: ImportData, path: string): unknown {
  return path.split(/\.|(?=\[)/).reduce<unknown>((at, key) => {
    if (at === null || typeof at !== 'object') return undefined;
    const index = /^\[(\d+)\]$/.exec(key);
    return index ? (at as unknown[])[Number(index[1])] : (at as Record<string, unknown>)[key];
  }, data);
}

/** Free text this long has boundaries a reading rarely gets exactly (see `long` above). */
const LONG_TEXT = 60;

/** Whether `path` is the item at `item` or one of its fields (`contacts[2].phone` of `contacts[2]`). */
const within = (path: string, item: string) => path === item || path.startsWith(`${item}.`);

/**
 * Every confidence entry's doubts, by path. `knows` is the label lexicon's lookup; a blind reading
 * passes the lexicon of the rules it ran (scripts/fit-doubts.ts).
 */
export function doubtsOf(
  data: ImportData, confidence: ConfidenceMap, sources: readonly Pick<ExtractedSource, 'name' | 'text'>[],
  knows: (label: string) => unknown = labelKey,
): Record<string, string[]> {
  const items = itemDoubts(data);
  const unknownGround = new Set(sources.filter((s) => hasUnknownLabels(s.text, knows)).map((s) => s.name));
  const coverage = factCoverage(confidence, sources);
  const unlike = unlikePeople(data);
  const out: Record<string, string[]> = {};
  for (const [path, entry] of Object.entries(confidence)) {
    if (path.startsWith('documents')) continue;
    const doubts = [...(items.get(/^\w+\[\d+\]/.exec(path)?.[0] ?? '') ?? [])];
    const unknownLabels = unknownGround.has(entry.source);
    const cover = coverBand(coverage.get(entry.source));
    if (unknownLabels) doubts.push('labels:unknown');
    if (cover) doubts.push(cover);
    if (unknownLabels || cover) doubts.push(`unfamiliar:${fieldOf(path)}`);
    if (unlike.some((item) => within(path, item))) doubts.push('person:unlike');
    const value = leafAt(data, path);
    if (typeof value === 'string' && value.length > LONG_TEXT) doubts.push('long');
    if (doubts.length) out[path] = doubts;
  }
  return out;
}

/** A score lowered by its doubts' fitted factors. */
export function doubted(score: number, doubts: readonly string[], using: DoubtTable = table): number {
  return roundScore(doubts.reduce((p, d) => p * (using.factors[d]?.factor ?? 1), score));
}

/** The confidence map with every entry's score lowered by its doubts. */
export function withDoubts(confidence: ConfidenceMap, doubts: Record<string, string[]>): ConfidenceMap {
  const out: ConfidenceMap = {};
  for (const [path, entry] of Object.entries(confidence)) {
    out[path] = doubts[path] ? { ...entry, score: doubted(entry.score, doubts[path]) } : entry;
  }
  return out;
}
