/**
 * A show label over the day and the place rather than a time: "Show: Thu 11 Nov 2027, Bridewell
 * Hall, Nottingham", as a rooming list or an annotated rider heads its page. The value opens with
 * the date (a weekday may stand before it, with or without a comma), then the venue, then its city
 * (a city the reference data knows) or its street and city. A value with a clock time is a set
 * time and is left to the schedule.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { findDates, findTimes, normaliseDate } from '../normalise/index.js';
import { countryOfCity } from '../../reference/index.js';
import { evidenceAt, read, type Labelled } from '../text/index.js';
import { addVenue } from './general-venue.js';

/** A weekday written alone before the date's comma ("Thu, 11 Nov 2027"). */
const WEEKDAY_ONLY = /^\p{L}{2,11}\.?$/u;

export function fromDatedShowLine(source: ExtractedSource, draft: Draft<General>, l: Labelled): boolean {
  if (findTimes(l.value).length) return false;
  const parts: { text: string; at: number }[] = [];
  // "Fri, 14 May 2027 · Lakeview Hall, 932 Grand Ave, …": a middle dot parts the date from the place as a comma does.
  for (const m of l.value.matchAll(/[^,·•]+/g)) {
    const text = m[0].trim();
    if (text) parts.push({ text, at: l.span[0] + m.index + m[0].indexOf(text) });
  }
  const dateAt = parts.findIndex((p) => findDates(p.text).length);
  if (dateAt < 0 || dateAt > 1 || (dateAt === 1 && !WEEKDAY_ONLY.test(parts[0]!.text))) return false;
  const r = read(source);
  const date = normaliseDate(parts.slice(0, dateAt + 1).map((p) => p.text).join(', '), r.referenceDate ?? undefined);
  if (!date) return false;
  const dated = parts[dateAt]!;
  draft.date ??= found(date, evidenceAt(source, [parts[0]!.at, dated.at + dated.text.length], 'label', true));
  const place = parts.slice(dateAt + 1);
  if (!place.length || /\d/.test(place[0]!.text)) return true;
  const venue = place[0]!;
  if (place.length > 2) {
    // "…, Halle Nord, Hauptstraße 1, 10317 Berlin": the venue and its address.
    const from = venue.at - l.span[0];
    addVenue(draft, source, l.value.slice(from), venue.at, 'label');
    return true;
  }
  const city = place[1];
  if (city && !countryOfCity(city.text)) return true;
  draft.venue ??= found(venue.text, evidenceAt(source, [venue.at, venue.at + venue.text.length], 'label'));
  if (city) draft.city ??= found(city.text, evidenceAt(source, [city.at, city.at + city.text.length], 'label'));
  return true;
}
