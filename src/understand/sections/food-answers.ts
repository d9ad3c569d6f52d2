/**
 * A meal's details from an advance questionnaire answered inline: "Wie viele Essen? / How many
 * dinners?" over "6" is the meal's head count, "Allergien / Diets?" over "1 vegan" its notes. The
 * answers describe the one meal the document books, so they are read only when it books one. A form's
 * question row beside its answer counts it too ("Number of dinners ⇥ 8").
 */
import type { ExtractedSource, Food } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normaliseText } from '../normalise/index.js';
import { evidenceAt, questionAnswers, type Line } from '../text/index.js';
import { MEAL } from './food-words.js';
import { questionRows } from './food-form-questions.js';

/** "How many dinners", "Wie viele Essen", "Combien de repas": the question asks for the head count. */
const HOW_MANY_MEALS = new RegExp(String.raw`\b(?:how\s+many|wie\s+viele|combien\s+de|cu[aá]nt[oa]s|quant[ie]|hoeveel|hur\s+många|hvor\s+mange)\s+${MEAL}`, 'iu');
const BARE_COUNT = /^\s*(\d{1,3})\s*(?:\p{L}+)?\s*$/u;

export function mealAnswers(source: ExtractedSource, lines: Line[], meals: Draft<Food>[]): void {
  if (meals.length !== 1) return;
  const meal = meals[0]!;
  for (const qa of questionAnswers(source, lines)) {
    const count = HOW_MANY_MEALS.test(qa.label) ? BARE_COUNT.exec(qa.value) : null;
    if (count && !meal.guestCount) meal.guestCount = found(Number(count[1]), evidenceAt(source, qa.span, 'label'));
    const notes = qa.key === 'dietary' ? normaliseText(qa.value) : null;
    if (notes && !meal.notes) meal.notes = found(notes, evidenceAt(source, qa.span, 'label'));
  }
  // A form's row asking the count beside its answer ("How many dinners ⇥ 8", food-form-questions.ts).
  for (const row of questionRows(lines, new Set())) {
    const count = row.field === 'guest_count' ? BARE_COUNT.exec(row.value) : null;
    if (count && !meal.guestCount) meal.guestCount = found(Number(count[1]), evidenceAt(source, row.span, 'label'));
  }
}
