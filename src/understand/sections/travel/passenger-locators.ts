/**
 * An agency's passenger table may give each traveller the record locator they are booked under
 * ("1  SMITH/ANA MS  220-…  LH/Q7W2EX", "2  …  LH/Z4K9PD"): when the travellers are split over two
 * or more locators, a flight booked under one of them carries only that locator's travellers.
 */
import type { Hit } from './phrases.js';
import type { PassengerHits } from './passengers.js';
import { rowLocator } from './itinerary-header.js';

/** "LH/Q7W2EX": an airline's designator, a slash, the locator. */
const DESIGNATED = /(?<![A-Z0-9/])(?:[A-Z][A-Z0-9]|[0-9][A-Z])\/([A-Z0-9]{6})(?![A-Z0-9/])/g;

/** The locator written on the rest of a ticket's line, when exactly one is. */
function locatorAfterTicket(text: string, p: PassengerHits): string | undefined {
  if (!p.ticket) return undefined;
  const from = p.ticket.index + p.ticket.length;
  const end = text.indexOf('\n', from);
  const rest = text.slice(from, end < 0 ? undefined : end);
  const designated = [...rest.matchAll(DESIGNATED)];
  if (designated.length) return designated.length === 1 ? designated[0]![1] : undefined;
  return rowLocator(rest, from)?.value;
}

/**
 * The passengers booked under `reference`, or all of them when the table does not split them: each
 * ticket's line must name a locator, two or more different ones, `reference` among them.
 */
export function passengersOfLocator(text: string, passengers: PassengerHits[], reference: Hit<string> | undefined): PassengerHits[] {
  if (!reference || passengers.length < 2) return passengers;
  const locators = passengers.map((p) => locatorAfterTicket(text, p));
  if (locators.some((l) => !l) || new Set(locators).size < 2 || !locators.includes(reference.value)) return passengers;
  return passengers.filter((_, i) => locators[i] === reference.value);
}
