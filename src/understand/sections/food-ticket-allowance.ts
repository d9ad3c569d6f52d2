/**
 * "Catering: 8 meal tickets per day (lunch and dinner), collect them at the office": the party's
 * allowance of meal tickets, no meal of its own. Its figure is how many eat, so each catering meal
 * of the paper that gives no head count is for that many.
 */
import type { Food } from '../../interfaces.js';
import type { Draft } from '../found.js';
import type { Reading } from '../text/index.js';
import type { Reader } from './travel/reader.js';

type FoodDraft = Draft<Food>;

/** A figure, then a ticket or voucher word (a food word may stand on either side): "5 tickets de comida", "6 meal vouchers". */
const TICKETS = /^\s*(\d{1,3})[ \u00a0]+(?:(?:meal|food|catering)[ \u00a0]+)?(?:tickets?|vouchers?|tiquets?|bonos?|vales?|tickets?-repas|essensmarken|matbiljetter)(?![\p{L}])/iu;

/** The figure of a catering value that counts meal tickets, with its offset in the value. */
export function ticketAllowance(value: string): { count: number; index: number; length: number } | null {
  const m = TICKETS.exec(value);
  return m ? { count: Number(m[1]), index: m.index + m[0].indexOf(m[1]!), length: m[1]!.length } : null;
}

/** Each catering meal without a head count is for as many as the paper's tickets count. */
export function withTicketCounts(reading: Reading, r: Reader, meals: FoodDraft[]): void {
  const allowances = reading.labelled.flatMap((l) => {
    const a = l.key === 'catering' ? ticketAllowance(l.value) : null;
    return a ? [{ ...a, at: l.span[0] + a.index }] : [];
  });
  if (new Set(allowances.map((a) => a.count)).size !== 1) return;
  const { count, at, length } = allowances[0]!;
  for (const d of meals) if (d.kind?.value === 'catering' && !d.guestCount) d.guestCount = r.at(count, [at, at + length], null, 'label');
}
