/**
 * A booking site's offers: below the booked stay, a confirmation advertises other lodgings of the
 * town, each with a starting price per night ("desde 58 € / noche", "from £74 a night", "ab 89 € pro
 * Nacht", "à partir de 60 € / nuit"). A statement quoting such a price names a lodging for sale, not
 * one booked, so the hotels section reads no stay from it.
 */

const FROM = String.raw`(?:from|starting at|desde|a partir de|ab|à partir de|dès|vanaf|fr[åa]n|da|a partire da)`;
const MONEY = String.raw`(?:[€£$]\s*\d[\d.,]*|\d[\d.,]*\s*(?:€|£|\$|eur|euros?|gbp|usd|sek|kr|dkk|nok|chf))`;
const PER_NIGHT = String.raw`(?:\/\s*|per\s+|a\s+|pro\s+|por\s+|par\s+|la\s+|the\s+)?(?:night|noche|nacht|nuit|natt|notte)\b`;
const OFFER_PRICE = new RegExp(String.raw`(?<![\p{L}])${FROM}\s+${MONEY}\s*${PER_NIGHT}`, 'iu');

/** Whether the text quotes a lodging's starting price per night. */
export function quotesOfferPrice(text: string): boolean {
  return OFFER_PRICE.test(text);
}
