/**
 * A late check-out the hotel has agreed to ("the desk approved late check-out to 5pm", "late
 * check-out until 16:00 confirmed") replaces the usual hour the same sentence gives ("normal check-out
 * is 12 noon"). A late check-out only offered ("late check-out on request until 14:00", "possible for a
 * fee") leaves the usual hour.
 */
import type { Hit } from './phrases.js';

const LATE_CHECK_OUT = /\blate[ \t]+check[-\s]?out\b/giu;
/** Words saying the late check-out is granted, in the clause before or after it. */
const AGREED = /\b(?:approved|confirmed|agreed|granted|arranged|secured|organi[sz]ed|booked)\b/iu;
/** Words saying it is only offered or asked for. */
const OFFERED = /\b(?:request|possible|available|subject|fee|charge|surcharge|ask|if|can|could)\b|\?/iu;
/** How far the agreement word and the time may stand from "late check-out". */
const REACH = 40;

/** The agreed late check-out's time among `times` (hits in `text`), if the text agrees one. */
export function agreedLateCheckOut<T extends { index: number }>(text: string, times: T[]): T | undefined {
  for (const m of text.matchAll(LATE_CHECK_OUT)) {
    const end = m.index + m[0].length;
    const around = text.slice(Math.max(0, m.index - REACH), end + REACH);
    if (!AGREED.test(around) || OFFERED.test(around)) continue;
    const time = times.find((t) => t.index >= end && t.index - end <= 20);
    if (time) return time;
  }
  return undefined;
}

