import type { ExtractedSource } from '../../interfaces.js';
import { found, type Found } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt, read } from '../text/index.js';
import type { Line } from '../text/lines.js';

const CLAUSE_NUMBER = /^[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+/;

/**
 * A bilingual contract prints each numbered clause, then its translation as a paragraph of its own
 * without the number ("4.2 50% as deposito …" over "50% as a deposit …"): the translation is read as
 * that clause too, under the number of the clause above it.
 */
function numbered(lines: Line[], i: number): string {
  const text = lines[i]!.text;
  if (CLAUSE_NUMBER.test(text)) return text;
  let above = i - 1;
  while (above >= 0 && !lines[above]!.text.trim()) above--;
  // After a blank line only: a clause's wrapped second line is no translation of it.
  const number = above >= 0 && above < i - 1 ? CLAUSE_NUMBER.exec(lines[above]!.text)?.[0] : undefined;
  return number && text.trim() ? `${number}${text.trimStart()}` : text;
}

/**
 * The first line of a contract that `clause` matches, as the text of its first group (the clause
 * without its number): how deal-deposit-clause.ts and deal-tax-clause.ts read their unlabelled clauses.
 */
export function firstClause(source: ExtractedSource, clause: RegExp): Found<string> | null {
  const lines = read(source).lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = clause.exec(numbered(lines, i));
    const text = m ? normaliseText(m[1]!) : null;
    if (!m || !text) continue;
    const start = line.start + Math.max(0, line.text.indexOf(m[1]!));
    return found(text, evidenceAt(source, [start, start + m[1]!.length], 'pattern'));
  }
  return null;
}
