/**
 * A tour day sheet ends with a look at the next stop under its own heading ("NEXT", "NEXT SHOW",
 * "TOMORROW": "Sat 10/23 ⇥ Other City – Other Hall. Lobby call 9:30 AM, load-in 3:00 PM"): that part is
 * another day's plan, another show's, and its times are no items of this import.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { read } from '../text/index.js';

/** The heading alone on its line, in capitals as such a sheet writes its parts. */
const NEXT_HEADING = /^[ \t]*(?:NEXT|NEXT (?:SHOW|DAY|STOP|CITY)|UP NEXT|TOMORROW)[ \t]*:?[ \t]*$/;

/** The [start, end) spans of the source's next-stop parts: from the heading to the first blank line. */
function nextDayParts(source: ExtractedSource): [number, number][] {
  const { lines } = read(source);
  const out: [number, number][] = [];
  lines.forEach((line, i) => {
    if (!NEXT_HEADING.test(line.text)) return;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.trim()) j++;
    out.push([line.start, lines[j - 1]!.end]);
  });
  return out;
}

/** Whether `offset` stands in such a part. */
export function inNextDayPart(source: ExtractedSource, offset: number | undefined): boolean {
  return offset !== undefined && nextDayParts(source).some(([start, end]) => offset >= start && offset < end);
}
