/**
 * A mail's flight row may be the last of its block of rows; after a blank line the next block opens with
 * its heading ("Contacts", "Контакты / Contacts", "Hotel"), and what follows (a sign-off's "see you at
 * soundcheck") is no longer the flight's. A blank line then a heading alone naming another topic closes a
 * flight's block. A spreadsheet's day sheet sets its parts apart by a heading in capitals instead of a gap
 * ("FLIGHTS" rows, then "HOTEL"): such a heading closes the block too.
 */
import { labelKey, type LabelKey } from '../../text/lexicon.js';

const OTHER_TOPICS: ReadonlySet<LabelKey> = new Set(['contact', 'hotel', 'catering', 'technical', 'payment_terms', 'fee']);

/** Whether `next` (the text from the start of the line after a line's end) is a blank line and then such a heading, or such a heading in capitals. */
export function topicHeadingAfterGap(next: string): boolean {
  const m = /^[ \t]*(\n)?[ \t]*([^\n]{2,40})(?:\n|$)/.exec(next);
  if (!m) return false;
  const heading = m[2]!.trim().replace(/:$/, '');
  if (/\d|\t|[.!?]$/.test(heading)) return false;
  if (!m[1] && (!/\p{Lu}/u.test(heading) || /\p{Ll}/u.test(heading))) return false;
  const key = labelKey(heading);
  return !!key && OTHER_TOPICS.has(key);
}
