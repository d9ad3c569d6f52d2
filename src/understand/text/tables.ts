/**
 * Table records: a table whose header row names its columns becomes one record per row, keyed by
 * the canonical label keys of the lexicon (so "Mobile", "Telefon" and "Teléfono" all land on `phone`).
 * Works for the extraction layer's `ExtractedTable`s and for tables rendered as text (columns cut
 * by tabs, wide gaps or pipes).
 *
 * Header row: the first of the table's first five rows in which at least two cells are known
 * labels and known labels are at least half of the non-empty cells. An extracted sheet is also cut
 * at each header further down (tables stacked one under another).
 */
import { isLabelTranslation } from './label-translation-cell.js';
import type { ExtractedSource, ExtractedTable } from '../../interfaces.js';
import { labelKey, labelKeyByPrefix, type LabelKey } from './lexicon.js';
import { cellsOf } from './labels.js';
import { linesOf, type Line } from './lines.js';
import { escapeRegExp } from './escape-regexp.js';
import { findTimes } from '../normalise/time.js';
import { isGivenNameHeader, isSurnameHeader, joinedNameCell, splitNameColumns } from './split-name-columns.js';
import { phoneEmailHeader, readPhoneEmailCell } from './phone-email-column.js';

export interface TableCell {
  value: string;
  /** The column's header as written. */
  header: string;
  span: [number, number] | null;
}

export interface TableRecord {
  /** Cells by canonical key; a key claimed by two columns keeps the first. */
  cells: Partial<Record<LabelKey, TableCell>>;
  /** Every non-empty cell, also those under unknown headers. */
  all: TableCell[];
  page: number | null;
  /** The row as one line of text, for free-text reading ("" separated cells). */
  text: string;
}

export interface Table {
  keys: (LabelKey | null)[];
  header: string[];
  records: TableRecord[];
}

/** A column headed by the word for a ride: it names each row's ride. */
const RIDE_COLUMN = /^(?:transfers?|rides?|traslados?)$/i;
/**
 * Spanish heads a timetable's item column with "what it is" ("Concepto | Inicio | Fin", "Servicio | Fecha | Hora");
 * Portuguese asks it ("Horário | O quê | Obs.") or says "Atividade" or "Serviço". Russian says "Событие".
 */
const ITEM_COLUMN = /^(?:concepto|servicio|actividad|o qu[eê]|atividade|servi[çc]o|событие)$/i;
/** A column headed "Route" ("Hotel → Venue" in each row) holds where each ride starts and ends: read as its place, cut at the arrow. */
const ROUTE_COLUMN = /^(?:route|routing|strecke|ruta|trajet)$/i;
/**
 * Danish, Norwegian and Swedish head a ride's or flight's ends "Fra | Til" ("Till"): column names only, since as a
 * line's label "Til:" addresses a letter.
 */
const ENDS_COLUMN: Record<string, LabelKey> = { fra: 'from', til: 'to', till: 'to' };

/**
 * A column's key. "From / Where" (or "From – Where") over a day's items names where each item is (and
 * where a ride starts): a header whose halves say "from" and "where" is the location column; "Role / Company" is
 * the role column. A half saying
 * "details" or "notes" only annotates the other ("Where / Details", "Item / Notes"): the other's key.
 */
function columnKey(header: string): LabelKey | null {
  const key = labelKey(header);
  if (key) return key;
  // "Last Name | First Name": both halves of a split name are the name column (split-name-columns.ts).
  if (isSurnameHeader(header) || isGivenNameHeader(header)) return 'name';
  // A transfers grid heads its rides' names with the ride word ("Data | Hora | Transfer | De | Para").
  // Russian "Событие" (event) heads the item column only; as a form's label it names the event (lexicon-ru.ts). Also as a gloss ("… / Событие").
  const end = ENDS_COLUMN[header.trim().toLowerCase()];
  if (end) return end;
  if (RIDE_COLUMN.test(header.trim()) || header.split(/\s*\/\s*/).some((h) => ITEM_COLUMN.test(h.trim()))) return 'schedule_item';
  // "Date & time", "তারিখ ও সময়", "Sana va vaqt": one column for both, its cells "12 Nov, 13:30" — a time column.
  const joined = header.split(/\s*[&+]\s*|\s+\p{L}{1,3}\s+/u).map(labelKey);
  if (joined.length === 2 && joined[0] === 'date' && joined[1] === 'time') return 'time';
  const halves = header.split(/\s*\/\s*/).map(labelKey);
  if (header.split(/\s*\/\s*/).some((h) => ROUTE_COLUMN.test(h.trim()))) return 'location';
  // "From → To" drawn as the route it heads ("Kyathi → Kya"): a route column too.
  const ends = header.split(/\s*(?:→|->)\s*/).map(labelKey);
  if (ends.length === 2 && ends[0] === 'from' && ends[1] === 'to') return 'location';
  // "From – Where" joins the pair with a dash, and a bilingual sheet glosses it ("Indawo / From – Where").
  const words = header.split(/\s*\/\s*|\s+[–—-]\s+/).map(labelKey);
  if (words.length <= 3 && words.includes('from') && words.includes('location')) return 'location';
  if (halves.length !== 2) return null;
  // "Role / Company": the role column, its cells naming the company after a separator (contacts.ts).
  if (halves.includes('role') && halves.includes('company')) return 'role';
  const other = halves.find((k) => k !== 'notes');
  return halves.includes('notes') && other ? other : null;
}

/**
 * Column names: words only (no figures, which are data), at least two of them known labels — and not
 * the first row of a form laid out in blocks side by side (see isBlockFormRow).
 */
export function isHeader(row: string[], next?: string[]): boolean {
  const cells = row.map((c) => c.trim()).filter(Boolean);
  if (cells.some((c) => /\d/.test(c) || c.length > 40)) return false;
  const known = cells.filter((c) => columnKey(c)).length;
  // "Deal type ⇥ معاہدے کی قسم ⇥ Versus": a label, its translation and its value is a row, no header (text/label-translation-cell.ts).
  const translatedLabel = cells.length === 3 && isLabelTranslation(cells[0]!, cells[1]!, true);
  return known >= 2 && known * 2 >= cells.length && !translatedLabel && !isBlockFormRow(row, next);
}

/**
 * "Artist | Sunday Foo | | Hotel | Hotel Bar" over "Support | Baz | | Hotel address | Main St 1": two
 * `Label | value` blocks side by side, each row holding one pair of each. The row is no header: its
 * known labels alternate with values that are no labels, and the row below has labels in the same
 * columns (a table's columns hold data under their names). Such rows are read as labelled pairs.
 */
function isBlockFormRow(row: string[], next: string[] | undefined): boolean {
  if (!next) return false;
  const filled = row.flatMap((c, i) => (c.trim() ? [i] : []));
  const labels = filled.filter((i) => columnKey(row[i]!));
  if (labels.length < 2) return false;
  // Each label has its value in the next filled cell, and that value is no label.
  const paired = labels.every((i) => {
    const value = filled.find((j) => j > i);
    return value !== undefined && !labels.includes(value) && !labelKey(row[value]!);
  });
  const below = labels.map((i) => next[i]?.trim() ?? '');
  return paired && below.every((c) => c && !/\d/.test(c)) && below.some((c) => labelKey(c) ?? labelKeyByPrefix(c));
}

function headerIndex(rows: string[][]): number {
  for (let r = 0; r < Math.min(rows.length, 5); r++) {
    if (isHeader(rows[r]!, rows[r + 1])) return r;
  }
  return -1;
}

const PLACE_OR_TOWN = /^(?:ort|plaats)$/i;

/** Header keys, with the first column to claim a key keeping it. */
function headerKeys(header: string[]): (LabelKey | null)[] {
  const seen = new Set<LabelKey>();
  const keys = header.map(columnKey);
  return keys.map((key, i) => {
    // "Start | Ende", "Début | Fin": an end word right after the time column (an empty column between
    // them aside) ends each row's item, it is no curfew.
    if (key === 'curfew' && keys.slice(0, i).filter((_, j) => header[j]!.trim()).at(-1) === 'time') key = 'end_time';
    // "Concepto | Inicio | Lugar": beside a timetable's item and time columns, a place word ("Lugar",
    // "Venue") is where each item happens, not the show's venue.
    if (key === 'venue' && keys.includes('schedule_item') && keys.includes('time')) key = 'location';
    // German "Ort" and Dutch "Plaats" are a place as well as a town: beside an item or meal column and a
    // time column they say where each row happens ("Mahlzeit | Uhrzeit | Ort").
    if (key === 'city' && PLACE_OR_TOWN.test(header[i]!.trim()) && (keys.includes('schedule_item') || keys.includes('meal')) && keys.includes('time')) key = 'location';
    if (!key || seen.has(key)) return null;
    seen.add(key);
    return key;
  });
}

const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$/i;
/** A cell opening with a clock time, French "16h55" too, a remark after it ("01h15 (nuit)"). */
const CLOCK_FIRST = /^\d{1,2}[:.h]\d{2}(?!\d)/i;

/**
 * "From | To" over clock times ("16:30 | 17:30") are a day's start and end times, not a ride's
 * places: a from/to column whose filled cells (two or more, title rows aside) are all clock times is keyed so.
 * A departure word ("Départ", "Depart") over clock times beside a ride's "From" and "To" columns is
 * each ride's time, not a stay's check-out.
 */
function timeRangeKeys(keys: (LabelKey | null)[], rows: string[][]): (LabelKey | null)[] {
  const times = (i: number, clock: RegExp) => {
    // A title row under the table ("CONTACTS", the next table's) is no cell of the column.
    const filled = rows.filter((row) => !isBreak(row)).map((row) => row[i]?.trim() ?? '').filter(Boolean);
    return filled.length >= 2 && filled.every((c) => clock.test(c));
  };
  const ride = keys.includes('from') && keys.includes('to') && !keys.includes('hotel') && !keys.includes('flight');
  return keys.map((key, i) => {
    if (key === 'from' && !keys.includes('time') && times(i, CLOCK_TIME)) return 'time';
    if (key === 'to' && !keys.includes('end_time') && times(i, CLOCK_TIME)) return 'end_time';
    if (key === 'check_out' && ride && !keys.includes('time') && times(i, CLOCK_FIRST)) return 'time';
    return key;
  });
}

/**
 * Records of a table given as rows. `locate` finds a cell's span in the source text; the search
 * moves forward through the text so that repeated values resolve to their own row.
 */
export function recordsOf(
  rows: string[][], page: number | null, locate: (value: string) => [number, number] | null,
): Table | null {
  const h = headerIndex(rows);
  if (h < 0) return null;
  const header = rows[h]!.map((c) => c.trim());
  const keys = timeRangeKeys(headerKeys(header), rows.slice(h + 1));
  const records: TableRecord[] = [];
  const split = splitNameColumns(header);
  const phoneEmail = phoneEmailHeader(header, keys);
  for (const row of rows.slice(h + 1)) {
    if (!row.some((c) => c.trim())) continue;
    const previous = records[records.length - 1];
    if (previous && continueWrappedCell(previous, row, header, locate)) continue;
    const record: TableRecord = { cells: {}, all: [], page, text: row.map((c) => c.trim()).filter(Boolean).join(' | ') };
    row.forEach((raw, i) => {
      const value = raw.replace(/\s+/g, ' ').trim();
      if (!value) return;
      const cell: TableCell = { value, header: header[i] ?? '', span: locate(value) };
      record.all.push(cell);
      const key = keys[i];
      if (key && !record.cells[key]) record.cells[key] = cell;
    });
    if (split) {
      // A split name is read whole: "Lee" | "Ann" → "Ann Lee".
      const of = (i: number) => record.all.find((c) => c.header === header[i]);
      const whole = joinedNameCell(of(split.surname), of(split.given));
      if (whole) record.cells.name = whole;
    }
    // "Phone E-mail" as one column: its cell holds both (phone-email-column.ts).
    if (phoneEmail !== null) readPhoneEmailCell(record, phoneEmail);
    records.push(record);
  }
  return { keys, header, records };
}

/** A row that breaks a sheet between tables: empty, or a title in its first cell ("CONTACTS"). */
const isBreak = (row: string[]): boolean => row.filter((c) => c.trim()).length <= 1;

/** A header further down a sheet: after an empty or title row, or naming three known columns itself. */
const startsTable = (rows: string[][], i: number): boolean =>
  isHeader(rows[i]!, rows[i + 1]) && (isBreak(rows[i - 1]!) || rows[i]!.filter((c) => columnKey(c)).length >= 3);

/**
 * A sheet or CSV file often holds several tables one under another (a block of facts, the schedule,
 * the contacts): besides a header in the first rows, every header row further down starts a table
 * of its own, with the rows down to the next such header.
 */
function stackedTables(rows: string[][]): string[][][] {
  const first = headerIndex(rows);
  const starts = rows.flatMap((_, i) => (i === first || (i > first && i > 0 && startsTable(rows, i)) ? [i] : []));
  if (!starts.length) return [rows];
  return starts.map((start, k) => {
    const next = starts[k + 1] ?? rows.length;
    const title = rows.findIndex((row, i) => i > start && i < next && (isNumberedTitle(row) || isLodgingTitle(rows, i)));
    return rows.slice(start, title < 0 ? next : title);
  });
}

/**
 * A row holding only a numbered section title ("3. Fee", "三、演出費 Fee"): a form laid out in one
 * grid moves on to its next section there, so the table above ends; its rows below are the next
 * section's `Label | value` rows.
 */
function isNumberedTitle(row: string[]): boolean {
  const cells = row.filter((c) => c.trim());
  return cells.length === 1 && /^\s*(?:\d{1,2}[.)]|[一二三四五六七八九十]{1,3}、)\s*\p{L}/u.test(cells[0]!);
}

/**
 * A row holding only a lodging heading in capitals ("HOTEL", "APGYVENDINIMAS", "UBYTOVÁNÍ") over a
 * `Label | value` row: the table above (a catering grid) ends there, and the stay's rows below are the
 * hotel's. Over a row of the grid's own ("23:45 | Check-in | …") it only divides the grid.
 */
function isLodgingTitle(rows: string[][], i: number): boolean {
  const cells = rows[i]!.filter((c) => c.trim());
  if (cells.length !== 1 || cells[0]! !== cells[0]!.toUpperCase() || labelKey(cells[0]!) !== 'hotel') return false;
  const below = rows.slice(i + 1).find((row) => row.some((c) => c.trim()))?.filter((c) => c.trim()) ?? [];
  return below.length >= 1 && below.length <= 2 && labelKey(below[0]!) !== null;
}

/** A value cut off at the cell's edge: an e-mail or web address, a hyphenated word, a list. */
const BROKEN_END = /[@./,&-]$/;

/**
 * A row with a single cell, under a column the row above filled with a value that breaks off there
 * ("beat.zuercher@" over "aareufer.example.ch"), is that value wrapped onto a second line: it is
 * joined to the cell above (without a space after "@", "." or "/").
 */
function continueWrappedCell(
  previous: TableRecord, row: string[], header: string[], locate: (value: string) => [number, number] | null,
): boolean {
  const filled = row.flatMap((c, i) => (c.trim() ? [i] : []));
  if (filled.length !== 1) return false;
  const column = filled[0]!;
  const above = previous.all.find((c) => c.header === (header[column] ?? ''));
  if (!above || !BROKEN_END.test(above.value)) return false;
  const tail = row[column]!.replace(/\s+/g, ' ').trim();
  above.value = /[@./]$/.test(above.value) ? above.value + tail : `${above.value} ${tail}`;
  const end = locate(tail);
  if (above.span && end) above.span = [above.span[0], end[1]];
  previous.text = `${previous.text} ${tail}`;
  return true;
}

/** A forward-moving finder of values in a text, for cell spans. */
export function spanFinder(text: string): (value: string) => [number, number] | null {
  let cursor = 0;
  return (value) => {
    let at = text.indexOf(value, cursor);
    if (at < 0) at = text.indexOf(value);
    if (at < 0) return dashFolded(text, value);
    cursor = at + value.length;
    return [at, at + value.length];
  };
}

/**
 * A mail's HTML part may print an en dash where its text part has a hyphen ("balance – transfer" over
 * "balance - transfer"): the cell is found with any dash standing for any other.
 */
function dashFolded(text: string, value: string): [number, number] | null {
  const parts = value.split(/[-–—]/);
  if (parts.length < 2) return null;
  const m = new RegExp(parts.map(escapeRegExp).join('[-–—]')).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** Tables rendered as text: runs of lines cut into 2+ cells, starting at a header line. */
function textTables(lines: Line[]): { rows: { cells: { text: string; start: number }[] }[]; page: number | null }[] {
  const tables: { rows: { cells: { text: string; start: number }[] }[]; page: number | null }[] = [];
  let i = 0;
  while (i < lines.length) {
    const cells = splitRow(lines[i]!);
    // The line below only matters to a candidate header (a row of label/value pairs over another).
    const below = () => (lines[i + 1] ? splitRow(lines[i + 1]!).map((c) => c.text) : undefined);
    if (cells.length >= 2 && isHeader(cells.map((c) => c.text), below())) {
      const rows = [{ cells }];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const row = splitRow(lines[j]!);
        // A blank line, or the rule printed under a header (OCR reads it as "_—"), goes on to the rows below it.
        if (isGap(lines[j]!)) {
          let k = j + 1;
          while (k < lines.length && isGap(lines[k]!)) k++;
          if (k < lines.length && splitRow(lines[k]!).length >= 2) continue;
          break;
        }
        if (row.length < 2) break;
        rows.push({ cells: row });
      }
      tables.push({ rows, page: lines[i]!.page });
      i = j;
    } else i++;
  }
  return tables;
}

/** A line with no words nor figures: blank, or a drawn rule ("_—", "-----", "====="). */
function isGap(line: Line): boolean {
  return /^[\s_—–\-=~.·]*$/.test(line.text);
}

function splitRow(line: Line): { text: string; start: number }[] {
  if (/^\s*\|/.test(line.text) || (line.text.match(/\|/g)?.length ?? 0) >= 2) {
    const cells: { text: string; start: number }[] = [];
    let offset = 0;
    for (const part of line.text.split('|')) {
      const text = part.trim();
      if (text && !/^[-:\s]+$/.test(text)) cells.push({ text, start: line.start + offset + part.indexOf(text) });
      offset += part.length + 1;
    }
    return cells;
  }
  if (line.text.includes('\t')) {
    // Tab-separated: every tab is a column boundary, so an empty cell keeps its column.
    const cells: { text: string; start: number }[] = [];
    let offset = 0;
    for (const part of line.text.split('\t')) {
      const text = part.trim();
      cells.push({ text, start: line.start + offset + (text ? part.indexOf(text) : 0) });
      offset += part.length + 1;
    }
    return cells;
  }
  return cellsOf(line);
}

/**
 * A headerless extracted table that goes on from the headed one before it: on the same sheet, on the
 * same or the next page, with rows as wide as its header (give or take the one column a PDF's reading
 * may split or join).
 */
function continues(table: Table, previous: ExtractedTable, next: ExtractedTable): boolean {
  if (next.sheet !== previous.sheet || !next.rows.length) return false;
  if (previous.page !== null && next.page !== null && next.page !== previous.page && next.page !== previous.page + 1) return false;
  const width = table.header.filter(Boolean).length;
  return next.rows.every((row) => Math.abs(row.filter((c) => c.trim()).length - width) <= 1 || row.length === table.header.length)
    && fitsFigureColumns(table, next);
}

/** Header keys whose cells are figures: a time, a date, a phone number. */
const FIGURE_KEYS = new Set<LabelKey>(['time', 'end_time', 'date', 'phone']);

/** A phone number's run of six digits or more, spaced or bracketed ("+44 (0)20 7946"); a model number ("KM184") is none. */
const PHONE_DIGITS = /\d(?:[\s().\/-]{0,3}\d){5}/;

/**
 * Whether a headerless table's cells under the headed table's figure columns mostly hold figures:
 * the "Hotel | Colegate Lodge" rows of the next two-column table of a document are no more rows of
 * the "Time | What" schedule above them, nor is a rider's input list ("Kick | Beta 91A") more rows
 * of the contacts table above it.
 */
function fitsFigureColumns(table: Table, next: ExtractedTable): boolean {
  return table.keys.every((key, k) => {
    if (!key || !FIGURE_KEYS.has(key)) return true;
    // A time column's cells tell a time: "House PA (8 per side)" under it starts a rider's table, not more rows.
    const isFigure = key === 'phone' ? (c: string) => PHONE_DIGITS.test(c)
      : key === 'time' || key === 'end_time' ? (c: string) => findTimes(c).length > 0 : (c: string) => /\d/.test(c);
    const cells = next.rows.map((row) => row[k]?.trim() ?? '').filter(Boolean);
    return cells.filter(isFigure).length * 2 >= cells.length;
  });
}

/**
 * Every headed table of a source: its extracted tables, then tables found in its text. A text table
 * is aligned to its header by the cells' horizontal positions, so an empty column does not shift the row.
 */
export function tablesOf(source: Pick<ExtractedSource, 'text' | 'pages' | 'tables'>, lines = linesOf(source)): Table[] {
  const out: Table[] = [];
  const locate = spanFinder(source.text);
  let last: { table: Table; from: ExtractedTable } | null = null;
  for (const t of source.tables) {
    const tables = stackedTables(t.rows).map((rows) => recordsOf(rows, t.page, locate)).filter((x): x is Table => !!x);
    if (tables.length) {
      out.push(...tables);
      last = { table: tables[tables.length - 1]!, from: t };
    } else if (last && continues(last.table, last.from, t)) {
      // The rows of a table cut by a gap or a page break, without their header: the table above goes on.
      last.table.records.push(...(recordsOf([last.table.header, ...t.rows], t.page, locate)?.records ?? []));
      last.from = t;
    } else last = null;
  }
  if (out.length) return out;
  const lineStart = new Map(lines.map((l) => [l.start, l] as const));
  for (const t of textTables(lines)) {
    const headerCells = t.rows[0]!.cells.filter((c) => c.text);
    const headerLine = lines.find((l) => l.start <= headerCells[0]!.start && headerCells[0]!.start <= l.end)!;
    const columns = headerCells.map((c) => c.start - headerLine.start);
    const rows = t.rows.map((r, ri) => {
      const tabbed = r.cells.length > 1 && source.text.slice(r.cells[0]!.start, r.cells[r.cells.length - 1]!.start).includes('\t');
      if (ri === 0 || tabbed || r.cells.length === t.rows[0]!.cells.length) return r.cells.map((c) => c.text);
      const row: string[] = headerCells.map(() => '');
      const line = lines.find((l) => l.start <= r.cells[0]!.start && r.cells[0]!.start <= l.end) ?? lineStart.get(r.cells[0]!.start)!;
      for (const c of r.cells) {
        const x = c.start - line.start;
        let col = 0;
        for (let k = 0; k < columns.length; k++) if (columns[k]! <= x + 2) col = k;
        row[col] = row[col] ? `${row[col]} ${c.text}` : c.text;
      }
      return row;
    });
    const table = recordsOf(rows, t.page, locate);
    if (table) out.push(table);
  }
  return out;
}
