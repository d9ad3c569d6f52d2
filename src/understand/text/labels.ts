/**
 * `Label: value` finding, with the layouts real documents use:
 *
 *   Venue: Kantine am Hafen                    plain
 *   Ref: NL-25-0142        Issued: 17/01/2025  several pairs on one line, separated by a wide gap
 *   Rooms: 4 · Booking ref: HC-5               or by `·`, `•`, `|`, `;`, `,`, a dash — before a known `Label:`
 *   Venue                  Kantine am Hafen    columns (tab or 2+ spaces) — the label must be known
 *   Venue:                                     value on the next non-blank line
 *     Kantine am Hafen
 *   Guests:                                    or a list of items, one a line (the value keeps its line breaks)
 *     1. Ann Lee
 *   Check-in 14 Mar 2025                       a known "loose" label directly followed by its value
 *
 * Every value comes with its span into the source text. Unknown labels are kept (key null) so a
 * section can still read them as context, but only known labels are accepted without a colon.
 */
import { labelBeforeNote } from './label-run-on-note.js';
import { actBeforeSetLabel } from './act-set-label.js';
import { isHeadingBeside } from './section-words.js';
import type { ExtractedSource } from '../../interfaces.js';
import { labelKey, labelKeyByPrefix, leadingLabel, type LabelKey } from './lexicon.js';
import { linesOf, type Line } from './lines.js';
import { glossedLabel, latinRendering } from './bilingual-lines.js';
import { stackedBilingualLabels } from './bilingual-stacked.js';
import { keyFromWrappedLabel } from './wrapped-second-label.js';
import { wideTableLines } from './table-header-rows.js';
import { titledClauses } from './titled-clause.js';
import { skipsLabelTranslation, translatesLabels } from './label-translation-cell.js';

export interface Labelled {
  key: LabelKey | null;
  /** The label as written, without the colon. */
  label: string;
  value: string;
  span: [number, number];
  line: Line;
}

/** Keys whose label may stand directly before the value, with no colon or gap ("Check-in 14 Mar"). */
const LOOSE_KEYS: ReadonlySet<LabelKey> = new Set([
  'check_in', 'check_out', 'doors', 'soundcheck', 'curfew', 'load_in', 'departure', 'arrival', 'flight', 'seat',
  'set_length',
]);

// Dot leaders ("Doors ........ 20:30") stand between a label and its value like a column gap; a long
// label in an aligned run of show leaves a short one before its clock time ("Band Name .. 8:00 PM").
const CELL_SPLIT = /\t+| {2,}|\s+\|\s+|\s*\.{4,}\s*|[ \t]+\.{2,3}[ \t]+(?=\d{1,2}(?:[:.h]\d{2}|[ \t]*[ap]\.?m\b))|\s*…{2,}\s*/gi;
// Armenian ends a label with its comma "՝" ("Հեռ.՝ +374 …").
const COLON_PAIR = /^([^:]{1,48}?)\s*[:：՝]\s*(.*)$/u;

interface Cell {
  text: string;
  start: number;
  /** Cut from a longer cell at a separator (see inlinePairs): it starts a pair of its own. */
  split?: boolean;
}

/** A line cut at tabs and wide gaps, each cell with its offset. */
export function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  let last = 0;
  const push = (from: number, to: number) => {
    const raw = line.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) cells.push({ text, start: line.start + from + lead });
  };
  for (const m of line.text.matchAll(CELL_SPLIT)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, line.text.length);
  return cells;
}

/**
 * A separator inside a cell that may stand between two pairs ("Rooms: 4 · Ref: HC-5"); a spaced
 * hyphen too, as OCR reads that middle dot.
 */
const PAIR_SEPARATOR = /\s+[·•|–—-]\s+|[;,]\s+/g;

/** Labels whose value is free prose. */
const PROSE_KEYS: ReadonlySet<string> = new Set(['notes', 'payment_terms']);

/**
 * A cell cut where a separator is followed by another known label — "14 March, from 15:00 ·
 * Check-out: 15 March" and "Check-in from 14:00; check-out until 12:00" are two pairs each. Only a
 * known label counts (with a colon, or a loose one with a figure after it and not after a comma:
 * "Load-in is from 13:00, soundcheck at 16:30" is a sentence), so a value that merely contains a
 * colon ("Note: meet at 14:00, bring passes") stays whole.
 */
function inlinePairs(cell: Cell, index: number, cells: Cell[], translated = false): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  // A notes or terms value is prose: a known word inside it without a colon ("… from the balance -
  // balance transfer USD 900") goes on with the sentence; so is a cell after such a label's own cell.
  const own = COLON_PAIR.exec(cell.text);
  // "Payment terms ⇥ ادائیگی کی شرائط ⇥ 30% …; balance …": the label stands before its translation (label-translation-cell.ts).
  const translation = index >= 2 && skipsLabelTranslation(cells[index - 2]!.text, cells[index - 1]!.text, true, translated);
  const before = cells[index - (translation ? 2 : 1)]?.text.replace(/\s*:\s*$/, '');
  const prose = PROSE_KEYS.has((own ? labelKey(own[1]!) : before !== undefined ? labelKey(before) : null) ?? '');
  for (const m of cell.text.matchAll(PAIR_SEPARATOR)) {
    const rest = cell.text.slice(m.index + m[0].length);
    if (!startsPair(rest, !prose && !m[0].includes(','))) continue;
    const text = cell.text.slice(from, m.index).trim();
    if (text) out.push({ text, start: cell.start + from, split: from > 0 });
    from = m.index + m[0].length;
  }
  out.push({ text: cell.text.slice(from), start: cell.start + from, split: from > 0 });
  return out;
}

/** A bracketed cell after a gap ("Thu 15 Oct   (check-in from 15:00)") remarks on the cell before it. */
function withRemarks(line: Line, cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of cells) {
    const before = out.at(-1);
    if (before && /^[([]/.test(cell.text)) {
      before.text = line.text.slice(before.start - line.start, cell.start - line.start + cell.text.length);
    } else out.push({ ...cell });
  }
  return out;
}

/**
 * A colon set off from its label by a tab or a wide gap ("일시 (Date) ⇥ : 18 Sep"), so that the
 * label's column is aligned: the colon's cell joins the label's, one `Label: value` cell again.
 */
function withSpacedColons(line: Line, cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of cells) {
    const before = out.at(-1);
    if (before && /^[:：]/.test(cell.text) && !/[:：]/.test(before.text)) {
      before.text = line.text.slice(before.start - line.start, cell.start - line.start + cell.text.length);
    } else out.push({ ...cell });
  }
  return out;
}

/**
 * Whether `text` begins a pair of its own; a loose one only when `loose` (not after a comma, which is prose).
 * `wholeLabel`: only a label known as a whole opens one ("Backline ⇥ Festival provides: …" is the
 * backline's value, its colon's words only beginning with a known label).
 */
function startsPair(text: string, loose: boolean, wholeLabel = false): boolean {
  const pair = COLON_PAIR.exec(text);
  if (pair && looksLikeLabel(pair[1]!)) return !!(labelKey(pair[1]!) ?? (wholeLabel ? null : labelKeyByPrefix(pair[1]!)));
  const lead = loose && leadingLabel(text, LOOSE_KEYS);
  return !!lead && /^[^,;|·]{0,20}\d/.test(text.slice(lead.length));
}

/** `Label: value`, not a value with a time in it ("from 15:00"). */
function isPair(text: string): boolean {
  const pair = COLON_PAIR.exec(text);
  return !!pair && looksLikeLabel(pair[1]!);
}

/** A question's topic before its "?" and the hint on what to write after it ("Support band? Name and times"). */
const QUESTION_TOPIC = /^([\p{L}][\p{L} &/'-]{1,38}?)\?[ \t]+[^?]*\S$/u;

/** An answer's yes before what it gives (not "no", which labels a number). */
const ASSENT = String.raw`(?:yes|yep|ja|jep|oui|s[ií]|sim|tak|kyll[äa])`;
const ASSENT_WORD = new RegExp(String.raw`^\s*${ASSENT}\s*$`, 'iu');
const ASSENT_OPENING = new RegExp(String.raw`^${ASSENT}[:,][ \t]*(?=\S)`, 'iu');

function looksLikeLabel(label: string): boolean {
  // A label is short words, not a sentence or a time ("21:00") or a URL scheme, nor the start of a
  // bracket whose colon is inside it ("the Artist (hereinafter together: the Parties)").
  // A closing bracket is an aside on the label ("For the Artist (Acme Touring Ltd)"): its words are not counted.
  // Initials in square brackets ("[AB]: FINE BY US") mark a reply typed inline into a quoted mail, no label.
  if (/^\s*\[\p{Lu}{1,4}\]\s*$/u.test(label)) return false;
  // A form's answer opening with its assent ("ja: Ana Ruiz, 20.15", "yes: 3 rooms") is no label.
  if (ASSENT_WORD.test(label)) return false;
  // A spaced dash is no word ("For the Promoter – head of production"), but in a form's question it still counts
  // ("Accommodation - booked your own? If yes: hotel, nights"): a question that long is no label.
  const parts = label.replace(/\s*\([^()]{1,40}\)\s*$/, '').split(/\s+/);
  const words = label.includes('?') ? parts.length : parts.filter((w) => !/^[-–—]$/.test(w)).length;
  // A URL's scheme may end words before it ("Tickets are live https://…"): its colon is the link's.
  return /\p{L}/u.test(label) && !/\d{1,2}$/.test(label) && words <= 6 && !/(?:^|\s)(?:https?|mailto)$/i.test(label)
    && !/\([^)]*$/.test(label) && !HOUSE_NUMBER_WORD.test(label);
}

/** Where a run-on cell's text before its label ends: a sentence's full stop, or a word holding a figure (a code, an amount). */
const RUN_ON_BREAK = /(?:[.!?]|\S*\d\S*)\s+/gu;

/**
 * The label of a cell whose text runs on into it: in "Breakfast included. Rooming:" or "ref. X7K2QM
 * Passengers:" the words after the sentence's end or the code are a known label; the words before
 * belong to the text the label follows, not to the label.
 */
function labelAfterRunOn(label: string): string {
  if (labelKey(label)) return label;
  const breaks = [...label.matchAll(RUN_ON_BREAK)];
  const last = breaks.at(-1);
  const tail = last ? label.slice(last.index + last[0].length) : '';
  // A list's number before the label ("3) BREAKFAST (Sunday 14)") is no text run on.
  const before = label.slice(0, label.length - tail.length);
  return tail && /\p{L}/u.test(before) && labelKey(tail) ? tail : label;
}

/** A street and its house-number word before the colon ("Bahariye Cad. No: 7", "Moda Mah., … Sok. No: 3"): an address, not a label. */
const HOUSE_NUMBER_WORD = /(?:^|\s)(?:cad|cd|sok|sk|mah|blv|bulv|st|str|ave|av)\.?,?\s+(?:no|nr|n°)\.?$/iu;

export function findLabelled(source: Pick<ExtractedSource, 'text' | 'pages'>, lines = linesOf(source)): Labelled[] {
  const out: Labelled[] = [];
  const nextValueLine = (i: number): Line | null => {
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      const t = lines[j]!.text.trim();
      if (!t) continue;
      // The next line is a value only when it is not itself a label.
      const m = COLON_PAIR.exec(t);
      if (m && labelKey(m[1]!)) return null;
      return lines[j]!;
    }
    return null;
  };
  // A wide table's header and body rows give no column pairs (text/table-header-rows.ts).
  const wide = wideTableLines(lines, (line) => cellsOf(line).map((c) => c.text));
  // Labels with their translations in a column of their own, on two rows or more (text/label-translation-cell.ts).
  const translated = translatesLabels(lines.map((line) => cellsOf(line).map((c) => c.text)));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isMenuBar(line.text)) continue;
    const cells = withRemarks(line, withSpacedColons(line, cellsOf(line))).flatMap((cell, index, all) => inlinePairs(cell, index, all, translated));
    for (let c = 0; c < cells.length; c++) {
      let cell = cells[c]!;
      const pair = COLON_PAIR.exec(cell.text);
      if (pair && looksLikeLabel(pair[1]!)) {
        const label = labelAfterRunOn(pair[1]!.trim());
        const key = labelKey(label) ?? labelKeyByPrefix(label);
        let value = pair[2]!.trim();
        let start = cell.start + cell.text.length - pair[2]!.length + (pair[2]!.length - pair[2]!.trimStart().length);
        // "Dinner: who provides it, and when? ⇥ Our own kitchen, 18:00": a form's question after its topic, the answer in the next cell.
        const asked = /\?\s*$/.test(value) && cells[c + 1] && !isPair(cells[c + 1]!.text) ? cells[c + 1]! : null;
        if (asked) {
          value = asked.text; start = asked.start; c++;
        }
        if (!value) {
          const next = cells[c + 1] ?? null;
          // "Support:      Hazel & the Undertow 19:45": any label's value may stand in the next column.
          if (next && !isPair(next.text)) {
            value = next.text; start = next.start; c++;
          } else if (cells.length === 1 && key) {
            const below = nextValueLine(i);
            if (below) {
              start = below.start + below.text.indexOf(below.text.trim());
              value = source.text.slice(start, listEnd(lines, below) ?? below.end).trimEnd();
            }
          }
        }
        if (value) out.push({ key, label, value, span: [start, start + value.length], line });
        continue;
      }
      // "Support band? Name and times ⇥ The Gannets, 20.15": a form's question row is labelled by its topic, before the "?".
      const topic = c === 0 && cells.length === 2 ? QUESTION_TOPIC.exec(cell.text)?.[1] : undefined;
      if (topic) cells[c] = cell = { ...cell, text: topic };
      // Its answer may open with a yes before what it gives ("ja: The Gannets, 20.15"): the rest is the value.
      const assent = topic && cells[c + 1] ? ASSENT_OPENING.exec(cells[c + 1]!.text) : null;
      if (assent) cells[c + 1] = { ...cells[c + 1]!, text: cells[c + 1]!.text.slice(assent[0].length), start: cells[c + 1]!.start + assent[0].length };
      // "Marram Lights set time (80 minutes) ⇥ 21.30": the act's own slot (text/act-set-label.ts).
      const key = labelKey(cell.text) ?? (actBeforeSetLabel(cell.text) ? 'set_time' : null);
      // "Venue ⇥ مقام ⇥ Seaview Lawn Club": the label's translation in its own column is passed over (text/label-translation-cell.ts).
      const translation = key && cells[c + 1] && skipsLabelTranslation(cell.text, cells[c + 1]!.text, c + 2 < cells.length, translated);
      if (translation) c++;
      const next = cells[c + 1];
      // The next cell may hold a colon of its own under a label we do not know ("Lighting ⇥ House rig : 24 PARs"): still this label's value.
      // So may one known only by its first words on a row of two cells ("Backline ⇥ Festival provides: …").
      // "VENUE ⇥ TRAVEL": two blocks' headings side by side, no label and value (section-words.ts);
      // but "ROLE ⇥ PRODUCTION" is a role: a department is named by the same words.
      if (wide.has(line.index)) continue;
      if (key && next && !labelKey(next.text) && !startsPair(next.text, false, cells.length === 2) && (key === 'role' || !isHeadingBeside(cell.text, next.text))) {
        out.push({ key, label: cell.text, value: next.text, span: [next.start, next.start + next.text.length], line });
        c++;
        continue;
      }
      // "Curfew Changes to the times need both parties' consent. ⇥ 23:00": a page's note run into a row's known
      // label (text/label-run-on-note.ts); the label before the note is the row's.
      const runOn = !key && next && cells.length === 2 ? labelBeforeNote(cell.text) : null;
      if (runOn && next && !labelKey(next.text)) {
        out.push({ key: runOn.key, label: runOn.label, value: next.text, span: [next.start, next.start + next.text.length], line });
        c++;
        continue;
      }
      // A two-column line with a short, word-only first column is a label we do not know: keep it as such.
      // Not over a pair of its own ("ADVANCED BY VENUE - Show: Sat 13 Nov"): that first cell is a heading.
      // A bracketed name may close it ("Support soundcheck (Kolonie) ⇥ 18:45–19:15"), its words not counted.
      const words = cell.text.replace(BRACKETED_NAME, '');
      // So is a schedule row with its length in a remarks column after its time ("Opening act ⇥ 20h30 – 21h00 ⇥ 30 min");
      // a form's hint there ("start - end / length") is no remark of a row.
      const remarked = cells.length === 3 && c === 0 && TIME_FIRST.test(next?.text ?? '') && LENGTH_CELL.test(cells[2]!.text);
      // A schedule row may name the act it times ("Konzertbeginn Nova Pines & The Tide ⇥ 21.15 Uhr"): more words before a time.
      const maxWords = TIME_FIRST.test(next?.text ?? '') ? TIMED_ROW_WORDS : 4;
      if (!key && next && (cells.length === 2 || remarked) && !(next.split && isPair(next.text)) && /^[\p{L} &/'-]{2,40}$/u.test(words) && words.split(/\s+/).length <= maxWords) {
        out.push({ key: null, label: cell.text, value: next.text, span: [next.start, next.start + next.text.length], line });
        c++;
        continue;
      }
      const lead = leadingLabel(cell.text, LOOSE_KEYS);
      // Side by side in columns, each opens a pair: "Check-in Fri, 8 Oct ⇥ Checkout Sun, 10 Oct".
      const besideLoose = c > 0 && out.at(-1)?.line === line && !!leadingLabel(cells[c - 1]!.text, LOOSE_KEYS);
      if (lead && (c === 0 || cell.split || besideLoose)) {
        const rest = cell.text.slice(lead.length);
        const value = rest.replace(/^[\s:–-]+/, '').trim();
        // Only a short value: "Load-in is from 12:00 via the loading bay, soundcheck at 15:30" is prose.
        if (value && /\d/.test(value) && value.length <= 40 && !/[,;.]\s+\p{L}/u.test(value)) {
          const start = cell.start + lead.length + rest.indexOf(value);
          out.push({ key: lead.key, label: cell.text.slice(0, lead.length).trim(), value, span: [start, start + value.length], line });
        }
      }
    }
  }
  // "Igama ⇥ Thornhill Lodge" over "Name": the wrapped second-language label keys the pair (text/wrapped-second-label.ts).
  keyFromWrappedLabel(lines, out);
  out.push(...formBlocks(lines, new Set(out.map((l) => l.line.index))));
  // A two-language label over its value, no colon (text/bilingual-stacked.ts).
  out.push(...stackedBilingualLabels(source.text, lines, new Set(out.map((l) => l.line.index))));
  // A questionnaire's question whose words name a known label is that label over its answer
  // ("Artist / band name (as it should appear on passes):" over the name).
  const read = new Set(out.map((l) => l.line.index));
  out.push(...questionAnswers(source, lines).filter((qa) => qa.key && !read.has(qa.line.index)));
  out.push(...clauses(source, lines));
  // "SEXTA. Forma de pago. Un 30 % …": a clause run on from its ordinal and title (text/titled-clause.ts).
  out.push(...titledClauses(lines, CLAUSE_KEYS));
  // "Podium: 10 x 7 m" — Dutch "podium" is a venue and a stage: measurements make it the stage.
  for (const l of out) if (l.key === 'venue' && STAGE_SIZE.test(l.value)) l.key = 'stage';
  // A two-script form's value in the other script followed by its Latin rendering: the rendering (text/bilingual-lines.ts).
  return out.map((l) => glossedLabel(latinRendering(source.text, lines, l))).sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * A printed web page's menu: five or more short, figure-less entries between spaced pipes ("Home | Bookings
 * | Catering | Parking | Help"). Its neighbouring entries are no label and value ("Catering: Parking").
 */
export function isMenuBar(text: string): boolean {
  const entries = text.split(/\s+\|\s+/).map((e) => e.replace(/\(\d+\)/g, '').trim());
  return entries.length >= 5 && entries.every((e) => e.length <= 30 && !/[\d:]/.test(e));
}

/** A cell opening with a clock time: "20:30", "8.15", "21h30". */
const TIME_FIRST = /^\d{1,2}[:.h]\d{2}(?!\d)/;
/** The most words an unknown label may hold when its value opens with a clock time. */
const TIMED_ROW_WORDS = 6;
/** A length alone in a cell: "30 min", "75 mins". */
const LENGTH_CELL = /^\d{1,3}[ \t]*min(?:s|utes)?\.?$/i;

/** A capitalised name in brackets closing a cell: "(Kolonie)". */
const BRACKETED_NAME = /\s+\(\p{Lu}[\p{L} &'-]{1,30}\)$/u;

const STAGE_SIZE = /^\s*\d+(?:[.,]\d+)?\s*(?:m\s*)?[x×]\s*\d/;

const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[-•*–])\s+\S/;

/** "Guests:" over "1. Ann Lee" / "2. Bo Ek": where a list that starts at `first` ends (null if `first` is no list item). */
function listEnd(lines: Line[], first: Line): number | null {
  if (!LIST_ITEM.test(first.text)) return null;
  let end = first.end;
  for (const line of lines.slice(first.index + 1)) {
    if (!LIST_ITEM.test(line.text)) break;
    end = line.end;
  }
  return end;
}

/**
 * Form blocks: three or more lines in a row (blank lines aside) that each begin with a known label
 * and go on with the value after a single space — what OCR makes of a two-column form
 * ("Artist Marrow Lanterns" / "Venue Zollhaus" / "Date 06/03/2026").
 */
const HEADING = /^(\d+[.)]\s*)?[\p{L} &/-]{2,30}$/u;

function formBlocks(lines: Line[], taken: Set<number>): Labelled[] {
  const candidates: Labelled[] = [];
  const out: Labelled[] = [];
  let runLength = 0;
  // Lines already read count towards the run, but a run needs two lines of its own: one unread line
  // among `Label: value` lines is a title ("Hotel Continental — Booking confirmation"), not a field.
  const flush = () => {
    if (runLength >= 3 && candidates.length >= 2) out.push(...candidates);
    candidates.length = 0;
    runLength = 0;
  };
  for (const line of lines) {
    const text = line.text.trim();
    // Blank lines and section headings ("2. Remuneration") do not end a block; lines already read belong to it.
    if (!text) continue;
    if (taken.has(line.index)) { runLength++; continue; }
    const lead = text.length > 100 ? null : leadingLabel(text);
    const rest = lead ? text.slice(lead.length).trim() : '';
    // A value starting in lower case is the sentence going on ("Load-in is from 13:00…"); one naming
    // the label's topic again is a two-language heading ("MAJOITUS / ACCOMMODATION").
    // A heading in capitals ("VENUE CONTACTS") or with a remark in brackets ("SCHEDULE (all times
    // local)") names a section, not a label and its value.
    const heading = !/[\p{Ll}\d]/u.test(text) || /^\([^()]*\)$/.test(rest);
    if (!lead || !rest || heading || /^\p{Ll}/u.test(rest) || labelKey(rest) === lead.key) {
      if (!HEADING.test(text)) flush();
      continue;
    }
    const start = line.start + line.text.indexOf(text) + text.indexOf(rest, lead.length);
    candidates.push({ key: lead.key, label: text.slice(0, lead.length).trim(), value: rest, span: [start, start + rest.length], line });
    runLength++;
  }
  flush();
  return out;
}

/**
 * A contract clause's heading: "Art. 4 - Payment", "Article 6: Other terms", "§ 5 Zahlung", "CLÁUSULA 3 – Pago",
 * or a bare clause number ("7. Egyéb feltételek").
 */
const CLAUSE_HEADING = /^\s*(?:art(?:\.|icle|ikel|icolo|ículo|igo)?\s*\d+[a-z]?|§\s*\d+|cl[aá]usula\s+\S+|\d{1,2}\.(?=\s))\s*[-–—:.)]?\s*(\p{L}[\p{L} '’/-]{2,40}?)\s*$/iu;
/** A line opening with a label of its own ("Coordonnées bancaires : IBAN …"): another item, which ends a clause's paragraph. */
const LABEL_OPENS_LINE = /^[\W_]*\p{L}[\p{L} '’-]{1,40}?[ \t]*:[ \t]*\S/u;
/** Clause topics read as a label over the clause's text: terms with no figure of their own to label. */
const CLAUSE_KEYS: ReadonlySet<LabelKey> = new Set(['payment_terms', 'notes']);

/**
 * Contract clauses whose heading names a known topic ("Art. 4 - Modalità di pagamento"): the
 * heading is the label, the clause's paragraph below it (up to a blank line or the next clause) the value.
 */
function clauses(source: Pick<ExtractedSource, 'text'>, lines: Line[]): Labelled[] {
  const out: Labelled[] = [];
  lines.forEach((line, i) => {
    const heading = CLAUSE_HEADING.exec(line.text);
    const key = heading ? labelKey(heading[1]!) : null;
    if (!key || !CLAUSE_KEYS.has(key)) return;
    const body: Line[] = [];
    for (const next of lines.slice(i + 1, i + 8)) {
      if (!next.text.trim() || CLAUSE_HEADING.test(next.text) || (body.length && LABEL_OPENS_LINE.test(next.text))) break;
      body.push(next);
    }
    if (!body.length) return;
    const start = body[0]!.start + body[0]!.text.indexOf(body[0]!.text.trim());
    const value = source.text.slice(start, body[body.length - 1]!.end).trimEnd();
    out.push({ key, label: heading![1]!, value, span: [start, start + value.length], line });
  });
  return out;
}

/** The first labelled value for each of `keys`, in document order. */
export function firstOf(found: Labelled[], key: LabelKey): Labelled | undefined {
  return found.find((l) => l.key === key);
}

/** "10. Eigenes FOH-Pult / own FOH desk?": a short question on a line of its own, maybe numbered. */
const QUESTION_LINE = /^\s*(?:\d{1,2}[.)]\s*)?(\p{L}.{1,118}\?)\s*$/u;
/**
 * A form question written as a prompt, closed by a colon on a line of its own ("Backline you need
 * from the shared pool (we provide a drum kit):"): three words or more, so a plain label over its
 * value ("Guests:") stays the label reader's.
 */
const PROMPT_LINE = /^\s*(?:\d{1,2}[.)]\s*)?(\p{L}[^:]{1,158}?(?:\([^()]*\))?)\s*:\s*$/u;

function questionOf(text: string): string | null {
  const question = QUESTION_LINE.exec(text)?.[1];
  if (question) return question;
  const prompt = PROMPT_LINE.exec(text)?.[1];
  return prompt && prompt.trim().split(/\s+/).length >= 3 ? prompt : null;
}

/**
 * An advance questionnaire answered inline: question lines with the answer on the line(s) right
 * below ("Soundcheck?" / "16:00–17:00"). The question is the label (its key read as a label's,
 * the "?"s dropped); an unanswered question (the next question or a blank gap follows) gives
 * nothing. Only a document with three or more answered questions is read so — an e-mail's
 * single question followed by prose is no form.
 */
/**
 * A question put to the reader names its topic after "your" ("Your slot at the festival (day,
 * stage, time)", "Your arrival time"): the key of those words, up to a preposition or a remark.
 */
function addressedKey(label: string): LabelKey | null {
  const topic = /^(?:your|our)\s+(.+?)(?:\s+(?:at|for|of|in|on|to|with|from)\b.*)?$/i.exec(label.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim())?.[1];
  return topic ? labelKey(topic) : null;
}

export function questionAnswers(source: Pick<ExtractedSource, 'text'>, lines: Line[]): Labelled[] {
  const out: Labelled[] = [];
  lines.forEach((line, i) => {
    const question = questionOf(line.text);
    const below = lines[i + 1];
    if (!question || !below?.text.trim() || questionOf(below.text)) return;
    let last = below;
    for (const next of lines.slice(i + 2)) {
      if (!next.text.trim() || questionOf(next.text)) break;
      last = next;
    }
    const start = below.start + below.text.indexOf(below.text.trim());
    const value = source.text.slice(start, last.end).trim();
    const label = question.replace(/\?/g, '').replace(/\s+/g, ' ').trim();
    out.push({ key: labelKey(label) ?? addressedKey(label), label, value, span: [start, start + value.length], line });
  });
  return out.length >= 3 ? out : [];
}
