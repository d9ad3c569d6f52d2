/**
 * ISO 4217 currencies: codes (from the ICU data bundled with Node) and the symbols documents use.
 * Symbols that several currencies share ("kr", "$") are resolved by the country of the context.
 */
let isoCodes: Set<string> | undefined;
/** ISO 4217 codes as the runtime's ICU knows them (bundled with Node, no network). */
export function isCurrencyCode(code: string): boolean {
  isoCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return isoCodes.has(code.toUpperCase());
}

const KRONA_BY_COUNTRY: Record<string, string> = { SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK', FO: 'DKK' };
const DOLLAR_BY_COUNTRY: Record<string, string> = { AU: 'AUD', CA: 'CAD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', MX: 'MXN', TW: 'TWD' };

/** A currency symbol or word → ISO code, using the context's country for shared symbols. */
export function currencyFromSymbol(symbol: string, country?: string | null): string | null {
  const s = symbol.trim().toLowerCase().replace(/\.$/, '');
  const c = country?.toUpperCase() ?? '';
  if (s === '€' || s === 'euro' || s === 'euros' || s === 'eur') return 'EUR';
  if (s === '£' || s === 'gbp') return 'GBP';
  if (s === '¥') return 'JPY';
  // The won, as its sign and as Korean writes it after the amount ("18,000,000원").
  if (s === '₩' || s === '원') return 'KRW';
  if (s === 'chf' || s === 'fr' || s === 'sfr') return 'CHF';
  if (s === 'zł' || s === 'zl') return 'PLN';
  if (s === 'kč') return 'CZK';
  if (s === '₪') return 'ILS';
  if (s === 'лв') return 'BGN';
  if (s === 'ft' || s === 'forint') return 'HUF';
  if (s === 'r$') return 'BRL';
  // The đồng, as Vietnam writes it after the amount ("15.000.000 VNĐ") and by its sign.
  if (s === 'vnđ' || s === '₫') return 'VND';
  // The ringgit, as Malaysia writes it before the amount ("RM 38,000").
  if (s === 'rm') return 'MYR';
  if (s === '₾') return 'GEL';
  if (s === '₹') return 'INR';
  if (s === '₦') return 'NGN';
  if (s === 'nt$') return 'TWD';
  if (s === 'hk$') return 'HKD';
  if (s === 'c$' || s === 'ca$' || s === '$ ca' || s === '$ca') return 'CAD';
  if (s === 'kr' || s === ':-' || s === 'kronor' || s === 'kroner') return KRONA_BY_COUNTRY[c] ?? 'SEK';
  // "USD", "US$" name the US dollar wherever the show is; a bare "$" is the country's own dollar or peso.
  if (s === 'us$' || s === 'usd') return 'USD';
  if (s === '$') return DOLLAR_BY_COUNTRY[c] ?? 'USD';
  if (/^[a-z]{3}$/.test(s) && isCurrencyCode(s)) return s.toUpperCase();
  return null;
}

