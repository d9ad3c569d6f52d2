/**
 * A labelled value or a sentence that runs on over the next lines, as a contract's wide clause wraps:
 *
 *   Payment Terms:	50% deposit payable by wire no later
 *   than 10/06/2027; balance at settlement on the night of the
 *   engagement.
 *
 * The text goes on while it has not ended a sentence and the next line is plain text of its quote
 * depth (no label, also none of two languages without a colon, no column gap or tab — but a tabbed row's value may wrap onto one whose first column is empty —, not a heading, not a numbered clause "2." or "2.1"); it ends
 * at the first line that ends a sentence. A tabbed row's value does not go on onto a question alone on its line: that is the
 * form's next row, unanswered.
 */
import type { Labelled } from './labels.js';
import type { Line } from './lines.js';
import { isLabelLine } from './bilingual-stacked.js';

const MAX_LINES = 4;
// A number in brackets after its word ("within three (3)", a contract's way) goes on: no clause ends there.
const SENTENCE_END = /[.!?]$|(?<!\(\d{1,3})\)$/;
/** "2. Fee", "2.1 The Artist", "四、住宿": a numbered clause opens (not an amount: "3.000 €", "18 000 zł"). */
const NUMBERED_CLAUSE = /^\d{1,2}(?:\.\d{1,2})*\.\s|^\d{1,2}(?:\.\d{1,2})+\s|^[一二三四五六七八九十]{1,3}、/u;
const QUOTE = /^(?:\s*>)*/;

/** `text`, written on line `index` up to `end`, with the lines it wraps onto; `end` where it then ends. */
export function wrappedText(lines: Line[], index: number, text: string, end: number): { value: string; end: number } {
  let value = text.trimEnd();
  const depth = QUOTE.exec(lines[index]!.text)![0].replace(/\s/g, '');
  for (let i = index + 1; i < lines.length && i <= index + MAX_LINES; i++) {
    if (SENTENCE_END.test(value)) break;
    const next = lines[i]!;
    // A quoted clause wraps onto quoted lines of its own depth: read without their "> " markers.
    const quote = QUOTE.exec(next.text)![0];
    if (quote.replace(/\s/g, '') !== depth) break;
    const t = next.text.slice(quote.length).trim();
    if (!t || (next.text.includes('\t') && !wrapsCell(lines[index]!, next)) || /\S {2,}\S/.test(t) || /^[\p{L} /&-]{1,30}:/u.test(t) || isLabelLine(t) || NUMBERED_CLAUSE.test(t) || !/\p{Ll}/u.test(t)) break;
    // Under a tabbed row, a question alone on its line is the form's next row, its answer cell lost ("Lights (own rig?)").
    if (lines[index]!.text.includes('\t') && /\?\)?$/.test(t)) break;
    value = `${value} ${t}`;
    end = next.start + next.text.indexOf(t) + t.length;
  }
  return { value, end };
}

/** "Remarks ⇥ The artists are not resident; the promoter withholds the" over "⇥ withholding tax …": a column row's value cell wrapping onto a row whose first column is empty. */
function wrapsCell(line: Line, next: Line): boolean {
  return line.text.includes('\t') && /^\t[^\t]*\S[^\t]*$/.test(next.text);
}

/** A labelled value with the lines it wraps onto. */
export function wrappedValue(lines: Line[], l: Labelled): { value: string; end: number } {
  // A value read over several lines already (a clause's paragraph) wraps on from its last line, not its label's.
  let last = l.line.index;
  while (last + 1 < lines.length && lines[last + 1]!.start < l.span[1]) last++;
  return wrappedText(lines, last, l.value, l.span[1]);
}
