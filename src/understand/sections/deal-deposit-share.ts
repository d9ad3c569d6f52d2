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
const SIGNING_SHARE = /(?<![\d.,])(\d{1,3})\s*%\s+(?:(?:on|upon|at|after|a|á|à|ao|na|no|bei|der|la|da|do|de|del|of|the)\s+){0,3}(?:signing|signature|sinatura|assinatura|firma|signatura|vertragsunterzeichnung|unterzeichnung|unterschrift)(?![\p{L}])/iu;

export function depositFromTerms(draft: Draft<Deal>): void {
  const terms = draft.paymentTerms;
  if (draft.depositPercent || !terms) return;
  const m = ADVANCE_SHARE.exec(terms.value) ?? SIGNING_SHARE.exec(terms.value);
  const percent = m ? Number(m[1]) : NaN;
  if (percent > 0 && percent < 100) draft.depositPercent = found(percent, { ...terms, method: 'pattern', validated: true });
}
