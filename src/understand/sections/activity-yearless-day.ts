/**
 * A note with no date of its own (pasted text, no mail header, no year written anywhere) reads a year-less
 * day ("Fri 14/11") against today, which may be a year off the show it is about. Read again against the
 * show's date, the same words give the year nearest the show: "Sat 15/11" beside a show on 2031-11-14 is
 * 2031-11-15, whatever day the note is imported on. The show's own day in such a note is read against the
 * year the import's other documents write (a rooming workbook's "2031-11-13" beside the note's "Sat 15th Nov").
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import type { Draft, Found } from '../found.js';
import { dateFromIso, findDates } from '../normalise/index.js';
import { read } from '../text/index.js';
import { writtenYearDate } from './written-year.js';

/** `date`, read in `source` without a year, read again against `ref`. */
function yearlessDayNear(source: ExtractedSource, date: Found<string>, ref: Date | null): Found<string> {
  if (!ref || !date.span || date.source !== source.name || read(source).referenceDate || writtenYearDate(source)) return date;
  // The weekday before the day ("Fri 12/11") decides the reading too: read from the line's start.
  const from = source.text.lastIndexOf('\n', date.span[0] - 1) + 1;
  const again = findDates(source.text.slice(from, date.span[1]), ref).find((d) => from + d.index + d.length >= date.span![1]);
  return again && !again.hasYear && again.value !== date.value ? { ...date, value: again.value } : date;
}

export function yearlessDayNearShow(source: ExtractedSource, date: Found<string>, showDate: string | undefined): Found<string> {
  return yearlessDayNear(source, date, showDate ? dateFromIso(showDate) : null);
}

/** The general drafts with each dateless note's show day read in the year the import's other documents first write. */
export function showDaysInImportYear(drafts: Draft<General>[], sources: ExtractedSource[]): Draft<General>[] {
  return drafts.map((d) => {
    const source = d.date && sources.find((s) => s.name === d.date!.source);
    const ref = source && sources.filter((s) => s !== source).map(writtenYearDate).find((y) => y);
    return source && ref ? { ...d, date: yearlessDayNear(source, d.date!, ref) } : d;
  });
}
