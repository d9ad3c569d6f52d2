/**
 * A labelled value that runs on over the next lines, as a contract's wide clause wraps:
 *
 *   Payment Terms:	50% deposit payable by wire no later
 *   than 10/06/2027; balance at settlement on the night of the
 *   engagement.
 *
 * The value goes on while it has not ended a sentence and the next line is plain text (no label, no
 * column gap, not a heading); it ends at the first line that ends a sentence.
 */
import type { Labelled } from './labels.js';
import type { Line } from './lines.js';

const MAX_LINES = 4;

export function wrappedValue(lines: Line[], l: Labelled): { value: string; end: number } {
  let value = l.value.trimEnd();
  let end = l.span[1];
  for (let i = l.line.index + 1; i < lines.length && i <= l.line.index + MAX_LINES; i++) {
    if (/[.!?)]$/.test(value)) break;
    const next = lines[i]!;
    // A quoted clause wraps onto quoted lines of its own depth: read without their "> " markers.
    const quote = /^(?:\s*>)*/.exec(next.text)![0];
    if (quote.replace(/\s/g, '') !== /^(?:\s*>)*/.exec(lines[l.line.index]!.text)![0].replace(/\s/g, '')) break;
    const t = next.text.slice(quote.length).trim();
    if (!t || next.text.includes('\t') || /\S {2,}\S/.test(t) || /^[\p{L} /&-]{1,30}:/u.test(t) || !/\p{Ll}/u.test(t)) break;
    value = `${value} ${t}`;
    end = next.start + next.text.indexOf(t) + t.length;
  }
  return { value, end };
}
