/**
 * Two timed pairs side by side on one line of a form, set apart by a tab or a wide gap
 * ("Load-in: 09:00 ⇥ Line check: 15:00", "Changeover: 20:40     Lights out: 23:30"): the second
 * is an item of its own, though the line was already read for the first. Only a pair that itself
 * names an item (a known time key or an activity word) and only after a pair this reader took
 * from the same line — a line another reader took (a table's row) stays that reader's.
 */
import type { Labelled } from '../text/labels.js';

/** Whether `l` stands after a tab or three spaces or more on its line (not the line's first pair). */
export function besideEarlierPair(l: Labelled): boolean {
  const before = l.line.text.slice(0, Math.max(0, l.span[0] - l.line.start));
  const at = before.lastIndexOf(l.label);
  if (at <= 0) return false;
  const lead = before.slice(0, at);
  return /(?:\t| {3,})$/.test(lead) && /[:：]/.test(lead);
}
