/**
 * A scanned form's row whose answer OCR read onto the label's side of a speck: "Haze / FX None : 3",
 * the box's edge read as ":" and a mark or digit after it. The value is only that speck; the answer is
 * the words after the longest part of the label that is still the same label ("None").
 */
import type { Labelled } from '../text/index.js';
import { labelKey } from '../text/index.js';

/** A value of one or two marks or digits, no word: a speck, no answer. */
const SPECK = /^[^\p{L}]{1,2}$/u;

export function speckAnswer(l: Labelled): string | null {
  if (!l.key || !SPECK.test(l.value.trim())) return null;
  const words = l.label.trim().split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    if (labelKey(words.slice(0, n).join(' ')) !== l.key) continue;
    const rest = words.slice(n).join(' ');
    return /\p{L}/u.test(rest) ? rest : null;
  }
  return null;
}
