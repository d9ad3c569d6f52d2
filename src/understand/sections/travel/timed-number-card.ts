/**
 * An airline's e-ticket receipt may print each leg as a card led by the number and the departure time
 * ("EY 18  21:35  Class: Economy"), the arrival time and the date on the lines below ("→ 07:10 +1" /
 * "Fri 6 Mar 2026"), and the route's two airports only a line or three further down ("Manchester (MAN)  Abu Dhabi (AUH)").
 * Such a number is a flight though no airport stands on its line or the next: its line gives a time,
 * and a line within the next four (no blank line between) names two airports in brackets.
 */
import { airportByCode } from '../../../reference/index.js';
import { findTimes } from '../../normalise/index.js';

const CODE_IN_BRACKETS = /\(([A-Z]{3})\)/g;
const LINES_BELOW = 4;

/** Whether the number ending at `numberEnd` (it opens its line) leads a timed card with its route below. */
export function timedNumberCard(text: string, numberEnd: number): boolean {
  const lineEnd = text.indexOf('\n', numberEnd);
  return lineEnd >= 0 && findTimes(text.slice(numberEnd, lineEnd)).length > 0 && routeBelow(text, lineEnd + 1);
}

/**
 * Whether a line within the next four from `start` (no blank line between) names two airports in brackets:
 * the route under a leg's card or columns (also travel/mid-column-number.ts).
 */
export function routeBelow(text: string, start: number): boolean {
  for (let k = 0; k < LINES_BELOW && start < text.length; k++) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const line = text.slice(start, end);
    if (!line.trim()) return false;
    const codes = new Set([...line.matchAll(CODE_IN_BRACKETS)].map((m) => m[1]!).filter((c) => !!airportByCode(c)));
    if (codes.size >= 2) return true;
    start = end + 1;
  }
  return false;
}
