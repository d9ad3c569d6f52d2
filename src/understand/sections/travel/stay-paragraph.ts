/**
 * A printed contract states the stay in a paragraph of running prose ("… 3 rooms at Hotel X (street,
 * city), 14.–15.10. Check-in from 14:00 … Booking no.: …"), its facts on the lines around the
 * hotel's name as the page wrapped them. The paragraph is the stay's statement, as a wrapped
 * paragraph is in correspondence.
 */

/** A page's line this long, inside a paragraph, was wrapped by the layout. */
const PROSE_LINE = 60;
const MAX_LINES = 8;
const LABEL_OPENING = /^\p{Lu}[^:\n]{0,40}:\s/u;
/** A contract's numbered clause opening its line ("4.2. Flights …"): the clause before it ends there. */
const CLAUSE_NUMBER = /^\d{1,2}\.\d{1,2}\.?\s/;

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
  // A dot after a figure ends no sentence unless a capital follows: "v noči z 14. na 15. 5. 2027 – Hotel X" is one clause.
  const lead = text.slice(from, offset);
  const cut = Math.max(...[...lead.matchAll(/[;!?](?=\s)|(?<!\d)\.(?=\s)|(?<=\d)\.(?=\s+\p{Lu})/gu)].map((m) => m.index + 1), 0);
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
