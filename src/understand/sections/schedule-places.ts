/**
 * A day sheet's item followed by where it happens, on one line: "Load-in via Gate 4 backstage road",
 * "Meet & greet at the merch tent", "Soundcheck im großen Saal". The words before the preposition
 * name the item, those after it (without an article) are its place.
 */
const PLACE_AFTER = /^(?<name>\p{L}\S*(?:\s+\S+){0,3}?)\s+(?:via|at|@|in|im|in der|på|vid|en|au|à|bij|op)\s+(?:(?:the|der|dem|den|el|la|le|het|de)\s+)?(?<place>\p{L}[^,;()]{1,40}?)\s*$/iu;

/** Nordic "i" places only before a noun in its definite form ("i pressrummet", "i salen"), not "i morgon". */
const NORDIC_IN = /^(?<name>\p{L}\S*(?:\s+\S+){0,3}?)\s+i\s+(?<place>\p{Ll}{3,}(?:et|en|an|na))\s*$/u;

/** Only "at/via/…" clearly place; "in" does so before an article ("in the foyer"), not alone ("sign in"). */
const LOOSE = /^\s+(?:in|en|op)\s+$/iu;

export interface PlacedItem { name: string; place: string; placeAt: number }

/** The item's name and its place in `text`, with the place's offset in `text`; null when none is written. */
export function placeAfterItem(text: string): PlacedItem | null {
  const m = PLACE_AFTER.exec(text) ?? NORDIC_IN.exec(text);
  if (!m) return null;
  const place = m.groups!.place!;
  const placeAt = text.lastIndexOf(place);
  return LOOSE.test(text.slice(m.groups!.name!.length, placeAt)) ? null : { name: m.groups!.name!, place, placeAt };
}
