/**
 * A form's check-in row that goes on to the check-out in its later cells ("Check-in | 10/15/2027 |
 * 3:00 PM | Check-out 10/16/2027 | 11:00 AM"): the label reader stops the value at its cell, but the
 * row is one statement of the stay, read whole.
 */
import type { Labelled } from '../../text/index.js';

const CHECK_OUT_LATER = /^(?:\t[^\t]*)?\t[ ]*check[- ]?out\b/i;

/** The check-in value with the rest of its row when a later cell opens the check-out; null otherwise. */
export function checkInRow(text: string, l: Labelled): string | null {
  const rest = text.slice(l.span[1], l.line.end);
  return CHECK_OUT_LATER.test(rest) ? l.value + rest : null;
}
