/**
 * A festival's hospitality allowance lists the meal vouchers before the canteen that takes them:
 *
 *   Meal vouchers ⇥ 6 × dinner voucher
 *   Valid         ⇥ Friday 3 May, 18:00 – 21:00
 *   Canteen       ⇥ The Galley
 *
 * The vouchers' figure is how many eat at the canteen, and the start of their validity is the meal's
 * time. Only rows a few lines above the canteen's, in the same block (no blank line between), count.
 */
import { findTimes } from '../normalise/index.js';
import type { Labelled, Reading } from '../text/index.js';

/** "Meal vouchers", "Food tickets", "Essensmarken": the allowance's count row. */
const VOUCHER_LABEL = /^(?:(?:hot\s+)?(?:meal|food|catering|dinner|lunch)\s+(?:tickets?|vouchers?)|essensmarken|matbiljetter)$/i;
/** "Valid", "Valid from", "Redeemable": when the vouchers can be used. */
const VALIDITY_LABEL = /^(?:valid(?:ity)?(?:\s+(?:from|on|at))?|redeemable|gültig|geldig)$/i;
/** How many lines above the canteen's row the allowance may start. */
const REACH = 6;

export interface VoucherBlock {
  count?: { value: number; span: [number, number] };
  time?: { value: string; span: [number, number] };
}

/** The voucher count and validity time on the rows just above line `index`, none past a blank line. */
export function voucherBlockAbove(reading: Reading, index: number): VoucherBlock {
  let top = index;
  while (top > 0 && index - top < REACH && reading.lines[top - 1]!.text.trim()) top--;
  const rows = reading.labelled.filter((l) => l.line.index >= top && l.line.index < index);
  const out: VoucherBlock = {};
  const countRow = rows.find((l) => VOUCHER_LABEL.test(l.label.trim()));
  const count = countRow ? /^\s*(\d{1,3})(?!\d)/.exec(countRow.value) : null;
  if (countRow && count) out.count = { value: Number(count[1]), span: spanOf(countRow, count.index, count[1]!.length) };
  const validRow = rows.find((l) => VALIDITY_LABEL.test(l.label.trim()));
  const time = validRow ? findTimes(validRow.value)[0] : undefined;
  if (validRow && time) out.time = { value: time.value, span: spanOf(validRow, time.index, time.length) };
  return out;
}

function spanOf(l: Labelled, index: number, length: number): [number, number] {
  return [l.span[0] + index, l.span[0] + index + length];
}
