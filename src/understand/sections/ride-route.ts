/**
 * Rides a schedule names by their route rather than a ride word, which activityKind (activity-kinds.ts)
 * would otherwise send to the hotel section for the word "hotel" in them: "Airport to hotel", "Station → hotel",
 * "Club to airport (T2)" — the places named by their kind — and a labelled drawn route, "Transport: Hotel
 * Adler → Club Foo", whose label names no item of its own.
 */
const PLACE = String.raw`(?:the\s+)?(?:hotel|venue|airport|station|club|hall|lobby|backstage)`;
const PLACE_TO_PLACE = new RegExp(String.raw`^\s*${PLACE}\s+(?:to|→|->)\s+${PLACE}\b`, 'i');
const LABELLED_ROUTE = /^\s*([^:→\n]{2,30}):\s*([^→\n]{2,60}?)\s*(?:→|->)\s*(\S[^\n]*)/u;
/** A label naming a ride ("Drop", "Shuttle", "Car 2"); other labels' arrows ("Load-out: stage → truck", "Merch: foyer → bar") move no one. */
const RIDE_LABEL = /(?<!\p{L})(?:transport|transfers?|car|cars|shuttle|driver|van|bus|ride|taxi|cab|lift|pick-?\s?ups?|drop(?:-?\s?off)?|runner|route|трансфер|машина)(?!\p{L})/iu;
const PLACE_WORD = new RegExp(String.raw`(?<!\p{L})(?:hotel|venue|airport|station|terminal|club|hall|lobby|backstage|arena|theatre|theater)(?!\p{L})|\([A-Z]{3}\)`, 'iu');

/** Whether a route under `label` is a ride: the label names one, or both ends name places. */
export function labelledRide(label: string, from: string, to: string): boolean {
  return RIDE_LABEL.test(label) || (PLACE_WORD.test(from) && PLACE_WORD.test(to));
}

/** Whether `text` names a ride by its route; `kindOf` tells the kind of the route's label. */
export function namesRideRoute(text: string, kindOf: (label: string) => string | null): boolean {
  if (PLACE_TO_PLACE.test(text)) return true;
  const m = LABELLED_ROUTE.exec(text);
  return !!m && kindOf(m[1]!) === 'other' && labelledRide(m[1]!, m[2]!, m[3]!);
}
