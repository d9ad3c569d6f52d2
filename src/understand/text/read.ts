/**
 * One reading of a source, shared by every section: its lines, labelled values, headed tables and
 * (for e-mails) messages, computed once per source and cached for the life of the source object.
 */
import type { ExtractedSource, ExtractedTable } from '../../interfaces.js';
import type { Evidence } from '../found.js';
import { splitThread, unquoted, type EmailMessage } from './email.js';
import { findLabelled, type Labelled } from './labels.js';
import { isMail, isPhoto, isScan } from './source-kind.js';
import { linesOf, pageAt, type Line } from './lines.js';
import { datedChatMessages } from './chat-messages.js';
import { mask, type ChatTurn } from './mask.js';
import { stampDate } from './stamp.js';
import { tablesOf, type Table } from './tables.js';
import { latestMessageDate } from './thread-date.js';
import { blankEthiopianClock } from './ethiopian-clock.js';

export interface Reading {
  source: ExtractedSource;
  /** The lines of the source's text with headers and chat prefixes blanked (see mask.ts). */
  lines: Line[];
  labelled: Labelled[];
  tables: Table[];
  /** The thread's messages for e-mail and pasted text; one message spanning everything otherwise. */
  messages: EmailMessage[];
  /** The date relative dates are read against: the e-mail's date, else null. */
  referenceDate: Date | null;
  /** A chat export's messages with their senders (empty for other sources). */
  turns: ChatTurn[];
}

const cache = new WeakMap<ExtractedSource, Reading>();

export function read(source: ExtractedSource): Reading {
  const hit = cache.get(source);
  if (hit) return hit;
  const masked = mask(source.text, isMail(source), isPhoto(source), isScan(source));
  // An extracted table's cells are read against the masked text: they lose the same glosses it does.
  const view = { ...source, text: masked.text, tables: source.tables.map(withoutClockGlosses) };
  const lines = linesOf(view);
  // A chat has no signatures: a "Thanks!" message is followed by more messages, not by a sign-off.
  // A chat whose stamps date its messages is read message by message, each against its own day.
  const messages = datedChatMessages(lines, masked.turns)
    ?? splitThread(view, lines).map((m) => (masked.turns.length ? { ...m, signatureStart: null } : m));
  const tables = tablesOf(view, lines);
  // A row of a headed table is read as that table's record, not as "Label  value" columns. The row
  // is the line holding two or more of its cells: one cell's value found elsewhere (a date an HTML
  // table repeats from a labelled line above it) does not make that line a row.
  const rowLines = new Set<number>();
  for (const record of tables.flatMap((t) => t.records)) {
    const perLine = new Map<number, number>();
    const spans = record.all.filter((cell) => cell.span);
    for (const cell of spans) {
      const line = lineAt(lines, cell.span![0]);
      perLine.set(line, (perLine.get(line) ?? 0) + 1);
    }
    for (const [line, n] of perLine) if (n >= Math.min(2, spans.length)) rowLines.add(line);
  }
  const reading: Reading = {
    source,
    lines,
    // A thread's quoted lines hold labels too ("> Doors: 19:00"): read without their quote markers.
    labelled: findLabelled(view, lines.map(unquoted)).filter((l) => !rowLines.has(l.line.index)),
    tables,
    messages,
    // A note's stamp line dates it when no header or chat prefix does (stamp.ts).
    // A pasted thread has no header date for its newest message ("Wed, 10 Nov, 15:48 (2 days ago)"):
    // the latest date a quoted message's attribution line states is the nearest stand-in (thread-date.ts).
    referenceDate: messages[0]?.date ?? masked.chatDate ?? stampDate(source.text) ?? latestMessageDate(messages),
    turns: masked.turns,
  };
  cache.set(source, reading);
  return reading;
}

/** `table` with each cell's Ethiopian-clock reading left out (ethiopian-clock.ts), as the masked text leaves it out. */
function withoutClockGlosses(table: ExtractedTable): ExtractedTable {
  return { ...table, rows: table.rows.map((row) => row.map((cell) => {
    const blanked = blankEthiopianClock(cell);
    return blanked === cell ? cell : blanked.trim();
  })) };
}

/** The index of the line containing `offset` (binary search: lines are in order). */
export function lineAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Evidence for a value read from `span` of `source`. */
export function evidenceAt(
  source: ExtractedSource, span: [number, number] | null, method: Evidence['method'], validated: boolean | null = null,
): Evidence {
  return {
    method: source.ocr.used && method !== 'inferred' ? 'ocr' : method,
    source: source.name,
    page: span ? pageAt(source, span[0]) : null,
    span,
    validated,
  };
}
