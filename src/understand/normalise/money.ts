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
// "13 500 ₾", "₹1,499", "₦450,000": the Georgian lari, the Indian rupee and the Nigerian naira by their signs.
// "RM 38,000.00": the Malaysian ringgit, only right before its amount.
// "R64 000,00", "R 2,500": the South African rand, right before an amount of hundreds or more (not "R2", a row or a road);
// only for a show in South Africa (currencyOf): elsewhere "R205" is a room, "R 101" a road.
const SYMBOL = String.raw`(?:VNĐ|(?<![A-Za-z])RM(?=\s?\d)|(?<![A-Za-z\d])R(?=\s?\d{1,3}(?:[ \u00a0.,]\d{3})+(?!\d)|\s?\d{3,})|[A-Z]{3}|₫|€|£|\$ ?CA\b|CA?\$|R\$|NT\$|HK\$|\$|US\$|¥|₩|kr\.?|SFr\.?|CHF|euros?|Euro|zł|Kč|Ft\b|₪|лв\.?|₸|тенге(?![а-яё])|₽|руб(?:\.|лей|ля|ль)?(?![а-яё])|₴|грн\.?(?![а-яё])|₱|₾|₹|₦)`;
const CYRILLIC_CURRENCY: [RegExp, string][] = [[/^(?:₸|тенге)$/, 'KZT'], [/^(?:₽|руб)/, 'RUB'], [/^(?:₴|грн)/, 'UAH']];
// "۳۵٬۰۰۰ دلار کانادا", "۹۰۰ یورو": Persian currency words after the amount; a bare "دلار" is the "$" of the country.
const PERSIAN_CURRENCY: [RegExp, string][] = [[/^دلار کانادا/, 'CAD'], [/^دلار آمریکا/, 'USD'], [/^یورو/, 'EUR'], [/^پوند/, 'GBP']];
const PERSIAN_WORD = String.raw`دلار(?: کانادا| آمریکا)?(?![\u0600-\u06FF])|یورو(?![\u0600-\u06FF])|پوند(?![\u0600-\u06FF])`;
// "12 000 ԱՄՆ դոլար", "7 000 ՀՀ դրամ", "900 եվրո", "֏": Armenian currency words after the amount, with their case endings.
const ARMENIAN_CURRENCY: [RegExp, string][] = [[/^ԱՄՆ/, 'USD'], [/^(?:ՀՀ )?դրամ|^֏/, 'AMD'], [/^եվրո/, 'EUR']];
const ARMENIAN_WORD = String.raw`(?:ԱՄՆ դոլար|(?:ՀՀ )?դրամ|եվրո)(?:ի|ով|ը|յի|յով)?(?![\u0531-\u0587])|֏`;
// "24 000 AQSh dollari", "96 500 000 soʻm", "5 000 yevro": Uzbek currency words after the amount, with their case endings.
const UZBEK_CURRENCY: [RegExp, string][] = [[/^AQSh/, 'USD'], [/^so[ʻ'‘’]m/i, 'UZS'], [/^yevro/i, 'EUR']];
const UZBEK_WORD = String.raw`(?:AQSh dollar|so[ʻ'‘’]m|yevro)(?:i|ida|ga|da|dan|ni)?(?![A-Za-zʻ'])`;
// "۴۲ لاکھ روپے": the rupee as Urdu writes it after the amount, Pakistan's unless the show is in India.
const URDU_RUPEE = String.raw`روپ(?:ے|یہ|وں)(?![\u0600-\u06FF])`;
// "۴۲ لاکھ", "2.5 crore", "450 သိန်း": South Asian and Burmese scale words after an amount (a lakh is 100,000, a crore 100 lakh).
const SCALE = String.raw`\s?(?:لاکھ|کروڑ|lakhs?|crores?|သိန်း)(?![\u0600-\u06FFA-Za-z\u1000-\u109F])`;
// "₦27m", "$1.2 million", "£8.5k": a million or a thousand written short, only right after a sign and its amount
// (an amount alone with "m" is metres: "12m x 8m"). A lone letter is glued to its amount: "USD 6,500.00 más IVA" is no million;
// nor is a unit's "m" after a sign: "€15m² per day", "£4/m", a price per square metre.
const SHORT_SCALE = String.raw`(?:[mk]|\s?(?:mn|million))(?![A-Za-z\u00C0-\u024F\d²³/])`;
const scaleOf = (word: string | undefined) =>
  !word ? 1 : /کروڑ|crore/i.test(word) ? 10_000_000 : /^\s?(?:m|mn|million)$/.test(word) ? 1_000_000 : word === 'k' ? 1000 : 100_000;
// "ကျပ် 500,000", "ကျပ်သိန်း 450" (kyat lakhs, the scale before the amount), "500,000 ကျပ်": the Burmese kyat.
const KYAT = String.raw`ကျပ်(?<prescale>သိန်း)?`;
function currencyOf(symbol: string, country?: string | null): string | null {
  // "₱450,000": the Philippine peso's sign.
  if (symbol.trim() === '₱') return 'PHP';
  if (/^روپ/.test(symbol)) return country?.toUpperCase() === 'IN' ? 'INR' : 'PKR';
  if (symbol.startsWith('ကျပ်')) return 'MMK';
  if (symbol.trim() === 'R') return country?.toUpperCase() === 'ZA' ? 'ZAR' : null;
  if (symbol === 'دلار') return currencyFromSymbol('$', country);
  return [...CYRILLIC_CURRENCY, ...PERSIAN_CURRENCY, ...ARMENIAN_CURRENCY, ...UZBEK_CURRENCY].find(([re]) => re.test(symbol.trim()))?.[1] ?? currencyFromSymbol(symbol, country);
}
// Korean "원" (won) follows its amount only: before a number it ends ordinary words ("인원 300명", a headcount).
// An Uzbek currency word is tried first: "AQSh" (USA) would read as a three-letter code.
const SYMBOL_AFTER = String.raw`(?:${UZBEK_WORD}|${SYMBOL}|원|${PERSIAN_WORD}|${ARMENIAN_WORD}|${URDU_RUPEE}|ကျပ်)`;
// "2,50,000": India groups by lakhs (two digits) above the first thousand.
const AMOUNT = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const money = (spelled: string) =>
  String.raw`(?<pre>${SYMBOL}|${KYAT})\s?(?<a1>${AMOUNT})(?<scale1>${SCALE}|${SHORT_SCALE})?(?:[.,]-|:-)?|(?<a2>${AMOUNT})(?<scale2>${SCALE})?(?:[.,]-|:-)?${spelled}\s?(?<post>${SYMBOL_AFTER}|:-)?`;
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
    // A letter R that is no rand ("Room R205") leaves its number a bare amount.
    if (sym && !currency && sym.trim() !== 'R') continue;
    // "300명", "120席": a Korean, Japanese or Chinese counter after the number counts people, seats or tickets.
    if (!sym && CJK_COUNTER.test(text.charAt(m.index + m[0].length))) continue;
    const amount = parseAmount(g.a1 ?? g.a2 ?? '');
    // Rounded to the rupee: "2.3 lakh" is 230,000, not a float's 229,999.99….
    const scale = g.prescale ?? g.scale1 ?? g.scale2;
    if (amount != null) return { amount: scale ? Math.round(amount * scaleOf(scale)) : amount, currency };
  }
  return null;
}
