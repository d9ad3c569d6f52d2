/**
 * Two label rows run into one line ("Artist: Glass Owl Support: Kite Hill"), as OCR reads a header
 * printed side by side: a known label inside a value (or a slot's, "Support:"), capitalised and
 * followed by its colon, ends it.
 */
import { labelKey } from '../text/index.js';
import { activityKind } from './activity-kinds.js';

/** Up to three words before a colon that a value goes on after. */
const BEFORE_COLON = /((?:\s\p{L}[\p{L}-]*){1,3}):\s+\S/gu;

function isLabel(words: string): boolean {
  const kind = activityKind(words);
  return /^\p{Lu}/u.test(words) && (!!labelKey(words) || (!!kind && kind !== 'other'));
}

/** The value up to a known label run into it; the value itself when none is. */
export function beforeRunOnLabel(value: string): string {
  for (const m of value.matchAll(BEFORE_COLON)) {
    const words = m[1]!.trim().split(/\s+/);
    // The shortest label ending at the colon: "Orchard Support:" is the name's last word, then "Support:".
    for (let n = 1; n <= words.length; n++) {
      const label = words.slice(-n).join(' ');
      const at = m.index + m[1]!.lastIndexOf(label);
      if (at > 0 && isLabel(label)) return value.slice(0, at).trimEnd();
    }
  }
  return value;
}
