/**
 * Catering in an advancing form or workbook: a section headed "Catering" ("4. Catering", a
 * "Catering" sheet) whose rows give the meal's details — whether there is one ("Artist-Catering
 * [x] ja [ ] nein"), where ("Ort", "Location"), when ("Uhrzeit"), for how many ("Personen") and
 * dietary needs ("Allergien"). A row naming the provider ("Catering: Foundry Kitchen") is left to
 * the label reader in food.ts.
 */
import type { Food } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { findTimes, normaliseText } from '../normalise/index.js';
import { foldLabel, isNotApplicable, isPendingValue, labelKey, labelKeyByPrefix, opensSection, sectionTitle, type LabelKey, type Labelled, type Line, type Reading } from '../text/index.js';
import { questionRows } from './food-form-questions.js';
import { placeOf } from './place.js';
import { looseDates } from './travel/phrases.js';
import type { Reader } from './travel/reader.js';

type FoodDraft = Draft<Food>;

export interface FormContext {
  ref: Date | null;
  showDate: string | null;
}

/** A box on a form, ticked or not: "[x]", "[ ]", "☐", "☒". */
export const CHECKBOX = /\[\s*[xX✓✔]?\s*\]|[☐☒☑]/u;
/** A ticked box and the option written after it ("[x] ja", "☒ Yes"). */
const TICKED = /(?:\[\s*[xX✓✔]\s*\]|[☒☑])\s*([^[\]☐☒☑]*)/u;
const NO = /^(?:no|nein|nej|non|nee|ei|ne|keine?|none|ninguno)\b/i;

const MEAL_KEYS: ReadonlySet<LabelKey> = new Set(['catering', 'meal']);
const PLACE_KEYS: ReadonlySet<LabelKey> = new Set(['location', 'city', 'address', 'venue']);
/** An answer asking for the detail instead of giving it ("please send by 1 May"). */
const ASKS = /^\s*(?:please|bitte|merci de|graag|por favor|per favore)\b/i;
/** How far a section without a following heading reaches. */
const MAX_ROWS = 12;

interface Choice {
  label: string;
  start: number;
  /** The option ticked, or null when no box is. */
  ticked: string | null;
}

/** The first line of `lines` offering boxes to tick: its label (before the first box) and the option ticked. */
function choiceIn(lines: Line[]): Choice | null {
  for (const line of lines) {
    const box = line.text.search(CHECKBOX);
    const label = box > 0 ? line.text.slice(0, box).replace(/[\s*:]+$/, '').trim() : '';
    if (!label) continue;
    const ticked = TICKED.exec(line.text);
    return { label, start: line.start + line.text.indexOf(label), ticked: ticked ? ticked[1]!.trim() : null };
  }
  return null;
}

/** Whether a label names the meal itself ("Artist-Catering", "Band dinner"). */
function namesMeal(label: string): boolean {
  return foldLabel(label).split(' ').some((word) => MEAL_KEYS.has(labelKey(word)!));
}

/** A heading's meal word followed by whom it is for: "Catering de artistas", "Catering for the band", "Verpflegung für die Crew". */
const FOR_WHOM = /^\p{L}+\s+(?:de|del|for|für|pour|para|per|voor|til|för|a)\s+\p{L}/iu;

/**
 * The meals of a source's catering sections: each heading's rows, up to the next section or MAX_ROWS
 * lines; and the lines of the sections that gave one (no other food reader reads them again).
 */
export function cateringForms(reading: Reading, r: Reader, ctx: FormContext): { drafts: FoodDraft[]; lines: Set<number> } {
  const { lines } = reading;
  const taken = new Set<number>();
  const drafts = lines.flatMap((line, i) => {
    const title = sectionTitle(line);
    // "Catering de artistas", "Catering for the band": the meal word and whom it is for head the section too
    // ("Hospitality confirmation" names a paper, not its catering section).
    if (!title || !MEAL_KEYS.has((labelKey(title) ?? (FOR_WHOM.test(title) ? labelKeyByPrefix(title) : null))!)) return [];
    let end = lines.findIndex((l, j) => j > i && opensSection(l));
    if (end < 0 || end - i > MAX_ROWS) end = Math.min(lines.length, i + MAX_ROWS);
    const keyed = reading.labelled.filter((l) => l.line.index > i && l.line.index < end && l.key);
    // Rows the label reader left unkeyed may still be questions asking for the meal's details (food-form-questions.ts).
    const questions = questionRows(lines.slice(i + 1, end), new Set(keyed.map((l) => l.line.index)));
    const provider = questions.find((q) => q.field === 'provider');
    const meal = mealOf(r, ctx, { line, title }, lines.slice(i + 1, end), [...keyed, ...questions], provider);
    if (meal) for (let j = i + 1; j < end; j++) taken.add(j);
    return meal ? [meal] : [];
  });
  return { drafts, lines: taken };
}

/** The meal a catering section describes, or null when it says there is none or gives no detail. */
function mealOf(r: Reader, ctx: FormContext, heading: { line: Line; title: string }, lines: Line[], rows: Labelled[], provider?: Labelled): FoodDraft | null {
  if (rows.some((l) => MEAL_KEYS.has(l.key!) && !CHECKBOX.test(l.value))) return null;
  const choice = choiceIn(lines);
  if (choice && (!choice.ticked || NO.test(choice.ticked))) return null;
  const d: FoodDraft = {};
  for (const row of rows) readRow(r, ctx, row, d);
  if (!d.time && !d.guestCount && !d.address) return null;
  // The meal is named by its provider, else its own choice row ("Artist-Catering"), else the section's heading.
  const providerName = provider ? normaliseText(provider.value.split(/,\s*/)[0]!) : null;
  const name = providerName && !isNotApplicable(providerName) && !isPendingValue(providerName)
    ? { text: providerName, start: provider!.span[0] }
    : choice && namesMeal(choice.label)
    ? { text: choice.label, start: choice.start }
    : { text: heading.title, start: heading.line.start + Math.max(0, heading.line.text.indexOf(heading.title)) };
  d.name = r.at(name.text, [name.start, name.start + name.text.length], null, 'label');
  d.kind = r.at('catering' as const, d.name.span, null, 'inferred');
  if (!d.date && ctx.showDate) d.date = r.at(ctx.showDate, null, null, 'inferred');
  return d;
}

/** One row's detail, each field taken from its first row. */
function readRow(r: Reader, ctx: FormContext, row: Labelled, d: FoodDraft): void {
  const at = <T>(value: T, index = 0, length = row.value.length, validated: boolean | null = null) =>
    r.at(value, [row.span[0] + index, row.span[0] + index + length], validated, 'label');
  const key = row.key;
  if (key && PLACE_KEYS.has(key) && !d.address) {
    const place = normaliseText(row.value);
    if (!place) return;
    d.address = at(place);
    const city = placeOf(place);
    if (city.city && city.cityIndex !== null) d.city = at(city.city, city.cityIndex, city.city.length);
  } else if (key === 'time' && !d.time) {
    const time = findTimes(row.value)[0];
    if (time) d.time = at(time.value, time.index, time.length, true);
  } else if (key === 'guest_count' && !d.guestCount) {
    const count = /\b\d{1,3}\b/.exec(row.value);
    if (count) d.guestCount = at(Number(count[0]), count.index, count[0].length);
  } else if (key === 'date' && !d.date) {
    const date = looseDates(row.value, ctx.ref).find((x) => x.hasYear || ctx.ref);
    if (date) d.date = at(date.value, date.index, date.length, true);
  } else if ((key === 'dietary' || key === 'notes') && !d.notes && !ASKS.test(row.value)) {
    const notes = normaliseText(row.value);
    if (notes) d.notes = at(notes);
  }
}
