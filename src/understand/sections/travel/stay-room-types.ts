/**
 * A tour manager's note of a stay counts its rooms and says who sleeps where on the same line:
 * "Rooms: 3 (double: Ann Lee + Bo Ek, single: Cy Dahl, single: Di Fox)". Each room type followed by
 * a colon and names (two to four capitalised words each, joined by "+", "&", "/" or "and") gives
 * guests; the line must be the rooms line (it opens with a rooms label).
 */
import { normalisePersonName } from '../../normalise/index.js';
import type { Hit } from './phrases.js';

const ROOMS_LINE = /^[ \t]*(?:[-*•][ \t]+)?(?:rooms?|rooming|zimmer|habitaciones|chambres|rum)\b[^\n]*$/gimu;
const TYPED_LIST = /\b(?:twin|double|single|triple|dbl|sgl|twn|suite|king|queen|doppel|einzel|dz|ez)(?:[ \t]+room)?[ \t]*:[ \t]*([^,;()\n]+)/giu;
const PERSON = /^\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3}$/u;

export function roomTypeGuests(text: string): Hit<string>[] {
  const out: Hit<string>[] = [];
  for (const line of text.matchAll(ROOMS_LINE)) {
    for (const m of line[0].matchAll(TYPED_LIST)) {
      const list = m[1]!.trimEnd();
      const listAt = line.index + m.index + m[0].length - m[1]!.length;
      const parts = list.split(/[ \t]*(?:\+|&|\/|\band\b|\bund\b)[ \t]*/u).map((p) => p.trim());
      if (!parts.every((p) => PERSON.test(p))) continue;
      let offset = 0;
      for (const p of parts) {
        const at = list.indexOf(p, offset);
        offset = at + p.length;
        const name = normalisePersonName(p);
        if (name) out.push({ value: name, index: listAt + at, length: p.length });
      }
    }
  }
  return out;
}
