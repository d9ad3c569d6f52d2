/**
 * In a chat, a later message that tells a meal again by its meal word only ("ok, dinner 19:00, 8
 * people, green room"), naming no provider, is the meal an earlier message booked with that word
 * ("Catering / dinner: Casa Verde, 18:30 in the green room"), moved or recounted: the newest message
 * wins, its time and head count replace the earlier meal's, and it is no second meal. Only when one
 * earlier meal of the same day is written with that meal word, and the later one names no other place.
 */
import type { Food } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { escapeRegExp, lineAt, turnIndexAt, type Reading } from '../text/index.js';
import { MEAL_ONLY } from './food-words.js';

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function chatMealUpdates(reading: Reading, meals: Draft<Food>[]): Draft<Food>[] {
  const turns = reading.turns;
  if (turns.length < 2) return meals;
  const turnOfMeal = new Map(meals.map((d) => [d, d.name?.span ? turnIndexAt(turns, d.name.span[0]) : -1]));
  const turnOf = (d: Draft<Food>) => turnOfMeal.get(d)!;
  const lineOf = (d: Draft<Food>) => reading.lines[lineAt(reading.lines, d.name!.span![0])]!.text;
  const out = [...meals];
  for (const update of meals) {
    const word = update.name?.value.trim();
    if (!word || !MEAL_ONLY.test(word) || (!update.time && !update.guestCount)) continue;
    const newer = turnOf(update);
    if (newer < 0) continue;
    const written = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(word)}(?![\p{L}])`, 'iu');
    const older = out.filter((m) => m !== update && m.name && !MEAL_ONLY.test(m.name.value.trim()) && turnOf(m) >= 0 && turnOf(m) < newer
      && (m.date?.value ?? null) === (update.date?.value ?? null) && written.test(lineOf(m)));
    if (older.length !== 1) continue;
    const meal = older[0]!;
    // "9 people, green room": the later message's place, when it gives one, is the earlier meal's.
    if (update.address && meal.address && !fold(update.address.value).includes(fold(meal.address.value))) continue;
    if (update.time) meal.time = update.time;
    if (update.guestCount) meal.guestCount = update.guestCount;
    out.splice(out.indexOf(update), 1);
  }
  return out;
}
