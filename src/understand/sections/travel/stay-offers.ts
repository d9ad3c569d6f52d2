/**
 * A booking site's offers: below the booked stay, a confirmation advertises other lodgings of the
 * town, each with a starting price per night ("desde 58 € / noche", "from £74 a night", "ab 89 € pro
 * Nacht", "à partir de 60 € / nuit"). A statement quoting such a price names a lodging for sale, not
 * one booked, so the hotels section reads no stay from it. An airline's page advertises a partner's
 * lodgings in a box beside the booking: the price heads the box ("Hotels in Lyon from €64 a night"), and
 * the lodging it names lines below ("e.g. Hotel X ★★★ · 23 → 24 May · 2 adults"), a part of that offer.
 */

const FROM = String.raw`(?:from|starting at|desde|a partir de|ab|à partir de|dès|vanaf|fr[åa]n|da|a partire da)`;
const MONEY = String.raw`(?:[€£$]\s*\d[\d.,]*|\d[\d.,]*\s*(?:€|£|\$|eur|euros?|gbp|usd|sek|kr|dkk|nok|chf))`;
const PER_NIGHT = String.raw`(?:\/\s*|per\s+|a\s+|pro\s+|por\s+|par\s+|la\s+|the\s+)?(?:night|noche|nacht|nuit|natt|notte)\b`;
const OFFER_PRICE = new RegExp(String.raw`(?<![\p{L}])${FROM}\s+${MONEY}\s*${PER_NIGHT}`, 'iu');

/** Whether the text quotes a lodging's starting price per night. */
export function quotesOfferPrice(text: string): boolean {
  return OFFER_PRICE.test(text);
}

/** How many lines above a lodging's line an offer box's price heading may stand. */
const BOX_LINES = 3;

/** Whether one of the lines just above the line starting at `lineStart` (no blank line between) quotes a lodging's starting price per night. */
export function underOfferPrice(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let k = 0; k < BOX_LINES && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!line.trim()) return false;
    if (quotesOfferPrice(line)) return true;
    end = start - 1;
  }
  return false;
}
