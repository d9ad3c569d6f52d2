/**
 * A venue's address that ends in a district the reference data does not know as a city ("…, 14 Harbour Avenue,
 * East Legon", "…, Mill Road, Old Town"): many cities' addresses stop at the district. The mail then names
 * the city elsewhere: in its subject ("Act – Accra Fri 19/03 – advance") or as the tour's stop ("your Madurai
 * stop", "our Leeds show"). A city the reference knows, read from the address, stays; so does a labelled one.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { countryOfCity } from '../../reference/index.js';
import { evidenceAt, isMail } from '../text/index.js';

/** A mail's subject line as its text carries it (a pasted or forwarded header too). */
export const SUBJECT = /^Subject:[ \t]*(.+)$/im;
/** A subject's parts: "Act – City Fri 19/03 – advance". */
const PART = /[^–—|·-]+/g;
/** "your Madurai stop", "our Leeds show", "the Porto date": a tour's stop named by its city. */
const CITY_STOP = /(?<!\p{L})(?:your|our|the)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)[ \t]+(?:stop|show|gig|date|leg)(?!\p{L})/gu;

interface Named { city: string; at: number }

/** The first known city opening a part of the subject (one or two words). */
function subjectCity(text: string): Named | null {
  const m = SUBJECT.exec(text);
  if (!m) return null;
  const subjectAt = m.index + m[0].indexOf(m[1]!);
  for (const part of m[1]!.matchAll(PART)) {
    const words = part[0].trim().split(/\s+/);
    for (const n of [2, 1]) {
      const city = words.slice(0, n).join(' ');
      if (words.length >= n && /^\p{Lu}/u.test(city) && countryOfCity(city)) {
        return { city, at: subjectAt + part.index! + part[0].indexOf(city) };
      }
    }
  }
  return null;
}

function stopCity(text: string): Named | null {
  for (const m of text.matchAll(CITY_STOP)) {
    if (countryOfCity(m[1]!)) return { city: m[1]!, at: m.index + m[0].indexOf(m[1]!) };
  }
  return null;
}

export function cityFromMail(source: ExtractedSource, draft: Draft<General>): void {
  const city = draft.city;
  // "Quezon City", "Makati City": a part named a city is one, known to the reference or not.
  if (!isMail(source) || !city || city.method !== 'inferred' || countryOfCity(city.value) || /\bCity$/.test(city.value)) return;
  const named = subjectCity(source.text) ?? stopCity(source.text);
  if (named) draft.city = found(named.city, evidenceAt(source, [named.at, named.at + named.city.length], 'inferred'));
}
