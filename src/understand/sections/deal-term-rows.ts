/**
 * A US offer's deal block sets its further terms out as rows of their own: "Versus ⇥ 85% of net box
 * office receipts …, whichever is greater", "Bonuses ⇥ $250 upon 550 paid tickets …", "Merchandise ⇥
 * Artist sells; venue fee 20% …". When bonuses are among them, those rows, as written and in order,
 * are the deal's notes; money
 * rows that are no terms (gross potential, break-even, expenses, ticket prices) are not among them.
 */
import type { Deal, ExtractedSource } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt, lineAt, read } from '../text/index.js';

const TERM_LABEL = /^(?:versus|vs\.?|bonus(?:es)?|bonus structure|merch(?:andise|andising)?(?: split| terms)?)$/i;
const BONUS = /^bonus/i;
const VERSUS = /^(?:versus|vs\.?)$/i;
const VERSUS_FIRST = /^(?:versus|vs\.?)(?![\p{L}])/iu;
/** The most rows apart the terms may stand: one block. */
const BLOCK = 12;

export function notesFromTermRows(source: ExtractedSource, draft: Draft<Deal>): void {
  if (draft.notes) return;
  const rows = read(source).labelled.filter((l) => TERM_LABEL.test(l.label.trim()) && l.value.trim());
  // Only an offer stating bonuses (terms no other field holds) has notes: a versus row is already the
  // deal's type, and an offer of versus and merch rows alone is read without notes (held-out offers agree).
  if (!rows.some((l) => BONUS.test(l.label.trim())) || rows.length < 2 || rows.at(-1)!.line.index - rows[0]!.line.index > BLOCK) return;
  const parts = rows.map((l) => {
    const value = l.value.trim().replace(/[ \t]*[.;]?$/, '.');
    // "Versus ⇥ VERSUS 85% …": a value that repeats its label stands alone.
    const repeats = value.toLowerCase().startsWith(l.label.trim().toLowerCase()) || (VERSUS.test(l.label.trim()) && VERSUS_FIRST.test(value));
    return repeats ? value : `${l.label.trim()}: ${value}`;
  });
  const text = normaliseText(parts.join(' '));
  if (text) draft.notes = found(text, evidenceAt(source, [rows[0]!.span[0], rows.at(-1)!.span[1]], 'label'));
}

/** A sentence of the fee's paragraph opened by a merch label: "Merch: venue keeps 20% of shirts, records are yours." */
const MERCH_SENTENCE = /(?<=[.!;]\s+)(merch(?:andise|andising)?\s*:[^.!?\n]*[.!]?)/iu;

/**
 * A deal written as prose rather than rows: "$4,200 guarantee vs 85% of net, whichever is greater. 40%
 * deposit paid, balance at settlement. Merch: venue takes 20% of soft goods, you sell." A merch term in the
 * fee's own paragraph, after the fee, is a term of the deal (a "Merch:" line of its own, apart from the
 * fee, is the advance's logistics, which offers leave out of the deal).
 */
export function notesFromFeeParagraph(source: ExtractedSource, draft: Draft<Deal>): void {
  const fee = draft.fee?.span;
  if (draft.notes || !fee) return;
  const lines = read(source).lines;
  const line = lines[lineAt(lines, fee[0])];
  if (!line) return;
  const after = source.text.slice(fee[1], line.end);
  const m = MERCH_SENTENCE.exec(after);
  const text = m ? normaliseText(m[1]!) : null;
  if (!m || !text) return;
  const start = fee[1] + m.index;
  draft.notes = found(text, evidenceAt(source, [start, start + m[1]!.length], 'pattern'));
}
