/**
 * An agency itinerary heads each flight with the airline and number ("Lufthansa LH 2417  Economy")
 * over a labelled departure line and a labelled arrival line ("Depart 09:40 Munich (MUC)" /
 * "Arrive 11:05 Vienna (VIE)"), a day's banner ("FRIDAY 12 MAY 2028") above the first flight of
 * each day. The route is those two lines, and a day's banner after them opens the next day's flights.
 */
import { findDates, findTimes } from '../../normalise/index.js';

export const DEPART_LABEL = /^[ \t]*(?:dep(?:art(?:s|ure)?)?|abflug|avg[åa]ng|afgang|salida|d[ée]part|vertrek|partenza|partida|l[äa]htö)\b\.?[ \t]*:?/i;
export const ARRIVE_LABEL = /^[ \t]*(?:arr(?:ive|ives|ival)?|ankunft|ankomst|llegada|chegada|arriv[ée]e|aankomst|arrivo|saapuminen)\b\.?[ \t]*:?/i;

function lineFrom(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end);
}

/**
 * 1 when the line after the one ending at `lineEnd` is a labelled departure and the next a labelled
 * arrival: the route is read one line further than the line right below the number.
 */
export function departArriveLines(text: string, lineEnd: number): number {
  if (lineEnd < 0) return 0;
  const first = lineFrom(text, lineEnd + 1);
  const secondAt = lineEnd + 1 + first.length + 1;
  if (secondAt > text.length) return 0;
  return DEPART_LABEL.test(first) && ARRIVE_LABEL.test(lineFrom(text, secondAt)) ? 1 : 0;
}

/**
 * Whether the line starting at `lineStart` is a day's banner alone ("SATURDAY 10 JUNE 2028", "Sun 4 May")
 * standing after a flight's complete route (`sofar`: two airports' worth of lines and a time): the
 * banner is the next day's, so the flight's lines end before it.
 */
export function dayBannerAfterRoute(text: string, lineStart: number, sofar: string, airports: number): boolean {
  if (airports < 2 || !findTimes(sofar).length) return false;
  const line = lineFrom(text, lineStart).trim();
  if (!line || findTimes(line).length) return false;
  const date = findDates(line)[0];
  if (!date || date.index + date.length !== line.length) return false;
  return /^(?:\p{L}{2,10}\.?,?[ \t]*)?$/u.test(line.slice(0, date.index));
}
