/**
 * A questionnaire's catering section written as questions in one column and answers in the next
 * ("Catering provided by | Fig Kitchen | our own kitchen", "Dinner time | 18:30", "Number of hot
 * meals | 8", "Where is dinner served? | Green room"): the rows the label reader leaves (a question
 * with its "?", a row with a comment cell) are read here, each as the field its question asks for.
 */
import type { Labelled, LabelKey, Line } from '../text/index.js';
import { labelKey } from '../text/index.js';
import { MEAL } from './food-words.js';

/** What a question asks for: the provider, the meal's time, its head count or where it is served. */
export type FormField = LabelKey | 'provider';

const PROVIDER = /\b(?:provided|supplied|cooked|served)\s+by\b|^\s*(?:caterer|catering company|catering by)\b|\bgeliefert\s+von\b|\bfourni\s+par\b|\bverzorgd\s+door\b/iu;
const MEAL_TIME = new RegExp(String.raw`^\s*${MEAL}\s+(?:time|at|zeit|heure|tijd)\b|\b(?:what\s+)?time\s+(?:is|of)\s+(?:the\s+)?${MEAL}\b`, 'iu');
const HEAD_COUNT = new RegExp(String.raw`\b(?:number\s+of|how\s+many|no\.?\s+of|anzahl|nombre\s+de|aantal)\s+(?:\p{L}+\s+)?${MEAL}`, 'iu');
const SERVED_WHERE = /^\s*where\b|\bwo\s+wird\b|\bo[ùu]\s+(?:est|sera)\b|\bwaar\s+wordt\b/iu;

function fieldOf(question: string): FormField | null {
  if (PROVIDER.test(question)) return 'provider';
  if (MEAL_TIME.test(question)) return 'time';
  if (HEAD_COUNT.test(question)) return 'guest_count';
  if (SERVED_WHERE.test(question)) return 'location';
  return labelKey(question.replace(/\?+\s*$/, ''));
}

/** The section's question rows not labelled already, as labelled rows keyed by what they ask for. */
export function questionRows(lines: Line[], labelled: ReadonlySet<number>): (Labelled & { field: FormField | null })[] {
  return lines.flatMap((line) => {
    if (labelled.has(line.index)) return [];
    const cells = /^([^\t]+)\t+([^\t]+)/.exec(line.text);
    if (!cells) return [];
    const question = cells[1]!.trim();
    const value = cells[2]!.trim();
    const start = line.start + cells[0].length - cells[2]!.length + cells[2]!.indexOf(value);
    const field = fieldOf(question);
    return [{ key: field === 'provider' ? null : field, field, label: question, value, span: [start, start + value.length] as [number, number], line }];
  });
}
