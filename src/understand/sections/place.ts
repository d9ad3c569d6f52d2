/**
 * Addresses: the city and country they name. "Rheinweg 12, 79539 Lörrach" → Lörrach;
 * "Havnegade 4, 8000 Aarhus C, Denmark" → Aarhus, DK; "9 Mill Lane, Leeds LS1 4AB" → Leeds.
 * The city is the last comma part that is not a country, without its postcode (before it: digits,
 * Dutch "1019 BM", "SE-"; after it: British outward/inward codes) or a one-letter postal district.
 */
import { countryCode, countryOfCity } from '../../reference/index.js';

export interface Place {
  city: string | null;
  country: string | null;
  /** Where the city sits within the address text. */
  cityIndex: number | null;
}

const LEADING_POSTCODE = /^(?:[A-Z]{1,2}[- ])?(?:\d{4}-\d{3}|\d{2}-\d{3}|\d{3,5}(?:\s?\d{2})?)(?:\s?[A-Z]{2}(?=\s))?\s+/;
const TRAILING_POSTCODE = /\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{4,6})$/;
const DISTRICT = /\s+[A-ZÆØÅ]$/;

export function placeOf(address: string): Place {
  const parts = address.split(',').map((p) => p.trim()).filter(Boolean);
  let country: string | null = null;
  let i = parts.length - 1;
  if (parts.length > 1) {
    const c = countryCode(parts[i]!.replace(/\.$/, ''));
    if (c) { country = c; i--; }
  }
  for (; i >= 0; i--) {
    const part = parts[i]!.replace(/\.$/, '');
    const hasPostcode = LEADING_POSTCODE.test(part) || TRAILING_POSTCODE.test(part);
    const city = part.replace(LEADING_POSTCODE, '').replace(TRAILING_POSTCODE, '').replace(DISTRICT, '').trim();
    // A street ("Rheinweg 12") is not a city: a city has no digits and, in a one-part address, a postcode.
    if (!city || /\d/.test(city) || (i === 0 && parts.length > 1) || (!hasPostcode && parts.length === 1)) continue;
    return { city, country: country ?? countryOfCity(city), cityIndex: address.indexOf(city) };
  }
  return { city: null, country, cityIndex: null };
}

/**
 * Whether a found address is a street's and not a count or an amount the address pattern also takes
 * ("6 Personen", "500 USD", "2 twins at …"): one that starts with its number needs a postcode or city
 * part after a comma ("12 Potato Wharf, Manchester").
 */
export function isStreetAddress(address: string): boolean {
  return !/^\d/.test(address) || address.includes(',');
}
