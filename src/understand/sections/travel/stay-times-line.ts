/**
 * A hotel's confirmation may state the stay's times in a sentence line of its own, no label colon:
 * "Check-in from 14:00. Check-out by 10:30.", "Check-in after 3 pm, check-out until noon". The time
 * right after the check-in words (and a "from/after" word) is the check-in time; likewise check-out.
 */
import { findTimes } from '../../normalise/index.js';
import type { Hit } from './phrases.js';

/** A line that opens with a check-in or check-out word. */
const LINE = /^[ \t]*(?:check[-\s]?in|check[-\s]?out)(?![\p{L}])[^\n]*$/gimu;
const IN = /check[-\s]?in(?:[ \t]+time)?[ \t]*(?:(?:is[ \t]+)?(?:from|after|ab|starts?[ \t]+at|at))?[ \t]*$/iu;
const OUT = /check[-\s]?out(?:[ \t]+time)?[ \t]*(?:(?:is[ \t]+)?(?:by|until|before|bis|at))?[ \t]*$/iu;

export function stayTimesLine(text: string): { checkIn?: Hit<string>; checkOut?: Hit<string> } {
  const out: { checkIn?: Hit<string>; checkOut?: Hit<string> } = {};
  for (const line of text.matchAll(LINE)) {
    for (const t of findTimes(line[0])) {
      const before = line[0].slice(0, t.index);
      const hit = { value: t.value, index: line.index + t.index, length: t.length };
      if (IN.test(before)) out.checkIn ??= hit;
      else if (OUT.test(before)) out.checkOut ??= hit;
    }
  }
  return out;
}
