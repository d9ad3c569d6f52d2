/**
 * A catering section set out as a two-column table of details, as a venue's production advance writes it:
 *
 *   Item       ⇥ Detail
 *   Caterer    ⇥ Oak & Ember Kitchen
 *   Served in  ⇥ Green Room 1 (ground floor)
 *   Dinner     ⇥ 18:30
 *   Numbers    ⇥ 9 (band 5, crew 4)
 *   Dietary    ⇥ 1 x vegan
 *
 * A row labelled with a meal word whose detail is a time is a meal: served by the caterer row, in the
 * room row, for the head count of the numbers row, with the dietary row as its note. The running order's
 * row for that meal at that time, named by its meal word or by a pointer ("Dinner ⇥ See Catering"), is
 * the same meal. A table without a caterer or a room row is no catering section's.
 */
import type { Food } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { findTimes, normaliseText } from '../normalise/index.js';
import { foldLabel, labelKey, type Reading, type TableCell } from '../text/index.js';
import { PLACE_LABEL, PROVIDER_LABEL } from './food-blocks.js';
import { MEAL_ONLY } from './food-words.js';
import { onlyCrossReference } from './schedule-name-cell.js';
import type { Reader } from './travel/reader.js';

type FoodDraft = Draft<Food>;

/** "Served in", "Served at": where the meal is served, said of the meal. */
const SERVED_IN = /^served (?:in|at)$/;

interface Details { caterer?: TableCell; place?: TableCell; count?: TableCell; dietary?: TableCell; meals: [TableCell, TableCell][] }

function detailsOf(table: Reading['tables'][number]): Details | null {
  if (table.header.length !== 2) return null;
  const out: Details = { meals: [] };
  for (const rec of table.records) {
    const [label, value] = rec.all;
    if (!label || !value || rec.all.length !== 2) continue;
    const folded = foldLabel(label.value);
    if (PROVIDER_LABEL.test(folded)) out.caterer ??= value;
    else if (PLACE_LABEL.test(folded) || SERVED_IN.test(folded)) out.place ??= value;
    else if (labelKey(label.value) === 'guest_count') out.count ??= value;
    else if (labelKey(label.value) === 'dietary') out.dietary ??= value;
    else if (MEAL_ONLY.test(label.value.trim()) && findTimes(value.value).length) out.meals.push([label, value]);
  }
  return (out.caterer || out.place) && out.meals.length ? out : null;
}

/** The meals of catering detail tables, put into the meals read elsewhere in the source (`meals`, changed in place). */
export function mealsOfDetailTables(reading: Reading, r: Reader, meals: FoodDraft[], showDate: string | null): void {
  for (const details of reading.tables.map(detailsOf)) {
    if (!details) continue;
    const count = details.count ? /^\s*(\d{1,3})(?!\d)/.exec(details.count.value) : null;
    for (const [label, value] of details.meals) {
      const time = findTimes(value.value)[0]!.value;
      const same = meals.find((m) => m.time?.value === time && m.name && (MEAL_ONLY.test(m.name.value.trim()) || onlyCrossReference(m.name.value)));
      const meal: FoodDraft = same ?? { time: r.at(time, value.span) };
      if (!same) meals.push(meal);
      const caterer = details.caterer ? normaliseText(details.caterer.value) : null;
      if (caterer) meal.name = r.at(caterer, details.caterer!.span);
      else if (!same) meal.name = r.at(normaliseText(label.value)!, label.span);
      meal.kind = r.at('catering' as const, (details.caterer ?? details.place)!.span);
      if (!meal.date && showDate) meal.date = r.at(showDate, null, null, 'inferred');
      const place = details.place ? normaliseText(details.place.value) : null;
      if (place) meal.address ??= r.at(place, details.place!.span);
      if (count) meal.guestCount ??= r.at(Number(count[1]), details.count!.span);
      const dietary = details.dietary ? normaliseText(details.dietary.value) : null;
      if (dietary) meal.notes ??= r.at(dietary, details.dietary!.span);
    }
  }
}
