/**
 * A booking may list its tickets in one table and its seats in another, a row per passenger and a
 * column per flight ("Passenger  TP 533 BER–LIS  TP 1823 LIS–PDL" over "Ms Ann LEE  14A  8C"): a
 * ticket's passenger whose own line gives no seat takes the seats of the seat table's row of the same name.
 */
import { foldText } from '../../../reference/index.js';
import type { PassengerHits } from './passengers.js';

export function withSeatTableSeats(tickets: PassengerHits[], seatRows: PassengerHits[]): PassengerHits[] {
  if (!seatRows.length) return tickets;
  return tickets.map((t) => {
    if (t.seats.length || t.seatsByFlight?.size || !t.name) return t;
    const name = foldText(t.name.value);
    const row = seatRows.find((r) => r.name && foldText(r.name.value) === name);
    return row ? { ...t, seats: row.seats } : t;
  });
}
