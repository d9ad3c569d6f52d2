/**
 * A tour book writes a ride twice: on the day's schedule (its name, where the party meets, what to
 * bring) and on its travel sheet ("Date | Mode | From | Dep | To | Arr | Notes": where the ride goes
 * and when it gets there). Rows of the same day and departure time are one ride: the schedule's item
 * keeps its name, place and notes and takes the travel row's destination and arrival, and its notes
 * when the item's only point to the travel sheet ("see Travel"). The travel row is then no ride of its own.
 */
import type { Activity } from '../../../interfaces.js';
import type { Draft } from '../../found.js';

/** "see Travel", "siehe Reise": a cell pointing to another sheet, no remark of its own. */
const POINTER = /^(?:see|siehe|voir|ver|zie|vedi|se)\s+\p{L}+\.?$/iu;

const sameRide = (item: Draft<Activity>, trip: Draft<Activity>): boolean =>
  item.kind?.value === 'transfer' && !!item.startTime && item.startTime.value === trip.startTime?.value
  && !!item.date && item.date.value === trip.date?.value;

/** The schedule's items, each completed by its travel-sheet twin, then the trips without a twin. */
export function withRideTwins(items: Draft<Activity>[], trips: Draft<Activity>[]): Draft<Activity>[] {
  const alone = trips.filter((trip) => {
    const twin = items.find((item) => sameRide(item, trip));
    if (!twin) return true;
    if (trip.destination) twin.destination = trip.destination;
    twin.location ??= trip.location;
    twin.endTime ??= trip.endTime;
    if (trip.notes && (!twin.notes || POINTER.test(twin.notes.value))) twin.notes = trip.notes;
    return false;
  });
  return [...items, ...alone];
}
