/**
 * A printed contract states the stay in a paragraph of running prose ("… 3 rooms at Hotel X (street,
 * city), 14.–15.10. Check-in from 14:00 … Booking no.: …"), its facts on the lines around the
 * hotel's name as the page wrapped them. The paragraph is the stay's statement, as a wrapped
 * paragraph is in correspondence.
 */

import { findDates } from '../../normalise/index.js';

/** Short forms whose dot ends no sentence: "inkl. Frühstück", "exkl. MwSt.", "ca. 20 Min.", "approx. 10 min". */
export const SHORT_FORM = String.raw`(?<![\p{L}])(?:[Ii]n[ck]l|[Ii]nk|[Ee]x[ck]l|[Ee]kskl|[Ee]ks|zzgl|ca|kl|approx)`;
/** A full stop that may end the clause before the hotel: not after a figure (unless a capital follows) nor a short form. */
const CLAUSE_STOP = new RegExp(String.raw`[;!?](?=\s)|(?<!\d)(?<!${SHORT_FORM})\.(?=\s)|(?<=\d)\.(?=\s+\p{Lu})`, 'gu');

/** A page's line this long, inside a paragraph, was wrapped by the layout. */
const PROSE_LINE = 60;
const MAX_LINES = 8;
const LABEL_OPENING = /^\p{Lu}[^:\n]{0,40}:\s/u;
/**
 * A contract's numbered clause opening its line ("4.2. Flights …"): the clause before it ends there. A clock time
 * the page wrapped onto the line's start ("15.00 Uhr, Check-out …", "10.30 h") opens none.
 */
const CLAUSE_NUMBER = /^\d{1,2}\.(?!0)\d{1,2}\.?\s(?![ \t]*(?:uhr|h|hrs?|am|pm)(?![\p{L}]))/iu;

/** The span of the prose paragraph around `offset` from the sentence naming it (its heading line left out), or null for columns or lists. */
export function proseParagraphAround(text: string, offset: number): [number, number] | null {
  const before = text.lastIndexOf('\n\n', offset);
  const after = text.indexOf('\n\n', offset);
  let from = before < 0 ? 0 : before + 2;
  let to = after < 0 ? text.length : after;
  // Clauses printed one under another without a blank line ("4.1. … hotel …" / "4.2. …"): the clause naming it is the paragraph.
  [from, to] = numberedClauseAround(text, from, to, offset);
  let lines = text.slice(from, to).split('\n');
  // "4. Accommodation" above the paragraph is its heading.
  if (lines.length > 2 && lines[0]!.length < PROSE_LINE && from + lines[0]!.length < offset) {
    from += lines[0]!.length + 1;
    lines = lines.slice(1);
  }
  // A word processor keeps a paragraph on one line: a long line of sentences is the paragraph too.
  const oneLine = lines.length === 1 && lines[0]!.length >= 2 * PROSE_LINE && /[.;!?]\s+\p{Lu}/u.test(lines[0]!);
  if ((lines.length < 2 && !oneLine) || lines.length > MAX_LINES) return null;
  // Tabs and " | " part a line into columns: a listing, not prose.
  if (lines.some((l) => l.includes('\t') || l.includes(' | ')) || lines.slice(0, -1).some((l) => l.trim().length < PROSE_LINE)) return null;
  // A line opening with its own label ("Summer offer 12.–14.07.: …") starts an item of a printed page, not a wrapped sentence.
  if (lines.slice(1).some((l) => LABEL_OPENING.test(l.trim()))) return null;
  // The stay is the sentence or clause that names the hotel: "dinner at X, street; 3 rooms at Hotel Y, …".
  // A dot after a figure ends no sentence unless a capital follows: "v noči z 14. na 15. 5. 2027 – Hotel X" is one clause;
  // nor does a short form's: "3 Einzelzimmer inkl. Frühstück im Hotel X", nor a date's ("vom 6. auf den 7. März 2027 2 Doppelzimmer").
  const lead = text.slice(from, offset);
  const dates = findDates(lead);
  const stops = [...lead.matchAll(CLAUSE_STOP)].filter((m) => !dates.some((d) => d.index <= m.index && m.index < d.index + d.length));
  const cut = Math.max(...stops.map((m) => m.index + 1), 0);
  return [from + cut, to];
}

/** Whether the paragraph starting at `from` is a contract's numbered clause ("4.1. The Promoter …"). */
export function isNumberedClause(text: string, from: number): boolean {
  return CLAUSE_NUMBER.test(text.slice(text.lastIndexOf('\n', from - 1) + 1, from + 8));
}

/** The numbered clause of [from, to) holding `offset` (its line opening with "4.1." up to the next such line), or the span unchanged. */
function numberedClauseAround(text: string, from: number, to: number, offset: number): [number, number] {
  let start = from;
  let end = to;
  for (let at = from; at < to; at = text.indexOf('\n', at) + 1 || to) {
    if (!CLAUSE_NUMBER.test(text.slice(at, at + 8))) continue;
    if (at <= offset) start = at;
    else if (start > from || CLAUSE_NUMBER.test(text.slice(from, from + 8))) {
      end = at - 1;
      break;
    }
  }
  return [start, end];
}
