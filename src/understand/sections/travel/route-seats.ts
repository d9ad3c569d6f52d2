/**
 * An app's passenger card pairs each seat with its leg's route on one line ("PDX - SLC Seat 14A
 * SLC - AUS Seat 22C", "OSL → BGO: 12C"): each seat is the passenger's on the flight between those
 * airports, filed under the route's key so a segment finds it by its own airports.
 */
import { airportByCode } from '../../../reference/index.js';
import { normaliseSeat } from '../../normalise/index.js';
import { routeKey } from './flight-seat-columns.js';
import type { Hit } from './phrases.js';
import { SEAT_WORD } from './passengers.js';

// Built on first use: passengers.ts, which owns the seat words, imports this module.
let routeSeat: RegExp | undefined;
const ROUTE_SEAT = () => routeSeat ??= new RegExp(String.raw`(?<![\p{L}\d])([A-Z]{3})[ \t]*(?:[-–—>→]|->)[ \t]*([A-Z]{3})[ \t]*:?[ \t]*(?:${SEAT_WORD}[ \t]*:?[ \t]*)?0?(\d{1,2}[A-K])(?![\p{L}\d])`, 'giu');

/** Seats written after their leg's route in `block` (starting at `offset`), by route key; empty when none. */
export function routeSeats(block: string, offset: number): Map<string, Hit<string>> {
  const out = new Map<string, Hit<string>>();
  for (const m of block.matchAll(ROUTE_SEAT())) {
    const [from, to] = [m[1]!, m[2]!];
    // Codes in capitals only (the flag makes the seat word case-blind, not the airports).
    if (from !== from.toUpperCase() || to !== to.toUpperCase() || !airportByCode(from) || !airportByCode(to)) continue;
    const seat = normaliseSeat(m[3]!);
    const key = routeKey(from, to);
    if (seat && !out.has(key)) out.set(key, { value: seat, index: offset + m.index + m[0].length - m[3]!.length, length: m[3]!.length });
  }
  return out;
}
