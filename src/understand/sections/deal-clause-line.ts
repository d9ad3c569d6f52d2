import type { ExtractedSource } from '../../interfaces.js';
import { found, type Found } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt, read } from '../text/index.js';

/**
 * The first line of a contract that `clause` matches, as the text of its first group (the clause
 * without its number): how deal-deposit-clause.ts and deal-tax-clause.ts read their unlabelled clauses.
 */
export function firstClause(source: ExtractedSource, clause: RegExp): Found<string> | null {
  for (const line of read(source).lines) {
    const m = clause.exec(line.text);
    const text = m ? normaliseText(m[1]!) : null;
    if (!m || !text) continue;
    const start = line.start + m.index + m[0].indexOf(m[1]!);
    return found(text, evidenceAt(source, [start, start + m[1]!.length], 'pattern'));
  }
  return null;
}
