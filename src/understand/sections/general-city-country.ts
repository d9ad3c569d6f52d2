/**
 * A city name that several countries have ("Aberdeen", "Perth", "Cambridge"): the show's is the one
 * in the country every e-mail address of the source names by its domain (".co.uk", ".de"), when that
 * country is one of them. A source whose addresses name no country, or several, decides nothing.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { EMAIL_IN_TEXT } from '../normalise/index.js';
import { countriesOfCity } from '../../reference/index.js';
import { countryOfEmail } from './people.js';

export function countryOfAmbiguousCity(source: ExtractedSource, city: string): string | null {
  const candidates = countriesOfCity(city);
  if (candidates.length < 2) return null;
  const named = new Set([...source.text.matchAll(EMAIL_IN_TEXT)].map((m) => countryOfEmail(m[0].toLowerCase())).filter((c): c is string => !!c));
  const [only] = named;
  return named.size === 1 && only && candidates.includes(only) ? only : null;
}
