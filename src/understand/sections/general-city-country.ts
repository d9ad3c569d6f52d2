/**
 * A city name that several countries have ("Aberdeen", "Perth", "Cambridge"): the show's is the one
 * in the country every e-mail address of the source names by its domain (".co.uk", ".de"), when that
 * country is one of them. A source whose addresses name no country, or several, decides nothing;
 * without addresses, the numbering plan its national-form phones fit decides.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { EMAIL_IN_TEXT, PHONE_IN_TEXT } from '../normalise/index.js';
import { countriesOfCity } from '../../reference/index.js';
import { countryOfEmail } from './people.js';

export function countryOfAmbiguousCity(source: ExtractedSource, city: string): string | null {
  const candidates = countriesOfCity(city);
  if (candidates.length < 2) return null;
  const only = soleEmailCountry(source);
  if (only) return candidates.includes(only) ? only : null;
  return soleNationalPhoneCountry(source, candidates);
}

/**
 * Phones written in national form ("07700 900417") fit one numbering plan: the one candidate
 * country in whose plan every such number of the source is a possible one, when only one is.
 */
function soleNationalPhoneCountry(source: ExtractedSource, candidates: string[]): string | null {
  const national = [...source.text.matchAll(PHONE_IN_TEXT)].map((m) => m[0].trim()).filter((p) => /^\(?0[1-9]/.test(p));
  if (!national.length) return null;
  const fitting = candidates.filter((c) => national.every((p) => parsePhoneNumberFromString(p, c as CountryCode)?.isPossible() === true));
  return fitting.length === 1 ? fitting[0]! : null;
}

/** The one country every e-mail address of the source names by its domain, else null. */
function soleEmailCountry(source: ExtractedSource): string | null {
  const named = new Set([...source.text.matchAll(EMAIL_IN_TEXT)].map((m) => countryOfEmail(m[0].toLowerCase())).filter((c): c is string => !!c));
  const [only] = named;
  return named.size === 1 && only ? only : null;
}

/** Countries writing a five-digit postcode before the city ("80331 München", "75011 Paris", "00184 Roma"). */
const FIVE_DIGIT_BEFORE_CITY = new Set(['DE', 'FR', 'IT', 'ES', 'FI', 'HR', 'EE', 'LT', 'MC', 'SM']);
/** After the street and a comma: a number opening the address is a house number ("12000 Ventura Blvd"). */
const FIVE_DIGIT_POSTCODE = /(?<=,[^\S\n]*)\d{5}[^\S\n]+\p{Lu}/u;

/**
 * A city the gazetteer does not know, its address writing a five-digit postcode before it
 * ("Gartenweg 3, 79098 Kleinstadt"): the show's country is the one every e-mail address of the
 * source names by its domain (".de"), when that country writes its postcodes so.
 */
export function countryOfPostcodeByEmails(source: ExtractedSource, address: string): string | null {
  if (!FIVE_DIGIT_POSTCODE.test(address)) return null;
  const only = soleEmailCountry(source);
  return only && FIVE_DIGIT_BEFORE_CITY.has(only) ? only : null;
}
