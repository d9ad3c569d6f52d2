/**
 * An airline's booking e-mail may print each leg as a card of stacked lines: a departure label alone
 * ("Partida", "Departure"), then its time, date and "City (CODE)" a line each; the flight's number
 * with its duration, aircraft and cabin; then an arrival label alone over the same lines for the
 * landing. Such a number's block is the whole card, from the departure label to the arrival's code.
 */
import { airportByCode } from '../../../reference/index.js';
import { FLIGHT_IN_TEXT, normaliseFlightNumber } from '../../normalise/index.js';
import { ARRIVE_LABEL, DEPART_LABEL } from './depart-arrive-lines.js';

/** The most lines a card's departure or arrival part runs over (label, time, date, city, airport, number's details). */
const PART_LINES = 8;
const CODE_IN_BRACKETS = /\(([A-Z]{3})\)/;

interface Line { text: string; start: number; end: number }

function lineAt(text: string, start: number): Line {
  const end = text.indexOf('\n', start);
  return { text: text.slice(start, end < 0 ? text.length : end), start, end: end < 0 ? text.length : end };
}

/** A label with nothing after it on its line. */
function labelAlone(label: RegExp, line: string): boolean {
  const m = label.exec(line);
  return !!m && !line.slice(m[0].length).trim();
}

/** A line opened by a flight number of a known airline: another card's number, which no card crosses ("Airbus A319" is none). */
function namesFlight(line: string): boolean {
  const first = [...line.matchAll(FLIGHT_IN_TEXT)][0];
  return !!first && !line.slice(0, first.index).trim() && !!normaliseFlightNumber(first[0])?.validated;
}

function hasAirport(line: string): boolean {
  const code = CODE_IN_BRACKETS.exec(line)?.[1];
  return !!code && !!airportByCode(code);
}

/**
 * The card around the flight number at `numberAt`: [start of its departure label, end of its
 * arrival's code line], or null when the number is not inside such a card.
 */
export function stackedCard(text: string, numberAt: number): [number, number] | null {
  const own = lineAt(text, text.lastIndexOf('\n', numberAt - 1) + 1);
  let start: number | null = null;
  let departsFrom = false;
  for (let k = 0, at = own.start; k < PART_LINES && at > 0; k++) {
    const line = lineAt(text, text.lastIndexOf('\n', at - 2) + 1);
    at = line.start;
    if (!line.text.trim() || namesFlight(line.text) || labelAlone(ARRIVE_LABEL, line.text)) return null;
    departsFrom ||= hasAirport(line.text);
    if (labelAlone(DEPART_LABEL, line.text)) { start = line.start; break; }
  }
  if (start === null || !departsFrom) return null;
  let arrival = false;
  for (let k = 0, at = own.end + 1; k < 2 * PART_LINES && at < text.length; k++) {
    const line = lineAt(text, at);
    at = line.end + 1;
    if (!line.text.trim() || namesFlight(line.text) || labelAlone(DEPART_LABEL, line.text)) return null;
    if (labelAlone(ARRIVE_LABEL, line.text)) arrival = true;
    else if (arrival && hasAirport(line.text)) return [start, line.end];
  }
  return null;
}
