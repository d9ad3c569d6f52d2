/**
 * A printed rooms table sets a shared room's guests one under the other in their cell; a PDF's text layer
 * joins the two lines with a space ("Zimmer 1: Doppelzimmer ⇥ Ann Lee Bo Ek ⇥ € 258,00"). Read as two
 * names of two words each, but only when the table's guests then add up to the adults the page counts
 * ("5 Erwachsene", "4 adults"): a person's name may be three or four words long.
 */

/** Four or six capitalised words, none a lower-case particle: a cell that may hold two or three names. */
const JOINED = /^\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){3}(?:[ \t]+\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu}[\p{L}'’-]+)?$/u;

/** The names of two words each in a cell of joined names, with their offsets in the cell; none when it is not one. */
export function joinedGuestNames(cell: string): { name: string; index: number }[] {
  const text = cell.trim();
  if (!JOINED.test(text)) return [];
  const words = [...text.matchAll(/\S+/g)];
  const out: { name: string; index: number }[] = [];
  for (let i = 0; i < words.length; i += 2) {
    const [first, last] = [words[i]!, words[i + 1]!];
    out.push({ name: `${first[0]} ${last[0]}`, index: cell.indexOf(text) + first.index });
  }
  return out;
}

/** How many adults, in the supported languages: "5 Erwachsene", "4 adults", "2 adultes", "3 volwassenen". */
const ADULTS = /\b(\d{1,2})[ \t]+(?:adults?|erwachsene[rn]?|adult[eio]s?|volwassenen?|vuxna|voksne|aikuista|doros[łl]ych|dorośli)\b/giu;

/** The most adults the text counts (the stay's total; a room's own count is smaller), or null. */
export function adultTotal(text: string): number | null {
  const counts = [...text.matchAll(ADULTS)].map((m) => Number(m[1]));
  return counts.length ? Math.max(...counts) : null;
}
