/**
 * Payment terms may name the deposit's share by when or how it is paid rather than by a deposit word:
 * "50% advance within 7 days", "30% on signing", "Un 40 % á sinatura do contrato", "50 % a la firma",
 * "40 % à la signature", "50 % bei Vertragsunterzeichnung". A share of the fee paid in advance or at
 * signature is the deposit. Read from the deal's payment terms only, so a share elsewhere (a ticket
 * sale's "60% gone", a merch split) is never taken; "advance" counts only right after the share, the
 * word also naming the tour's advance. So does "deposit" there: terms read from an older, quoted
 * message ("40% deposit already wired, balance at settlement") name their share as no prose reader does.
 */
import type { Deal } from '../../interfaces.js';
import { found, type Draft } from '../found.js';

const ADVANCE_SHARE = /(?<![\d.,])(\d{1,3})\s*%\s+(?:an\s+)?(?:advance|deposit)\b/i;
/**
 * "50 % der Gage (CHF 2'400.00) bis 6. Februar …; Restbetrag …", "50% of the fee by 1 May, the balance on the night":
 * a share of the fee paid first, with a balance after it, is the deposit.
 */
const FEE_SHARE_THEN_BALANCE = /(?<![\d.,])(\d{1,3})\s*%\s+(?:der|of\s+the|of|du|de\s+la|del|de|van\s+de|av)\s+(?:gage|fee|cachet|caché|cachê|compenso|honorar|honorario|arvode|gaget)(?![\p{L}])[^]*?(?<![\p{L}])(?:restbetrag|restzahlung|balance|remainder|solde|saldo|resto|reste|resterande|rimanente|restant)(?![\p{L}])/iu;
const SIGNING_SHARE = /(?<![\d.,])(\d{1,3})\s*%\s+(?:(?:on|upon|at|after|a|á|à|ao|na|no|bei|der|la|da|do|de|del|of|the)\s+){0,3}(?:signing|signature|sinatura|assinatura|firma|signatura|vertragsunterzeichnung|unterzeichnung|unterschrift)(?![\p{L}])/iu;

export function depositFromTerms(draft: Draft<Deal>): void {
  const terms = draft.paymentTerms;
  if (draft.depositPercent || !terms) return;
  const m = ADVANCE_SHARE.exec(terms.value) ?? SIGNING_SHARE.exec(terms.value) ?? FEE_SHARE_THEN_BALANCE.exec(terms.value);
  const percent = m ? Number(m[1]) : NaN;
  if (percent > 0 && percent < 100) draft.depositPercent = found(percent, { ...terms, method: 'pattern', validated: true });
}
