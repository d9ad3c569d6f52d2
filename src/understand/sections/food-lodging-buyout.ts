/**
 * "a £300 hotel buyout in lieu of rooms", "buyout is fine with us, we'll sort our own rooms": a buyout of
 * the stay is money under the deal in place of a hotel, no meal. It is told by the stay named at the
 * buyout word (before it, or as what it replaces or leaves the party to book) while no meal is named.
 */
import { MEAL } from './food-words.js';

const LODGING = String.raw`(?:hotel|rooms?|accommodation|lodging|hotel[ \u00a0]+rooms)`;
/** "hotel buyout", "room buy-out", "accommodation buyout". */
const LODGING_BEFORE = new RegExp(String.raw`(?<![\p{L}])${LODGING}[ \u00a0]+buy-?outs?(?![\p{L}])`, 'iu');
/** "buyout in lieu of rooms", "buyout …, we'll sort our own rooms", "buyout and you book your own hotel". */
const LODGING_AFTER = new RegExp(String.raw`(?<![\p{L}])buy-?outs?(?![\p{L}])[^.;\n]{0,80}?(?:in[ \u00a0]+lieu[ \u00a0]+of|instead[ \u00a0]+of|(?:sort|book|arrange|find)[ \u00a0]+(?:our|your|their)[ \u00a0]+own)[ \u00a0]+(?:the[ \u00a0]+)?${LODGING}(?![\p{L}])`, 'iu');
/** A meal word that is not the buyout word itself. */
const MEAL_WORDS = new RegExp(String.raw`(?<![\p{L}])${MEAL}(?![\p{L}])`, 'giu');

export function buysOutLodging(text: string): boolean {
  if (!LODGING_BEFORE.test(text) && !LODGING_AFTER.test(text)) return false;
  return [...text.matchAll(MEAL_WORDS)].every((m) => /buy-?out/i.test(m[0]));
}
