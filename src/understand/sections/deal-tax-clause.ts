/**
 * A contract may give the fee's tax its own clause: "3.2 The fee is exclusive of 9% BTW (VAT).",
 * "4.2 Die Gage versteht sich zuzüglich 19 % MwSt." A numbered clause whose subject is the fee and
 * which says at what rate tax applies to it is a note on the deal (the fee's own clause, "The Promoter
 * shall pay … plus VAT", states the fee, not a note). So is a row of its own labelled with the tax's
 * name that adds it at a rate: "MwSt.: 7 % zusätzlich (84,00 €)", "TVA : 20 % en sus, soit 3 600 € TTC"
 * (not a price list's "VAT 20 % ⇥ 300.00", whose value is an amount, nor a rate "included").
 */
import type { Deal, ExtractedSource } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { firstClause } from './deal-clause-line.js';

const FEE_SUBJECT = String.raw`(?:the\s+|die\s+|le\s+|el\s+|het\s+|de\s+)?(?:(?:artist(?:['’]s)?|guaranteed|agreed)\s+)?(?:fee|guarantee|gage|cachet|honorar|honorario|honorarium|arvode)`;
const TAX_TERM = String.raw`(?:exclusive|inclusive|excludes|includes|excl\.?|incl\.?|plus|zuzüglich|zzgl\.?|inklusive|inkl\.?|exclusief|inclusief|hors|en\s+sus|toutes\s+taxes|sin|más|exklusive|exkl\.?)`;
const TAX_WORD = String.raw`(?:vat|btw|mwst\.?|ust\.?|tva|iva|moms|tax(?:es)?|steuer\w*)`;
const RATE = String.raw`\d{1,2}(?:[.,]\d{1,2})?[ \t]?%`;
/** The clause states the tax's rate ("exclusive of 9% VAT"); without one ("exclusive of VAT, added where applicable") it is boilerplate. */
const TAX_CLAUSE = new RegExp(String.raw`^[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(${FEE_SUBJECT}\b[^.\n]{0,40}?\b${TAX_TERM}[^.\n]{0,30}?(?:${RATE}[^.\n]{0,10}?\b${TAX_WORD}|\b${TAX_WORD}\b[^.\n]{0,10}?${RATE})[^.\n]*\.?)[ \t]*$`, 'iu');

/** Sales taxes by name (not a bare "Tax:", which may be the withholding's, deal-withholding-note.ts). */
const SALES_TAX = String.raw`(?:vat|btw|mwst\.?|ust\.?|tva|iva|moms|mva|gst)`;
/** Words that add the tax on top of the fee. */
const ON_TOP = String.raw`(?:en\s+sus|plus|on\s+top|added|in\s+addition|additional|extra|zzgl\.?|zuzüglich|zusätzlich|excl\.?|exclusive|exkl\.?|hors\s+taxes?|más|in\s+aggiunta|\+)(?![\p{L}])`;
const TAX_ROW = new RegExp(String.raw`^[ \t]*(?:\d{1,2}(?:\.\d{1,2})+\.?[ \t]+)?(${SALES_TAX}[ \t]*(?::|\t)[ \t]*(?:${RATE}[ \t]*${ON_TOP}|${ON_TOP}[ \t]*${RATE})[^\n]*?)[ \t]*$`, 'iu');

export function notesFromTaxClause(source: ExtractedSource, draft: Draft<Deal>): void {
  if (draft.notes) return;
  const clause = firstClause(source, TAX_CLAUSE) ?? firstClause(source, TAX_ROW);
  if (clause) draft.notes = clause;
}
