/**
 * A contact's company is the name of a firm. Text that reads as something else the reader picked up
 * beside the person is none: a page footer ("Page 1", "Sayfa 2"), a sum of money ("Guarantee of EUR 2",
 * "€ 450"), a phone or e-mail label ("Driver's mobile", "Mobil *") or a town with its postcode
 * ("Manchester M4 5JD"), a unit of a building ("Unit 4", "Suite 210"), or a contract's article number
 * ("Article 7", Macedonian "Член 7").
 */
import { currencyFromSymbol, isCurrencyCode } from '../../reference/index.js';
import { countryOfPostcode } from '../normalise/postcode-country.js';
import { labelKey } from '../text/lexicon.js';

/** "Page 2", "Seite 2 von 4", "Sayfa 1", "Strona 3": a page's footer number in the languages we read. */
const PAGE_FOOTER = /^(?:page|pg\.?|seite|sida|side|p[áa]gina|sayfa|strona|strana|str[áa]nka|oldal|sivu|blad|lapa|lehek[üu]lg|puslapis)\s*\d+\b/iu;

/** "Article 7", "Art. 4", "§ 5", "Članak 3", "Член 7", "Статья 2": a contract's article, alone or before its topic. */
const ARTICLE_NUMBER = /^(?:art(?:\.|icle|ikel|icolo|ículo|igo)?|§|čl(?:\.|anak|en|ánek)|член|чл\.|статья|стаття|клаузула)\s*\d+[a-z]?\b/iu;

/** "Unit 4", "Suite 210", "Flat 2B", "Bâtiment C": the first part of an address line, the unit in a building. */
const BUILDING_UNIT = /^(?:unit|suite|flat|apt\.?|apartment|floor|building|bldg\.?|b[âa]timent|bureau|local|piso|etage|stock)\s+\d*[a-z]?\d*$/iu;

/** A currency (code or sign) written against a figure that ends the value ("… of EUR 2", "450 €"), not a name's number ("TOP 40 Events"). */
const CURRENCY_AMOUNT = /(?<![\p{L}])(\p{Lu}{3}|[€£$¥₩])\s?\d[\d.,\s]*$|\d\s?(\p{Lu}{3}|[€£$¥₩])$/u;

function namesMoney(value: string): boolean {
  const m = CURRENCY_AMOUNT.exec(value);
  const unit = m?.[1] ?? m?.[2];
  return !!unit && (unit.length === 3 ? isCurrencyCode(unit) : currencyFromSymbol(unit) !== null);
}

/** Its last word is a phone or e-mail label ("Driver's mobile", "Mobil *"). */
function endsInContactLabel(value: string): boolean {
  const last = value.replace(/[^\p{L}\s]/gu, ' ').trim().split(/\s+/).at(-1);
  if (!last) return false;
  const key = labelKey(last);
  return key === 'phone' || key === 'email';
}

/** One word, then a postcode whose shape names its country: a town's line of an address. */
function isTownWithPostcode(value: string): boolean {
  return countryOfPostcode(value) !== null && /^\p{Lu}[\p{L}-]+\s+\S+\s?\S*$/u.test(value.trim());
}

export function isCompanyName(value: string): boolean {
  const v = value.trim();
  return !PAGE_FOOTER.test(v) && !ARTICLE_NUMBER.test(v) && !BUILDING_UNIT.test(v) && !namesMoney(v) && !endsInContactLabel(v) && !isTownWithPostcode(v);
}
