/**
 * A booking's one cabin, labelled once over its flights ("Class: Economy", "Синф / Класс: Business" on the
 * booking's line with its airline and PNR): every segment of the booking flies it, when no segment
 * states a cabin of its own and the text labels no other.
 */
import { CABIN } from './segments.js';
import type { Hit } from './phrases.js';

/** A class label (a bilingual label's last half), its colon, then the cabin. */
const CLASS_LABEL = /(?<![\p{L}])(?:class|cabin|travel[ \t]+class|klasse|klass|clase|classe|cabine|cabina|класс|клас)[ \t]*:[ \t]*/giu;

/** The cabin labelled before `before` (the first flight's number), when the text labels exactly one. */
export function bookingClass(text: string, before: number): Hit<string> | undefined {
  const found: Hit<string>[] = [];
  for (const m of text.matchAll(CLASS_LABEL)) {
    const at = m.index + m[0].length;
    const cabin = CABIN.exec(text.slice(at, at + 40));
    if (cabin?.index === 0) found.push({ value: cabin[0], index: at, length: cabin[0].length });
  }
  if (new Set(found.map((f) => f.value)).size !== 1 || found[0]!.index > before) return undefined;
  return found[0];
}

/** A cabin, then its airline's two-character code in brackets, then a separator to the next one. */
const CABIN_OF_AIRLINE = /^([^()\n]{2,30}?)[ \t]*\(([A-Z0-9]{2})\)(?:[ \t]*[/,;][ \t]*)?/u;

/**
 * One class line for a trip on two airlines ("Class: Main Cabin (DL) / Economy (UA)"): each cabin is
 * the flights of the airline whose code follows it, by that code.
 */
export function airlineClasses(text: string): Map<string, Hit<string>> {
  const out = new Map<string, Hit<string>>();
  for (const m of text.matchAll(CLASS_LABEL)) {
    let at = m.index + m[0].length;
    for (let part = CABIN_OF_AIRLINE.exec(text.slice(at, at + 80)); part; part = CABIN_OF_AIRLINE.exec(text.slice(at, at + 80))) {
      const cabin = CABIN.exec(part[1]!);
      if (cabin?.index !== 0 || cabin[0].length !== part[1]!.length) break;
      out.set(part[2]!, { value: cabin[0], index: at, length: cabin[0].length });
      at += part[0].length;
    }
  }
  return out;
}
