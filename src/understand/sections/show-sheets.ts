/**
 * One workbook, several shows: a promoter's advance workbook keeps the show's own sheets (planning,
 * contacts, hotel, transport) and sometimes one for the next date of the tour ("Nantes 22-05"),
 * with that night's venue, hotel and schedule. The import is about the show its file name (else the
 * import's other documents) names; a sheet headed by another day that reads as a show's own (two of
 * venue/get-in/soundcheck/doors/set/curfew labels; dated by its heading, else its date row) is blanked (spaces, so offsets still point into
 * the source) and its table dropped. So is a travel agent's rooming sheet of another stop ("Leeds
 * 25.02": hotel, check-in and check-out labels) whose nights do not cover the named day. Undated
 * sheets (contacts, transport) speak for the named show.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { cellsOf, foldLabel, labelKey, leadingLabel, linesOf, sheetName, type LabelKey, type Line } from '../text/index.js';
import { daysIn } from './show-blocks.js';
import { relativeDay } from './show-date.js';
import { isVersionLine } from './version-line.js';

/** Labels that make a sheet a show's own: its venue and its times. */
const SHOW_KEYS: ReadonlySet<LabelKey> = new Set<LabelKey>(['venue', 'doors', 'set_time', 'soundcheck', 'load_in', 'curfew']);

/** Labels that make a sheet one stop's stay: a rooming workbook's sheet per city. */
const STAY_KEYS: ReadonlySet<LabelKey> = new Set<LabelKey>(['hotel', 'check_in', 'check_out']);

interface Sheet {
  name: string;
  /** Day and month of the sheet's heading date, "MM-DD", or null for an undated sheet. */
  day: string | null;
  /** Folded words of the sheet's name and heading lines. */
  words: string[];
  lines: Line[];
  start: number;
  end: number;
}

/** Days written as "18-04" or "16-04-27" (a sheet's or file's name), beside the usual forms. */
function namedDays(text: string, ref: Date): string[] {
  const days = daysIn(text.replace(/(?<!\d)(\d{1,2})[-_](\d{1,2})(?:[-_](\d{2}|\d{4}))?(?!\d)/g, ' $1.$2. '), ref);
  return [...new Set(days)];
}

/** The workbook's sheets with their heading day: the first day named by the sheet's name, else its first two lines. */
function sheetsOf(source: ExtractedSource, ref: Date): Sheet[] {
  const lines = linesOf(source);
  const sheets: Sheet[] = [];
  lines.forEach((line, i) => {
    const name = sheetName(line);
    if (name === null) return;
    const last = sheets.at(-1);
    if (last) last.end = lines[i - 1]?.end ?? last.end;
    sheets.push({ name, day: null, words: [], lines: [], start: line.start, end: lines.at(-1)!.end });
  });
  for (const sheet of sheets) {
    sheet.lines = lines.filter((l) => l.start > sheet.start && l.end <= sheet.end);
    // A version remark in the title ("v3 du 08/04", "version 3 (04/10/2027)") dates the paper, not the show.
    const head = sheet.lines.filter((l) => l.text.trim()).slice(0, 2).map((l) => l.text.split(/[·|(]|\s[–—-]\s/).filter((part) => !isVersionLine(part)).join(' '));
    sheet.day = namedDays(sheet.name, ref)[0] ?? head.map((h) => daysIn(h, ref)[0]).find((d) => d) ?? labelledDay(sheet.lines, 'date', ref);
    sheet.words = foldLabel([sheet.name, ...head].join(' ').replace(/\d+/g, ' ')).split(' ').filter((w) => w.length >= 4 && !relativeDay(w, ref));
  }
  return sheets;
}

/**
 * The day a sheet's row labelled `key` writes ("Date ⇥ Sat 9 Oct", "Check-in ⇥ 2027-03-04"): a sheet
 * whose heading names no day is dated by its own date row ("演出日期 ⇥ 2027年10月9日"), a form sheet
 * heading itself with the promoter's name and stating the day in its rows.
 */
function labelledDay(lines: Line[], key: LabelKey, ref: Date): string | null {
  for (const line of lines) {
    const cells = cellsOf(line).map((c) => c.text.trim());
    if (cells.length >= 2 && labelKey(cells[0]!) === key) return daysIn(cells[1]!, ref)[0] ?? null;
  }
  return null;
}

/** How many of `wanted` labels a sheet's lines or cells name. */
function labelsNamed(sheet: Sheet, wanted: ReadonlySet<LabelKey>): number {
  const keys = new Set<LabelKey>();
  for (const line of sheet.lines) {
    for (const cell of [line.text.trim(), ...cellsOf(line).map((c) => c.text)]) {
      const key = leadingLabel(cell.trim(), wanted)?.key;
      if (key) keys.add(key);
    }
  }
  return keys.size;
}

/** Whether a sheet names at least two of a show's own labels, or a whole stay (hotel, check-in and check-out). */
function isShowSheet(sheet: Sheet): boolean {
  return labelsNamed(sheet, SHOW_KEYS) >= 2 || labelsNamed(sheet, STAY_KEYS) === STAY_KEYS.size;
}

/**
 * Whether a sheet's stay covers the night of `day` ("MM-DD"): its check-in row's day is on or before
 * it and its check-out row's day after it (a stop reached the day before the show is still the show's).
 */
function staysOver(sheet: Sheet, day: string, ref: Date): boolean {
  const [checkIn, checkOut] = [labelledDay(sheet.lines, 'check_in', ref), labelledDay(sheet.lines, 'check_out', ref)];
  if (!checkIn || !checkOut) return false;
  // Days carry no year: a stay over the new year checks out on an earlier "MM-DD".
  return checkIn <= checkOut ? checkIn <= day && day < checkOut : day >= checkIn || day < checkOut;
}

/** Whether `cue` names the sheet: its day, or a heading word no other dated sheet's heading has. */
function names(cue: string, sheet: Sheet, dated: Sheet[], ref: Date): boolean {
  if (namedDays(cue, ref).includes(sheet.day!)) return true;
  const words = new Set(foldLabel(cue).split(' '));
  const own = sheet.words.filter((w) => dated.every((d) => d === sheet || !d.words.includes(w)));
  return own.some((w) => words.has(w));
}

/**
 * Whether an undated sheet's row (a table row of three or more cells: an overview's line per stop)
 * names a blanked sheet — by its day or own heading word — and no kept one: that stop's, not the show's.
 */
function otherStopRow(cells: string[], gone: Sheet[], kept: Sheet[], dated: Sheet[], ref: Date): boolean {
  if (cells.length < 3) return false;
  const row = cells.join(' ');
  return gone.some((s) => names(row, s, dated, ref)) && !kept.some((s) => names(row, s, dated, ref));
}

/** Non-empty trimmed cells, the same from a table's row or a line of the text. */
const filled = (cells: string[]) => cells.map((c) => c.trim()).filter((c) => c);

/**
 * The workbook with other shows' sheets blanked, when its dated show sheets fall on two or more
 * days and its file name (else the import's other sources) names exactly one of those days; else
 * the source itself. The undated sheets' rows of the blanked stops go too.
 */
export function ownShowSheetsOnly(source: ExtractedSource, others: ExtractedSource[]): ExtractedSource {
  if (!source.tables.some((t) => t.sheet)) return source;
  const ref = new Date(Date.UTC(2000, 0, 1));
  const sheets = sheetsOf(source, ref);
  const dated = sheets.filter((s) => s.day && isShowSheet(s));
  if (new Set(dated.map((s) => s.day)).size < 2) return source;
  const cues = [source.name, others.filter((o) => o !== source).map((o) => o.text).join('\n')];
  for (const cue of cues) {
    const days = new Set(dated.filter((s) => names(cue, s, dated, ref)).map((s) => s.day));
    if (days.size !== 1) continue;
    // A sheet that writes the named day anywhere (an overview's "Date" row) is the named show's too.
    const named = [...days][0]!;
    const gone = dated.filter((s) => !days.has(s.day) && !s.lines.some((l) => daysIn(l.text, ref).includes(named)) && !staysOver(s, named, ref));
    const kept = dated.filter((s) => !gone.includes(s));
    const undated = sheets.filter((s) => !dated.includes(s));
    const isOther = (cells: string[]) => otherStopRow(filled(cells), gone, kept, dated, ref);
    const blank = (text: string, start: number, end: number) => text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
    let text = source.text;
    for (const s of gone) text = blank(text, s.start, s.end);
    for (const line of undated.flatMap((s) => s.lines)) if (isOther(cellsOf(line).map((c) => c.text))) text = blank(text, line.start, line.end);
    const goneNames = new Set(gone.map((s) => s.name));
    const undatedNames = new Set(undated.map((s) => s.name));
    const tables = source.tables
      .filter((t) => !t.sheet || !goneNames.has(t.sheet))
      .map((t) => (t.sheet && undatedNames.has(t.sheet) ? { ...t, rows: t.rows.filter((r) => !isOther(r)) } : t));
    return { ...source, text, tables };
  }
  return source;
}
