/**
 * A note with no date of its own (pasted text, no mail header, no year written anywhere) reads a year-less
 * day ("Fri 14/11") against today, which may be a year off the show it is about. Read again against the
 * show's date, the same words give the year nearest the show: "Sat 15/11" beside a show on 2031-11-14 is
 * 2031-11-15, whatever day the note is imported on.
 */
import type { ExtractedSource } from '../../interfaces.js';
import type { Found } from '../found.js';
import { dateFromIso, findDates } from '../normalise/index.js';
import { read } from '../text/index.js';
import { writtenYearDate } from './written-year.js';

export function yearlessDayNearShow(source: ExtractedSource, date: Found<string>, showDate: string | undefined): Found<string> {
  const show = showDate ? dateFromIso(showDate) : null;
  if (!show || !date.span || date.source !== source.name || read(source).referenceDate || writtenYearDate(source)) return date;
  // The weekday before the day ("Fri 12/11") decides the reading too: read from the line's start.
  const from = source.text.lastIndexOf('\n', date.span[0] - 1) + 1;
  const again = findDates(source.text.slice(from, date.span[1]), show).find((d) => from + d.index + d.length >= date.span![1]);
  return again && !again.hasYear && again.value !== date.value ? { ...date, value: again.value } : date;
}
