/**
 * A day's timetable names a meal by its word alone ("18:00 Dinner backstage (see FOOD)"), the food
 * block by who provides it ("Dinner at 18:00 backstage from Kaffi X"). On the same day at the same
 * time they are one meal: the bare reading fills what the named one lacks and is not kept apart.
 */
import type { Food } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { MEAL_ONLY } from './food-words.js';


export function withBareMealsAbsorbed(meals: Draft<Food>[]): Draft<Food>[] {
  // "রাতের খাবার / Dinner": a meal word glossed in another language is bare too.
  const isBare = (m: Draft<Food>) => (m.name?.value ?? '').split(/\s+\/\s+/).every((half) => MEAL_ONLY.test(half.trim()));
  return meals.filter((m) => {
    if (!isBare(m) || !m.time || !m.date) return true;
    const named = meals.find((o) => o !== m && !isBare(o) && o.time?.value === m.time!.value && o.date?.value === m.date!.value);
    if (!named) return true;
    for (const key of Object.keys(m) as (keyof Food)[]) if (key !== 'name' && named[key] === undefined) Object.assign(named, { [key]: m[key] });
    return false;
  });
}
