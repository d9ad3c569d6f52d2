/**
 * A whole tour book, one show asked for: the user attaches the run's book (an overview row per
 * show, the schedule, travel, hotels and contacts of every day) and pastes a note naming the one
 * show to set up ("Lyon only — Tue 14 May, Le Quai"). The overview is a table of dated shows at
 * venues in two or more cities (no time column: that is one day's schedule); the named show is the
 * overview's show whose day, venue and city the note names most often (a tie names none). In the
 * book, a row dated by its first cell belongs to that show when it is dated the show's day (its
 * schedule, its travel in and out that day, its meal, its "14/05 Lyon" local contacts), is a stay
 * covering the show's night (a hotel row from an earlier night whose check-out cell is a later day),
 * or is travel towards it on a day since the tour's previous day elsewhere (a row naming its city or
 * venue).
 * Undated rows — the touring party, the agency, titles, footnotes — speak for every show and stay.
 * Other rows are blanked (spaces, so offsets still point into the source) and dropped from the
 * tables. Without a pasted note, or when the note names no single show, the book is read as it is.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { cellsOf, foldLabel, labelKey, linesOf } from '../text/index.js';
import { daysIn } from './show-blocks.js';
import { mentions, tablesIn } from './show-roster.js';

/** Only the day and month are compared, so any reference year will do. */
const REF = new Date(Date.UTC(2000, 0, 1));

interface Show {
  /** "MM-DD". */
  day: string;
  venue: string;
  city: string;
}

/** A tour's overview: its shows, one per day and venue, and its rows (each stands for its show alone). */
interface Overview {
  shows: Show[];
  rows: Set<string>;
}

/** A row's key: its non-empty cells, the same from a table or a line of the text. */
const keyOf = (cells: string[]) => cells.map((c) => c.trim()).filter((c) => c).join('\t');

/** Days forward from `from` to `to` ("MM-DD"), round the year's end: 30 Dec to 2 Jan is 3. */
function daysFrom(from: string, to: string): number {
  const at = (d: string) => Date.UTC(2000, Number(d.slice(0, 2)) - 1, Number(d.slice(3)));
  return ((at(to) - at(from)) / 86_400_000 + 366) % 366;
}

/** Whether `later` comes after `day` (within half a year; dates carry no year here). */
const isAfter = (later: string, day: string) => daysFrom(day, later) > 0 && daysFrom(day, later) < 183;

/**
 * A tour's overview: a table headed by a date, a venue and a city column and no time column (timed
 * rows are one day's schedule, "13/05 09:10 Flight ⇥ Frankfurt Airport"), whose shows — rows of one
 * day at one venue being one show — fall on two or more days in two or more cities: a tour that moves.
 */
function overviewOf(rows: string[][]): Overview | null {
  for (const [h, header] of rows.slice(0, 5).entries()) {
    if (header.some((c) => /\d/.test(c))) continue;
    const col = (key: string) => header.findIndex((c) => labelKey(c) === key);
    const [date, venue, city] = [col('date'), col('venue'), col('city')];
    if (date < 0 || venue < 0 || city < 0 || col('time') >= 0) continue;
    const shows = new Map<string, Show>();
    const keys = new Set<string>();
    for (const row of rows.slice(h + 1)) {
      const days = daysIn(row[date] ?? '', REF);
      // "Le Quai (petite salle)": the room in brackets is no part of the name a note uses.
      const name = (row[venue] ?? '').replace(/\s*\(.*$/, '').trim();
      if (!days.length || !name) continue;
      shows.set(`${days[0]} ${foldLabel(name)}`, { day: days[0]!, venue: name, city: (row[city] ?? '').trim() });
      keys.add(keyOf(row));
    }
    const list = [...shows.values()];
    const moves = new Set(list.map((s) => s.day)).size >= 2 && new Set(list.map((s) => foldLabel(s.city)).filter((c) => c)).size >= 2;
    return moves ? { shows: list, rows: keys } : null;
  }
  return null;
}

/** The show the note names by the most of its day, venue and city; none on a tie or when it names none. */
function namedShow(shows: Show[], note: string): Show | null {
  const days = new Set(daysIn(note, REF));
  const score = (s: Show) => Number(days.has(s.day)) + Number(mentions(note, s.venue) > 0) + Number(!!s.city && mentions(note, s.city) > 0);
  const best = Math.max(0, ...shows.map(score));
  const top = shows.filter((s) => score(s) === best);
  return best > 0 && top.length === 1 ? top[0]! : null;
}

/** The day a row is dated by: its first cell, when short and writing one day ("2027-05-14", "14/05 Lyon", "Night of 14/05"). */
function rowDay(cells: string[]): string | null {
  const first = cells[0];
  if (!first || first.length > 24) return null;
  const days = [...new Set(daysIn(first, REF))];
  return days.length === 1 ? days[0]! : null;
}

/** The named show, how many days back its travel in may start (after the tour's previous day elsewhere), and the overview's rows. */
interface Scope {
  show: Show;
  leadDays: number;
  overview: Set<string>;
}

/**
 * Whether a row (its non-empty cells) belongs to the named show: undated, that day's, a stay over
 * that night, or travel towards it on a day since the tour's previous day elsewhere (a row naming its
 * city or venue, "Flight Paris → Lyon"; the overview's own rows of those days are other days' entries).
 */
function belongs(cells: string[], { show, leadDays, overview }: Scope): boolean {
  const own = rowDay(cells);
  if (!own || own === show.day) return true;
  if (!isAfter(show.day, own)) return false;
  // A check-out: a later cell holding only a day.
  const stayUntil = cells.slice(1).filter((c) => c.length <= 16).flatMap((c) => daysIn(c, REF));
  if (stayUntil.some((d) => isAfter(d, show.day))) return true;
  const row = cells.join(' ');
  const towards = mentions(row, show.venue) > 0 || (!!show.city && mentions(row, show.city) > 0);
  return daysFrom(own, show.day) < leadDays && towards && !overview.has(keyOf(cells));
}

/** A long line of spaces only: a row of another show blanked here, offsets kept (a gap between blocks is empty or a few spaces). */
export function isBlankedRow(line: string): boolean {
  return /^ {12,}$/.test(line);
}

/** The book with the rows of other shows blanked and dropped, for the show the note names. */
function scopedTo(source: ExtractedSource, scope: Scope): ExtractedSource {
  let text = source.text;
  for (const line of linesOf(source)) {
    if (belongs(cellsOf(line).map((c) => c.text), scope)) continue;
    text = text.slice(0, line.start) + ' '.repeat(line.end - line.start) + text.slice(line.end);
  }
  const tables = source.tables.map((t) => ({ ...t, rows: t.rows.filter((r) => belongs(r.map((c) => c.trim()).filter((c) => c), scope)) }));
  return { ...source, text, tables };
}

/**
 * The source scoped to the show the import's pasted note names, when the source is a book of
 * several shows (sections/show-scope.ts); else the source itself.
 */
export function namedShowRowsOnly(source: ExtractedSource, sources: ExtractedSource[]): ExtractedSource {
  if (source.origin === 'pasted') return source;
  const note = sources.filter((s) => s.origin === 'pasted').map((s) => s.text).join('\n');
  if (!note.trim()) return source;
  const overviews = tablesIn(source).map(overviewOf).filter((o) => o !== null);
  const show = overviews.length ? namedShow(overviews.flatMap((o) => o.shows), note) : null;
  if (!show) return source;
  // The tour's previous day elsewhere (a show, a day off; not a travel day "Porto → Bilbao" towards the show) bounds the travel in; without one, the day before.
  const elsewhere = overviews.flatMap((o) => o.shows).filter((s) => !mentions(s.city, show.city) && !mentions(s.venue, show.venue));
  const before = elsewhere.map((s) => daysFrom(s.day, show.day)).filter((n) => n > 0 && n < 183);
  const leadDays = before.length ? Math.min(...before) : 2;
  return scopedTo(source, { show, leadDays, overview: new Set(overviews.flatMap((o) => [...o.rows])) });
}
