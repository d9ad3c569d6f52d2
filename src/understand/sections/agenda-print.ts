/**
 * A calendar's agenda view printed to paper (a calendar app's "Print → Agenda"): under each day's
 * heading ("Thu 10 June 2027") one event per row, its cells the time range ("11:15am – 12:50pm",
 * "7pm", "All day"), the title with the calendar's name printed under it, the location and the
 * description, each cell wrapped over the row's lines (a wrapped line starts with an empty time cell,
 * or with the range's end time when the range itself wrapped). The print's header lists the calendars
 * ("Calendars: Tour ’27, Jo Bloggs"); that a title ends in one of them is what tells the print, and
 * the name is no part of the title. All-day events (a stay, a banner, a birthday) have no time and
 * are no items of the day; the sections read the timed events through `agendaPrint`.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found, type Found } from '../found.js';
import { findDates, findTimes, normaliseText, PHONE_IN_TEXT } from '../normalise/index.js';
import { evidenceAt, read, type Line } from '../text/index.js';
import { writtenYearDate } from './written-year.js';

/** "Tel. +49 …", "phone: …" in an event's description: the number after its label. */
export const LABELLED_PHONE = new RegExp(String.raw`(?<![\p{L}])(?:tel|phone)\.?:?\s*(${PHONE_IN_TEXT.source})`, 'iu');

export interface AgendaEvent {
  title: Found<string>;
  start: Found<string>;
  /** Absent for an event printed with a single time (doors, a curfew). */
  end?: Found<string>;
  /** The day heading above the row. */
  date?: Found<string>;
  location?: Found<string>;
  description?: Found<string>;
}

const CALENDARS = /^\s*calendars?:\s*(.+?)\s*$/i;
const ALL_DAY = /^all[- ]day$/i;
/** A cell holding only a time or a range, its end perhaps on the next line ("11:15am –"). */
const TIME_CELL = /^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[–—-]\s*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?)?$/i;
/** A print names its calendars on more than one row title: one match could be chance. */
const MIN_NAMED_ROWS = 2;

interface Row { lines: Line[]; date?: Found<string> }

export interface AgendaPrint {
  /** The timed events, in order. */
  events: AgendaEvent[];
  /** Indexes of every row's lines, all-day rows' too: no other reading takes their times. */
  rowLines: Set<number>;
}

const cache = new WeakMap<ExtractedSource, AgendaPrint | null>();

/** The source read as an agenda print; null when it is none. */
export function agendaPrint(source: ExtractedSource): AgendaPrint | null {
  if (cache.has(source)) return cache.get(source)!;
  const agenda = readAgenda(source);
  cache.set(source, agenda);
  return agenda;
}

function readAgenda(source: ExtractedSource): AgendaPrint | null {
  const { lines } = read(source);
  const calendars = [...new Set(lines.flatMap((l) => CALENDARS.exec(l.text)?.[1]?.split(/\s*,\s*/) ?? []))].filter((n) => n.length >= 3);
  if (!calendars.length) return null;
  const rows = rowsOf(source, lines);
  const events = rows.map((row) => eventOf(source, row, calendars));
  if (events.filter((e) => e?.named).length < MIN_NAMED_ROWS) return null;
  return {
    events: events.flatMap((e) => (e?.event ? [e.event] : [])),
    rowLines: new Set(rows.flatMap((row) => row.lines.map((l) => l.index))),
  };
}

/** Rows under day headings: a row starts at a time or all-day cell and takes the lines that wrap it. */
function rowsOf(source: ExtractedSource, lines: Line[]): Row[] {
  // A heading without its year ("Thu 10 June") takes the year the print writes elsewhere.
  const yearRef = read(source).referenceDate ?? writtenYearDate(source) ?? undefined;
  const rows: Row[] = [];
  let date: Found<string> | undefined;
  let row: Row | null = null;
  for (const line of lines) {
    const cells = line.text.split('\t');
    const first = cells[0]!.trim();
    const heading = cells.length === 1 ? dayHeading(source, line, yearRef) : undefined;
    if (heading) {
      date = heading;
      row = null;
    } else if (!line.text.trim()) {
      row = null;
    } else if (cells.length > 1 && (ALL_DAY.test(first) || (TIME_CELL.test(first) && findTimes(first).length))) {
      // The range's end on the next line ("11:15am –" over "12:50pm") goes on the same row.
      const wrappedEnd = row && /[–—-]\s*$/.test(row.lines[row.lines.length - 1]!.text.split('\t')[0]!) && findTimes(first).length === 1;
      if (wrappedEnd) row!.lines.push(line);
      else rows.push(row = { lines: [line], ...(date ? { date } : {}) });
    } else if (row && first === '' && cells.length > 1) {
      row.lines.push(line);
    } else {
      row = null;
    }
  }
  return rows;
}

/** A line holding only a day's date ("Wed 9 June 2027", "Thursday, 10 June"). */
function dayHeading(source: ExtractedSource, line: Line, yearRef: Date | undefined): Found<string> | undefined {
  const text = line.text.trim();
  if (!text || findTimes(text).length) return undefined;
  const d = findDates(text, yearRef)[0];
  if (!d || text.length - d.length > 12) return undefined;
  const at = line.start + line.text.indexOf(text) + d.index;
  return found(d.value, evidenceAt(source, [at, at + d.length], 'pattern', true));
}

/** The row's cells of one column, joined over its lines. */
function column(source: ExtractedSource, row: Row, index: number): Found<string> | undefined {
  const parts: { text: string; at: number }[] = [];
  for (const line of row.lines) {
    const cells = line.text.split('\t');
    const text = cells[index]?.trim();
    if (!text) continue;
    const offset = cells.slice(0, index).reduce((n, c) => n + c.length + 1, 0);
    parts.push({ text, at: line.start + offset + cells[index]!.indexOf(text) });
  }
  if (!parts.length) return undefined;
  const value = normaliseText(parts.map((p) => p.text).join(' '))!;
  const last = parts[parts.length - 1]!;
  return found(value, evidenceAt(source, [parts[0]!.at, last.at + last.text.length], 'table'));
}

/** The row's event (null for an all-day one), and whether its title ends in a listed calendar's name. */
function eventOf(source: ExtractedSource, row: Row, calendars: string[]): { event: AgendaEvent | null; named: boolean } | null {
  const titled = column(source, row, 1);
  if (!titled) return null;
  const calendar = calendars.find((c) => titled.value === c || titled.value.endsWith(` ${c}`));
  const title = calendar ? normaliseText(titled.value.slice(0, titled.value.length - calendar.length)) : titled.value;
  const timeCell = row.lines.map((l) => l.text.split('\t')[0]!).join(' ');
  const times = findTimes(timeCell);
  if (!title || !times.length) return { event: null, named: !!calendar };
  const timeAt = (i: number) => {
    const t = times[i]!;
    // The time cell spans the row's first line and, when the range wrapped, the start of its second.
    const line = t.index < row.lines[0]!.text.split('\t')[0]!.length ? row.lines[0]! : row.lines[1] ?? row.lines[0]!;
    const at = line.start + Math.max(0, line.text.indexOf(timeCell.slice(t.index, t.index + t.length)));
    return found(t.value, evidenceAt(source, [at, at + t.length], 'table', true));
  };
  const event: AgendaEvent = { title: { ...titled, value: title }, start: timeAt(0) };
  if (times[1]) event.end = timeAt(1);
  if (row.date) event.date = row.date;
  const location = column(source, row, 2);
  if (location) event.location = location;
  const description = column(source, row, 3);
  if (description) event.description = description;
  return { event, named: !!calendar };
}

/** A contact printed in an event's description, to its last number or address. */
export interface DescribedContact {
  index: number;
  length: number;
  /** "Venue production:", "Host:" before the name. */
  label?: string;
  name: string;
  /** "(promoter)" after the name. */
  role?: string;
  /** ", Company" after the name. */
  company?: string;
  phones: string[];
  emails: string[];
}

const PHONE = String.raw`\+?\d[\d ()/.-]{5,}\d`;
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/**
 * "[Label: ]First Last[ (role)][, Company] · phone[ · e-mail]": a label is a capitalised word or
 * three ("Venue production:"), the details follow the name after middle dots.
 */
const CONTACT = new RegExp(
  String.raw`(?:(\p{Lu}\p{Ll}*(?: \p{Ll}+){0,2}):\s*)?(\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+)(?:\s*\(([^()]*)\))?(?:,\s*([^,·]+?))?((?:\s*·\s*(?:(?:[Tt]el\.?|[Pp]hone|[Mm]obile)\s*)?(?:${PHONE}|${EMAIL}))+)\s*·?`,
  'gu',
);

/** The contacts printed in a description. */
export function describedContacts(text: string): DescribedContact[] {
  return [...text.matchAll(CONTACT)].map((m) => {
    const details = m[5]!.split('·').map((d) => d.trim()).filter(Boolean);
    const contact: DescribedContact = {
      index: m.index, length: m[0].length, name: m[2]!,
      phones: details.filter((d) => !d.includes('@')), emails: details.filter((d) => d.includes('@')),
    };
    if (m[1]) contact.label = m[1];
    if (m[3]) contact.role = m[3];
    if (m[4]) contact.company = m[4].trim();
    return contact;
  });
}
