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
 * "Artist shuttle Hotel Nord -> festival site". A remark after the destination's comma ("…, runner drives")
 * is no part of the route.
 */
const RIDE_THEN_ROUTE = /^(?<name>(?:[\p{L}&'’-]+\s+){0,2}?(?:shuttle|bus|mini-?bus|van|transfer|taxi|pick-?up|nightliner)s?),?\s+(?<from>[^,]{2,60}?)\s*(?:→|->|–>|=>)\s*(?<to>[^,]{2,60}?)\s*(?:,\s.*)?$/iu;

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

/**
 * "Port B (arr. Sun 24/10 09:15)", "Hamburg Hbf (Ankunft 14:05)": the arrival written in brackets after
 * a route's destination is when the ride ends, no part of the place. The destination without the
 * bracket, and the arrival's clock time with its offset in `to`.
 */
const ARRIVAL_ASIDE = /\s*\((?:arr(?:\.|ival|ives?)?|ankunft|an\.|ankomst|framme|llegada|arriv[ée]e|aankomst|arrivo)\s*:?\s*[^()]*?(\d{1,2}[:.]\d{2})\s*\)\s*$/iu;

export function arrivalAside(to: string): { place: string; time: { value: string; index: number } } | null {
  const m = ARRIVAL_ASIDE.exec(to);
  if (!m || !to.slice(0, m.index).trim()) return null;
  return { place: to.slice(0, m.index).trim(), time: { value: m[1]!, index: m.index + m[0].lastIndexOf(m[1]!) } };
}
