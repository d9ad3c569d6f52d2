/**
 * Travel identifiers: flight numbers (designator + digits, no leading zeros, checked against the
 * airline list), seats, booking references, ticket numbers, IATA airport codes.
 */
import { isAirlineCode, isAirportCode } from '../../reference/index.js';

export interface FlightNumber {
  value: string;
  airline: string;
  /** The designator is a known airline. */
  validated: boolean;
}

const FLIGHT = /^([A-Z][A-Z0-9]|[0-9][A-Z])\s?-?\s?0*(\d{1,4})[A-Z]?$/;

export function normaliseFlightNumber(text: string): FlightNumber | null {
  const m = FLIGHT.exec(text.trim().toUpperCase());
  if (!m || m[2] === '') return null;
  const airline = m[1]!;
  return { value: `${airline}${Number(m[2])}`, airline, validated: isAirlineCode(airline) };
}

/** Flight-number-looking runs in free text ("SK 1415", "LH0400"); validation is up to the caller. */
export const FLIGHT_IN_TEXT = /\b(?:[A-Z][A-Z0-9]|[0-9][A-Z])\s?0*\d{1,4}\b/g;

/** "07F" → "7F"; rows 1–99, letters A–K. */
export function normaliseSeat(text: string): string | null {
  const m = /^0*(\d{1,2})\s?([A-K])$/i.exec(text.trim());
  return m && Number(m[1]) > 0 ? `${Number(m[1])}${m[2]!.toUpperCase()}` : null;
}

/** As printed, upper case, no spaces; 4–20 letters/digits (hyphens and slashes kept). */
export function normaliseBookingReference(text: string): string | null {
  const t = text.trim().replace(/\s+/g, '').replace(/^[#:]+|[.,;:]+$/g, '').toUpperCase();
  // A dot may group digits ("3846.221.907"), as a booking site prints them; it stays as written.
  return /^(?=.*\d|[A-Z]{5,6}$)[A-Z0-9](?:[A-Z0-9/-]|(?<=\d)\.(?=\d)){3,19}$/.test(t) && /[A-Z0-9]$/.test(t) ? t : null;
}

/** Digits only; an e-ticket number is 13 digits (3 airline + 10), sometimes with coupon digits. */
export function normaliseTicketNumber(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{13,15}$/.test(digits) ? digits : null;
}

export function normaliseAirportCode(text: string): string | null {
  const c = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(c) && isAirportCode(c) ? c : null;
}
