/**
 * A paper that writes its full dates year first ("2027/06/11", as ISO order does; normalise/year-first-pair.ts)
 * writes its short day pairs in the same order, month then day: "06/11" under it is 11 June, not 6 November.
 * A paper that also writes a day-first full date ("11/06/2027") keeps the usual day-first reading.
 */
const SHORT_PAIR = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g;

/** The line with each short pair swapped to day/month, its length (and so every offset) unchanged. */
export function asDayFirstPairs(line: string): string {
  return line.replace(SHORT_PAIR, (_m, month: string, day: string) => `${day}/${month}`);
}
