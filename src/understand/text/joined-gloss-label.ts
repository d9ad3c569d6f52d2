/**
 * A two-language label printed without a separator, the document's own language first and the English
 * label after it: "Magaalada City", "Goobta bandhigga Venue", "Tijaabada codka (soundcheck) Soundcheck". The
 * English half names the field (the main lexicon is the better known one), else the own half does; the words before it must be a
 * label of a language whose documents gloss so (`glossing`), so an English label that merely ends with
 * another one ("Venue contact phone") is not cut in two.
 */
import type { LabelKey } from './lexicon.js';

export function joinedGlossKey(
  folded: string,
  lookup: (folded: string) => LabelKey | undefined,
  glossing: ReadonlySet<string>,
): LabelKey | null {
  const words = folded.split(' ');
  // The own-language half first, longest first; what is left must be a whole known label.
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (!glossing.has(head)) continue;
    const tail = words.slice(n).join(' ');
    // An English half the lexicon does not know ("Late arrival code") leaves the own half's key.
    const key = (tail.length >= 3 ? lookup(tail) : undefined) ?? lookup(head);
    if (key) return key;
  }
  return null;
}

/**
 * The English half of such a label as written ("Pick-up time" of "Waqtiga qaadista Pick-up time"), for
 * readers that match a label's words themselves; the label itself when it is no such pair.
 */
export function englishHalfOf(label: string, fold: (s: string) => string, glossing: ReadonlySet<string>): string {
  const words = label.trim().split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    if (glossing.has(fold(words.slice(0, n).join(' ')))) return words.slice(n).join(' ').replace(/^\([^()]*\)\s*/, '') || label;
  }
  return label;
}
