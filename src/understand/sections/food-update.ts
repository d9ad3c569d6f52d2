/**
 * A newer message of a thread that only changes a meal's head count ("2) Cena: ok per 7 persone
 * invece di 6", "Dinner: make it 8 please") names no place and no provider: it is the meal an older
 * message booked, told again with a new count, not a second meal. Its count replaces the older
 * meal's (newest wins) and it is dropped.
 */
import type { Food } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { depthAt, type Reading } from '../text/index.js';
import { MEAL_ONLY } from './food-words.js';


export function countUpdates(reading: Reading, meals: Draft<Food>[]): Draft<Food>[] {
  if (reading.messages.length < 2) return meals;
  const depth = (d: Draft<Food>) => (d.name?.span ? depthAt(reading.messages, d.name.span[0]) : null);
  const out = [...meals];
  for (const update of meals) {
    if (!update.name || !MEAL_ONLY.test(update.name.value.trim()) || !update.guestCount || update.address) continue;
    const newer = depth(update);
    if (newer === null) continue;
    const older = out.filter((m) => m !== update && m.guestCount && !MEAL_ONLY.test(m.name?.value.trim() ?? '') && (depth(m) ?? -1) > newer);
    if (older.length !== 1) continue;
    older[0]!.guestCount = update.guestCount;
    out.splice(out.indexOf(update), 1);
  }
  return out;
}
