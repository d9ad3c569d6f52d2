/**
 * A day sheet's look-ahead: "TOMORROW: Sat Oct 16 – Next City – Next Venue" (or "Next: Sat 16 Oct – …") and the line or two under
 * it ("Bus arrives 6:00a / Load In 2:00p / Doors 7:00p"). Those times are the next day's, at another
 * show: none of them is an item of this one. The block runs from the look-ahead line to the next
 * blank or rule line.
 */
import type { Line } from '../text/index.js';

/** "Tomorrow: …", or a bare "Next" as a label (a colon or a column gap) before another day ("Next⇥Sat 06 Nov – Aarhus"). */
// A club's list of its coming shows ("UPCOMING AT THE VENUE: Fri 4/17 … (doors 10 PM)", "Coming up: …") is other nights too.
const LOOK_AHEAD = /^\s*(?:[•·*▪-]\s*)?(?:(?:tomorrow|next day|next show|demain|imorgon|i morgen|morgen|ma[ñn]ana)\s*[:–—-]|(?:upcoming|coming up)(?:\s+(?:shows?|events?|gigs?|at\s+[^:\d]{2,30}))?\s*:|next\s*(?::|\t)\s*(?:\p{L}{2,10}\.?,?\s+)?\d)/iu;
const BULLET = /^\s*[•·*▪-]\s/u;
const BLOCK_END = /^\s*(?:(?:[-=_*~#]\s?){3,})?\s*$/;

/** The indexes of the lines a look-ahead block covers. */
export function lookAheadLines(lines: Line[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!LOOK_AHEAD.test(lines[i]!.text)) continue;
    out.add(i);
    // "• Tomorrow: …" in a list of notes: its block ends at the next bullet.
    const bulleted = BULLET.test(lines[i]!.text);
    for (let j = i + 1; j < lines.length && !BLOCK_END.test(lines[j]!.text) && !(bulleted && BULLET.test(lines[j]!.text)); j++) out.add(j);
  }
  return out;
}
