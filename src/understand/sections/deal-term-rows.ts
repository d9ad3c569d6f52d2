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
import { evidenceAt, read } from '../text/index.js';

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
