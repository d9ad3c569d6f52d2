/**
 * A mail may name the show on its label's line and give its day and place on the line below:
 *
 *   Show: Summer Night Gala 2027
 *   Fri, 14 May 2027 · Lakeview Hall, 932 Grand Ave, St Paul, MN 55105
 *
 * The label's value (words, no date or clock time) is the event's name; the line below, opening with
 * the date, is read as a dated show line (general-show-date-line.ts).
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { findDates, findTimes, normaliseText } from '../normalise/index.js';
import { evidenceAt, read, type Labelled } from '../text/index.js';
import { fromDatedShowLine } from './general-show-date-line.js';

export function fromShowNameOverDateLine(source: ExtractedSource, draft: Draft<General>, l: Labelled): boolean {
  if (findTimes(l.value).length || findDates(l.value).length || !/\p{L}{3}/u.test(l.value) || l.value.length > 80) return false;
  const lines = read(source).lines;
  const below = lines.slice(l.line.index + 1).find((x) => x.text.trim());
  if (!below || below.index !== l.line.index + 1) return false;
  const start = below.start + below.text.indexOf(below.text.trim());
  const value = below.text.trim();
  // The line below must open with its date (a weekday before it may stand), and go on with the place.
  const first = findDates(value)[0];
  if (!first || first.index > 14 || !/[,·•]/.test(value.slice(first.index + first.length))) return false;
  const next: Labelled = { key: l.key, label: l.label, value, span: [start, start + value.length], line: below };
  if (!fromDatedShowLine(source, draft, next)) return false;
  const name = normaliseText(l.value);
  if (name) draft.eventName ??= found(name, evidenceAt(source, l.span, 'label'));
  return true;
}
