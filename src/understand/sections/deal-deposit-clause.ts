/**
 * A contract's payment clause may open with the deposit's share and carry no label: "2.2 50% deposit
 * (£1,375) payable within 14 days of signature; the balance by bank transfer within five (5) working
 * days after the performance." The clause, without its number, is the payment terms.
 */
import type { Deal, ExtractedSource } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { firstClause } from './deal-clause-line.js';

const DEPOSIT_WORD = String.raw`(?:deposit|anzahlung|acompte|aanbetaling|handpenning|depósito|anticipo|acconto|depositum|forskud)`;
/** A clause number, then a share and the deposit word, a term of payment later in the clause. */
const DEPOSIT_CLAUSE = new RegExp(String.raw`^[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(\d{1,3}[ \t]?%[ \t]+${DEPOSIT_WORD}\b.*\b(?:payable|balance|due|zahlbar|restbetrag|solde|saldo|betalas)\b.*)$`, 'iu');

export function paymentTermsFromDepositClause(source: ExtractedSource, draft: Draft<Deal>): void {
  if (draft.paymentTerms) return;
  const clause = firstClause(source, DEPOSIT_CLAUSE);
  if (clause) draft.paymentTerms = clause;
}
