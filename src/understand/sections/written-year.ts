/**
 * A plan that is no e-mail, chat or stamped note has no date it was written on; its year-less day
 * headings ("Dag 2 – lördag 6 november") still belong to the year the paper states, usually in its
 * title ("5–7 november 2027"). The first date with a year the source writes stands in for the
 * reference date then (for stays and flights too, travel/context.ts).
 */
import type { ExtractedSource } from '../../interfaces.js';
import { dateFromIso, findDates } from '../normalise/index.js';

/** Per source: the schedule is read by several sections, and reading a whole paper's dates is not cheap. */
const bySource = new WeakMap<ExtractedSource, Date | null>();

export function writtenYearDate(source: ExtractedSource): Date | null {
  if (bySource.has(source)) return bySource.get(source)!;
  const written = findDates(source.text.slice(0, 20_000), new Date(Date.UTC(2000, 0, 1))).find((d) => d.hasYear);
  const date = written ? dateFromIso(written.value) : null;
  bySource.set(source, date);
  return date;
}
