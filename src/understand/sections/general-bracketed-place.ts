/**
 * "FRIDAY 19TH – SHOW DAY (Hall Name, 14 Harbour Avenue, Riverside)": a heading's words for the day, then the
 * place in brackets. The bracket holds the venue and its address whole; the words before it name no place.
 */
const HEADING_THEN_BRACKET = /^([^()]{1,40}?)\s*\(([^()]+)\)\s*$/u;

/** The bracketed place of a heading segment, with its offset in the segment, or the segment itself. */
export function bracketedPlace(segment: string): { text: string; at: number } {
  const m = HEADING_THEN_BRACKET.exec(segment);
  // Only a heading's words stand before it: in capitals, no comma (a venue's own "(Müritz)" follows its name).
  if (!m || m[1]!.includes(',') || m[1] !== m[1]!.toUpperCase() || !m[2]!.includes(',')) return { text: segment, at: 0 };
  return { text: m[2]!, at: segment.indexOf(m[2]!) };
}
