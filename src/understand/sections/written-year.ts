/**
 * A plan that is no e-mail, chat or stamped note has no date it was written on; its year-less day
 * headings ("Dag 2 – lördag 6 november") still belong to the year the paper states, usually in its
 * title ("5–7 november 2027"). The first date with a year the source writes stands in for the
 * reference date then (for stays and flights too, travel/context.ts).
 */
import type { ExtractedSource } from '../../interfaces.js';
import { dateFromIso, findDates, type DateMatch } from '../normalise/index.js';

/** Per source: the schedule is read by several sections, and reading a whole paper's dates is not cheap. */
const bySource = new WeakMap<ExtractedSource, Date | null>();

export function writtenYearDate(source: ExtractedSource): Date | null {
  if (bySource.has(source)) return bySource.get(source)!;
  const written = firstDateWithYear(source.text.slice(0, 20_000));
  const date = written ? dateFromIso(written.value) : null;
  bySource.set(source, date);
  return date;
}

/** Far enough from a window's cut that no date read before it can run on past the cut. */
const CUT_MARGIN = 200;

/**
 * The first date with a year in `text`, read in growing windows cut at a line's end: most papers
 * write a year near their top, and reading every date of a long one costs milliseconds a source.
 */
function firstDateWithYear(text: string): DateMatch | undefined {
  const anyYear = new Date(Date.UTC(2000, 0, 1));
  for (let size = 2_000; ; size *= 4) {
    const cut = size >= text.length ? text.length : text.lastIndexOf('\n', size);
    if (cut <= CUT_MARGIN || cut === text.length) return findDates(text, anyYear).find((d) => d.hasYear);
    const first = findDates(text.slice(0, cut), anyYear).find((d) => d.hasYear);
    if (first && first.index + first.length < cut - CUT_MARGIN) return first;
  }
}
