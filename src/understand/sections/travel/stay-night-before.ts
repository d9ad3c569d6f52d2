/**
 * "natt til søndag 28. november", "natten till lördag 6/11", "nat til søndag": Scandinavian names a
 * hotel night by the morning it ends in. The date written after "natt(en) til(l)" is the check-out;
 * the check-in is the day before.
 */
import type { DateMatch } from '../../normalise/index.js';

const NIGHT_TO = /\bnat(?:t|ten)?\s+till?\s+(?:\p{L}+\s+)?$/iu;

/** The date `dates` holds right after a "natt til" phrase of `text`, if any. */
export function nightEndingOn(text: string, dates: DateMatch[]): DateMatch | undefined {
  return dates.find((d) => NIGHT_TO.test(text.slice(Math.max(0, d.index - 30), d.index)));
}
