/**
 * A festival's catering table lists the same meals at the same place on each of its days ("lunch
 * 13:30, dinner 18:30 at the artist catering" on Friday and again on Saturday): the site's daily
 * service. The party eats it on its own show day, so when the show's day is one of the table's days,
 * the other days' rows are not its meals. Days whose meals differ (a travel day's restaurant, a
 * show day's catering) are each the party's and stay.
 */
import type { Food } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { foldText } from '../../reference/index.js';

type FoodDraft = Draft<Food>;

/** A day's meals as one comparable key: their names, sorted. */
function dayKey(meals: FoodDraft[]): string {
  return meals.map((d) => foldText(d.name?.value ?? '')).sort().join('\n');
}

export function showDayOfDailyService(meals: FoodDraft[], showDate: string | null): FoodDraft[] {
  if (!showDate) return meals;
  // Only dates the paper writes count; a date inferred from the show's is no day of the table's.
  const dated = meals.filter((d) => d.date && d.date.method !== 'inferred');
  const days = new Map<string, FoodDraft[]>();
  for (const d of dated) days.set(d.date!.value, [...(days.get(d.date!.value) ?? []), d]);
  const show = days.get(showDate);
  if (days.size < 2 || !show) return meals;
  const key = dayKey(show);
  if (![...days.values()].every((day) => day.length >= 2 && dayKey(day) === key)) return meals;
  return meals.filter((d) => !dated.includes(d) || d.date!.value === showDate);
}
