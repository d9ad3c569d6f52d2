/**
 * One message, several shows: a promoter advancing a weekend writes a block per show, each under a
 * dated heading ("=== SAT 16.10. – LEIPZIG ===", "Sunday 17 October – Halle"), each with its own
 * venue, times, hotel and house tech. The import is about one of them — the one its subject (else its
 * file name, else the import's other documents) names. The other shows' blocks are blanked (spaces,
 * so offsets still point into the source); lines outside the blocks — a fee "per show", the greeting,
 * the signature — stay, as they speak for every show.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { findDates } from '../normalise/index.js';
import { foldLabel, leadingLabel, linesOf, type LabelKey, type Line } from '../text/index.js';
import { relativeDay } from './show-date.js';

/** Labels that make a block a show's own: its venue and its times. */
const SHOW_KEYS: ReadonlySet<LabelKey> = new Set<LabelKey>(['venue', 'doors', 'set_time', 'soundcheck', 'load_in', 'curfew']);

/** Frame characters around a heading: "=== … ===", "### …", "** … **", "[ … ]", "--- … ---". */
const FRAME = /^[\s=#*_~\-–—[\]]+|[\s=#*_~\-–—[\]:]+$/g;

interface Block {
  /** Day and month of the heading's date, "MM-DD". */
  day: string;
  /** The heading's other words (a city, a venue), folded. */
  places: string[];
  start: number;
  end: number;
}

/** Days and months written in `text` as "MM-DD": full dates, and a bare "16.10." or "16/10". */
export function daysIn(text: string, ref: Date): string[] {
  const days = findDates(text, ref).map((d) => d.value.slice(5));
  for (const m of text.matchAll(/(?<![\d.:/])(\d{1,2})[./](\d{1,2})(?![\d:]|[./]\d)/g)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) days.push(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  return days;
}

/**
 * A short line with one date, not "Label: value", set apart as a heading — after a blank line, in a
 * frame ("=== … ===") or in capitals: a show's heading.
 */
function heading(line: Line, previous: Line | undefined, ref: Date): Omit<Block, 'start' | 'end'> | null {
  const text = line.text.replace(FRAME, '');
  if (!text || text.length > 60) return null;
  const apart = !previous?.text.trim() || text !== line.text.trim() || !/\p{Ll}/u.test(text);
  if (!apart) return null;
  if (/^[^:]{1,30}:\s*\S/.test(text) && leadingLabel(text.split(':')[0]!)) return null;
  // "CHECK-OUT 17.10." is a block's line, not a heading.
  const lead = leadingLabel(text)?.key;
  if (lead && lead !== 'date' && lead !== 'day') return null;
  const days = [...new Set(daysIn(text, ref))];
  if (days.length !== 1) return null;
  const words = foldLabel(text.replace(/\d+/g, ' ')).split(' ');
  // Weekdays and short words ("Sa", "am") name no place.
  const places = words.filter((w) => w.length >= 4 && !relativeDay(w, ref));
  return { day: days[0]!, places };
}

/** Whether a block's lines name at least two of a show's own labels (venue, get-in, doors, set…). */
function isShowBlock(lines: Line[]): boolean {
  const keys = new Set(lines.map((l) => leadingLabel(l.text.trim(), SHOW_KEYS)?.key).filter((k) => k));
  return keys.size >= 2;
}

/**
 * The show blocks of a text: from each dated heading to the next; the last one ends with its
 * paragraph (what follows it is the message's shared part). Fewer than two shows on different days: none.
 */
export function showBlocks(source: Pick<ExtractedSource, 'text' | 'pages'>, ref: Date): Block[] {
  const lines = linesOf(source);
  const heads: { head: Omit<Block, 'start' | 'end'>; index: number }[] = [];
  lines.forEach((line, i) => {
    const head = heading(line, lines[i - 1], ref);
    if (head) heads.push({ head, index: i });
  });
  const blocks: Block[] = [];
  heads.forEach(({ head, index }, k) => {
    const next = heads[k + 1]?.index;
    let last = index + 1;
    if (next !== undefined) last = next - 1;
    else while (last + 1 < lines.length && lines[last + 1]!.text.trim()) last++;
    const body = lines.slice(index + 1, last + 1);
    if (isShowBlock(body)) blocks.push({ ...head, start: lines[index]!.start, end: lines[last]!.end });
  });
  return new Set(blocks.map((b) => b.day)).size >= 2 ? blocks : [];
}

/** Whether `cue` names the block: its day ("16.10.", "16 Oct") or a word of its heading ("Leipzig"). */
function names(cue: string, block: Block, ref: Date): boolean {
  if (daysIn(cue, ref).includes(block.day)) return true;
  const words = new Set(foldLabel(cue).split(' '));
  return block.places.some((p) => words.has(p));
}

/** The subject of an e-mail or pasted message. */
function subjectOf(source: ExtractedSource): string {
  const subject = source.metadata.subject;
  if (typeof subject === 'string') return subject;
  return /^subject:\s*(.+)$/im.exec(source.text)?.[1] ?? '';
}

/**
 * The source with the other shows' blocks blanked, when it holds blocks for several shows and its
 * subject (else file name, else the import's other sources) names exactly one; else the source itself.
 */
export function ownShowOnly(source: ExtractedSource, others: ExtractedSource[]): ExtractedSource {
  // Only the day and month are compared, so any year near the message's date will do.
  const date = typeof source.metadata.date === 'string' ? new Date(source.metadata.date) : null;
  const ref = date && !Number.isNaN(date.getTime()) ? date : new Date(Date.UTC(2000, 0, 1));
  const blocks = showBlocks(source, ref);
  if (!blocks.length) return source;
  const cues = [subjectOf(source), source.name, others.filter((o) => o !== source).map((o) => o.text).join('\n')];
  for (const cue of cues) {
    const named = blocks.filter((b) => names(cue, b, ref));
    if (named.length !== 1) continue;
    let text = source.text;
    for (const b of blocks) {
      if (b !== named[0]) text = text.slice(0, b.start) + text.slice(b.start, b.end).replace(/[^\n]/g, ' ') + text.slice(b.end);
    }
    return { ...source, text };
  }
  return source;
}
