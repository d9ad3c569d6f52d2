/**
 * A contract's payment clause may open with the deposit's share and carry no label: "2.2 50% deposit
 * (£1,375) payable within 14 days of signature; the balance by bank transfer within five (5) working
 * days after the performance." The clause, without its number, is the payment terms.
 */
import type { Deal, ExtractedSource } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { firstClause } from './deal-clause-line.js';

const DEPOSIT_WORD = String.raw`(?:deposit|anzahlung|acompte|aanbetaling|handpenning|depósito|anticipo|acconto|depositum|forskud|depożitu)`;
/** "40% (R18,000.00) as a deposit": the share's amount in brackets before the deposit word. */
const AMOUNT_IN_BRACKETS = String.raw`(?:\([^()\n]{1,30}\)[ \t]+)?`;
/** A clause number, then a share and the deposit word, a term of payment later in the clause. */
const DEPOSIT_CLAUSE = new RegExp(String.raw`^[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(\d{1,3}[ \t]?%[ \t]+${AMOUNT_IN_BRACKETS}(?:as[ \t]+(?:a[ \t]+)?)?${DEPOSIT_WORD}\b.*\b(?:payable|balance|due|zahlbar|restbetrag|solde|saldo|betalas)\b.*)$`, 'iu');
/**
 * A line of its own that opens with the deposit and its share and goes on to the balance: "Deposit of
 * 30% (€900) paid on 2 May. The balance by bank transfer after the show." (Maltese "Depożitu ta' 30% …
 * Il-bilanċ …"): the whole line.
 */
const DEPOSIT_LINE = new RegExp(String.raw`^[ \t]*(${DEPOSIT_WORD}[ \t]+(?:(?:of|ta['’]|de|von|di|van)[ \t]+)?\d{1,3}[ \t]?%.*\b(?:balance|restbetrag|solde|saldo|bilan).*)$`, 'iu');
/**
 * Urdu puts the share first and calls the deposit an "advance": "۴۰٪ ایڈوانس (۱۶ لاکھ) … ادا ہو چکا؛ باقی ۶۰٪ …"
 * ("40% advance … paid; the remaining 60% …"). The whole line, when it goes on to the rest ("باقی").
 */
const ADVANCE_LINE = /^[ \t]*(\d{1,3}[ \t]?%[ \t]+ایڈوانس(?![\u0600-\u06FF]).*(?<![\u0600-\u06FF])باقی(?![\u0600-\u06FF]).*)$/u;

export function paymentTermsFromDepositClause(source: ExtractedSource, draft: Draft<Deal>): void {
  if (draft.paymentTerms) return;
  const clause = firstClause(source, DEPOSIT_CLAUSE) ?? firstClause(source, DEPOSIT_LINE) ?? firstClause(source, ADVANCE_LINE);
  if (clause) draft.paymentTerms = clause;
}
