/**
 * A transfer line that names its item, then its route after a comma or colon: "Bus call, hotel lobby → venue",
 * "Shuttle, Hotel Nord -> festival site", "Runner pick-up: hotel → radio studio". The arrow may be read by OCR as a spaced dash
 * ("hotel lobby - venue").
 */
const NAMED_ROUTE = /^(?<name>[^,:]{2,30}?)[,:]\s*(?<from>[^,]{2,60}?)\s*(?:→|->|–>|=>|\s[-–—]\s)\s*(?<to>[^,]{2,60}?)\s*$/u;

export interface NamedRoute {
  name: { value: string; index: number };
  from: { value: string; index: number };
  to: { value: string; index: number };
}

/**
 * Without the comma the name ends at its ride word, and only an arrow parts origin and destination:
 * "Artist shuttle Hotel Nord -> festival site".
 */
const RIDE_THEN_ROUTE = /^(?<name>(?:[\p{L}&'’-]+\s+){0,2}?(?:shuttle|bus|mini-?bus|van|transfer|taxi|pick-?up|nightliner)s?),?\s+(?<from>[^,]{2,60}?)\s*(?:→|->|–>|=>)\s*(?<to>[^,]{2,60}?)\s*$/iu;

/** The item's name, origin and destination in `text`, each with its offset in `text`. */
export function namedRoute(text: string): NamedRoute | null {
  const m = NAMED_ROUTE.exec(text) ?? RIDE_THEN_ROUTE.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const fromAt = text.indexOf(g.from!, g.name!.length + 1);
  return {
    name: { value: g.name!.trim(), index: text.indexOf(g.name!.trim()) },
    from: { value: g.from!, index: fromAt },
    to: { value: g.to!, index: text.lastIndexOf(g.to!) },
  };
}
