/**
 * A postal address written over two lines, as US (and British) blocks print it:
 *
 *   1318 N Front St
 *   Philadelphia, PA 19122
 *
 * The street line alone names no city (its last words would be read as one), so the line below it
 * that reads as a city with its state and ZIP or postcode completes it: "1318 N Front St,
 * Philadelphia, PA 19122". Also skips the rule lines ("-----", "=====") a text layout draws
 * between a heading and its block.
 */
import type { Line } from '../text/index.js';
import { placeOf } from './place.js';

export const RULE_LINE = /^\s*(?:[-=_*~#]\s?){3,}\s*$/;

/** "Philadelphia, PA 19122", "Leeds LS1 4AB", "79539 Lörrach": a city line of its own, no street and no label. */
function cityLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 60 || /:|@/.test(t) || !/\d/.test(t)) return false;
  const place = placeOf(`x 1, ${t}`);
  return !!place.city && place.cityIndex !== null;
}

export interface SplitAddress { text: string; start: number; end: number; city: string | null; cityAt: number | null; country: string | null }

/** The street on `street` joined with the city line right below it (`next`), or null when `next` is no city line. */
export function streetAndCityLine(street: Line, next: Line | undefined): SplitAddress | null {
  if (!next || !cityLine(next.text)) return null;
  const s = street.text.trim().replace(/,$/, '');
  const c = next.text.trim();
  const text = `${s}, ${c}`;
  const place = placeOf(text);
  if (!place.city || place.cityIndex === null || place.cityIndex < s.length) return null;
  const cStart = next.start + next.text.indexOf(c);
  return {
    text, start: street.start + street.text.indexOf(s), end: cStart + c.length,
    city: place.city, cityAt: cStart + (place.cityIndex - s.length - 2), country: place.country,
  };
}
