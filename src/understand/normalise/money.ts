/**
 * Money + currency: "EUR 4,500", "4.500 €", "SEK 45 000:-", "$2,500.00", "6.750,50 €" → amount in
 * the major unit and an ISO 4217 code. Symbols that several currencies share ("kr", "$") are
 * resolved by the country of the context when one is known.
 */
import { currencyFromSymbol } from '../../reference/currencies.js';
import { spelledAmount } from './spelled-amount.js';

export interface Money {
  amount: number;
  currency: string | null;
}

/** "4.500" / "4,500.00" / "45 000" / "6.750,50" → number. */
export function parseAmount(text: string): number | null {
  let t = text.replace(/[\s\u00a0\u202f']/g, '').replace(/[:,.]-+$/, '').replace(/,-$/, '');
  if (!/^\d[\d.,]*$/.test(t)) return null;
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let decimalSep: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalSep = lastDot > lastComma ? '.' : ',';
  else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    // One separator followed by exactly three digits groups thousands; otherwise it is the decimal.
    if (sep && (t.split(sep).length > 2 || t.length - t.lastIndexOf(sep) - 1 === 3)) decimalSep = null;
    else decimalSep = sep;
  }
  const thousands = decimalSep === '.' ? ',' : decimalSep === ',' ? '.' : /[.,]/;
  const [int, frac] = decimalSep ? [t.slice(0, t.lastIndexOf(decimalSep)), t.slice(t.lastIndexOf(decimalSep) + 1)] : [t, ''];
  t = int.split(thousands).join('') + (frac ? `.${frac}` : '');
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

// "9 000 zł", "25 000 Kč", "2 300 000 Ft", "92,000 ₪", "2 500 лв.": the Polish, Czech, Hungarian, Israeli and Bulgarian symbols; "3 800 $ CA",
// "C$ 500": the Canadian dollar as Quebec and English Canada write it; "R$ 32.000,00" the Brazilian real;
// "NT$ 450,000", "HK$ 80,000": the Taiwan and Hong Kong dollars.
// "3 200 000 тенге", "1 350 000 ₸", "150 000 руб.", "48 000 грн": the tenge, rouble and hryvnia as Russian and Ukrainian write them.
// "15.000.000 VNĐ", "₫": the Vietnamese đồng.
// "13 500 ₾", "₹1,499": the Georgian lari and the Indian rupee by their signs.
// "RM 38,000.00": the Malaysian ringgit, only right before its amount.
const SYMBOL = String.raw`(?:VNĐ|(?<![A-Za-z])RM(?=\s?\d)|[A-Z]{3}|₫|€|£|\$ ?CA\b|CA?\$|R\$|NT\$|HK\$|\$|US\$|¥|₩|kr\.?|SFr\.?|CHF|euros?|Euro|zł|Kč|Ft\b|₪|лв\.?|₸|тенге(?![а-яё])|₽|руб(?:\.|лей|ля|ль)?(?![а-яё])|₴|грн\.?(?![а-яё])|₱|₾|₹)`;
const CYRILLIC_CURRENCY: [RegExp, string][] = [[/^(?:₸|тенге)$/, 'KZT'], [/^(?:₽|руб)/, 'RUB'], [/^(?:₴|грн)/, 'UAH']];
// "۳۵٬۰۰۰ دلار کانادا", "۹۰۰ یورو": Persian currency words after the amount; a bare "دلار" is the "$" of the country.
const PERSIAN_CURRENCY: [RegExp, string][] = [[/^دلار کانادا/, 'CAD'], [/^دلار آمریکا/, 'USD'], [/^یورو/, 'EUR'], [/^پوند/, 'GBP']];
const PERSIAN_WORD = String.raw`دلار(?: کانادا| آمریکا)?(?![\u0600-\u06FF])|یورو(?![\u0600-\u06FF])|پوند(?![\u0600-\u06FF])`;
// "12 000 ԱՄՆ դոլար", "7 000 ՀՀ դրամ", "900 եվրո", "֏": Armenian currency words after the amount, with their case endings.
const ARMENIAN_CURRENCY: [RegExp, string][] = [[/^ԱՄՆ/, 'USD'], [/^(?:ՀՀ )?դրամ|^֏/, 'AMD'], [/^եվրո/, 'EUR']];
const ARMENIAN_WORD = String.raw`(?:ԱՄՆ դոլար|(?:ՀՀ )?դրամ|եվրո)(?:ի|ով|ը|յի|յով)?(?![\u0531-\u0587])|֏`;
function currencyOf(symbol: string, country?: string | null): string | null {
  // "₱450,000": the Philippine peso's sign.
  if (symbol.trim() === '₱') return 'PHP';
  if (symbol === 'دلار') return currencyFromSymbol('$', country);
  return [...CYRILLIC_CURRENCY, ...PERSIAN_CURRENCY, ...ARMENIAN_CURRENCY].find(([re]) => re.test(symbol.trim()))?.[1] ?? currencyFromSymbol(symbol, country);
}
// Korean "원" (won) follows its amount only: before a number it ends ordinary words ("인원 300명", a headcount).
const SYMBOL_AFTER = String.raw`(?:${SYMBOL}|원|${PERSIAN_WORD}|${ARMENIAN_WORD})`;
// "2,50,000": India groups by lakhs (two digits) above the first thousand.
const AMOUNT = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const money = (spelled: string) =>
  String.raw`(?<pre>${SYMBOL})\s?(?<a1>${AMOUNT})(?:[.,]-|:-)?|(?<a2>${AMOUNT})(?:[.,]-|:-)?${spelled}\s?(?<post>${SYMBOL_AFTER}|:-)?`;
// A contract spells its amount out in brackets before the currency ("4 200 (four thousand two hundred) EUR"): the
// words are skipped when they spell that amount — not other words ("set 2 (late slot) EUR 1 800": the euros are 1 800's).
const MONEY_SPELLED = new RegExp(money(String.raw`(?:\s?\((?<spelled>[^()\d\n]{3,80})\)(?=\s?${SYMBOL_AFTER}))?`), 'g');
const MONEY_PLAIN = new RegExp(money(''), 'y');

/** Every amount in `text` with its currency sign or code (in groups pre/a1 or a2/post), as `text.matchAll` would give them. */
export function* moneyInText(text: string): Generator<RegExpExecArray> {
  const re = new RegExp(MONEY_SPELLED);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const said = m.groups!.spelled;
    if (said !== undefined && spelledAmount(said) !== parseAmount(m.groups!.a2!)) {
      MONEY_PLAIN.lastIndex = m.index;
      m = MONEY_PLAIN.exec(text)!;
      re.lastIndex = m.index + m[0].length;
    }
    yield m;
  }
}

const CJK_COUNTER = /[명개석장인매人名枚席張个位]/u;

/** The first amount in `text` with its currency (null when none is written). */
export function normaliseMoney(text: string, country?: string | null): Money | null {
  for (const m of moneyInText(text)) {
    const g = m.groups!;
    const sym = g.pre ?? g.post ?? null;
    const currency = sym ? currencyOf(sym, country) : null;
    if (sym && !currency) continue;
    // "300명", "120席": a Korean, Japanese or Chinese counter after the number counts people, seats or tickets.
    if (!sym && CJK_COUNTER.test(text.charAt(m.index + m[0].length))) continue;
    const amount = parseAmount(g.a1 ?? g.a2 ?? '');
    if (amount != null) return { amount, currency };
  }
  return null;
}
