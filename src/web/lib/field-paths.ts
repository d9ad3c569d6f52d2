/**
 * Field paths as the review uses them (the confidence map's keys): which editor a path belongs to, its
 * confidence, its label for people, its place on the page, and what a removed list item does to them.
 */
import { IMPORT_SECTIONS } from '../../interfaces.js';
import type { ConfidenceMap, FieldConfidence, ImportData, ImportSection } from '../../interfaces.js';
import { LIST_FIELDS, RECORD_FIELDS, SECTION_TITLES, type FieldSpec } from './fields.js';
import { getAt, parsePath, shiftAfterRemoval, type PathStep } from './paths.js';

export type ByPath<T> = Record<string, T>;

/** A map by path after removing item `index` of the list at `listPath`. */
export function rekey<T>(map: ByPath<T>, listPath: string, index: number): ByPath<T> {
  const out: ByPath<T> = {};
  for (const [path, value] of Object.entries(map)) {
    const moved = shiftAfterRemoval(path, listPath, index);
    if (moved !== null) out[moved] = value;
  }
  return out;
}

/** The editor a confidence path belongs to: a name in a list of names is edited with its list. */
export function editorPath(data: ImportData, path: string): string {
  const steps = parsePath(path);
  const parent = steps.slice(0, -1);
  return typeof steps.at(-1) === 'number' && Array.isArray(getAt(data, parent)) && typeof getAt(data, path) === 'string'
    ? path.replace(/\[\d+\]$/, '')
    : path;
}

/** Confidence of an editor: its own entry, or the weakest of its list of names. */
export function confidenceOf(confidence: ConfidenceMap, path: string): FieldConfidence | undefined {
  if (confidence[path]) return confidence[path];
  const parts = Object.entries(confidence).filter(([p]) => p.startsWith(`${path}[`)).map(([, c]) => c);
  return parts.sort((a, b) => a.score - b.score)[0];
}

/** Of a document, only the category is the person's to change; its name, type and size are the file's. */
export const isEditable = (path: string): boolean => !path.startsWith('documents[') || path.endsWith('.category');

/**
 * Page order: section, item, the field's place in the item — and a flight's passengers after the
 * flight's own fields.
 */
function orderKey(path: string): number[] {
  const steps = parsePath(path);
  const numbers = steps.filter((s): s is number => typeof s === 'number');
  const field = specsOf(steps).findIndex((s) => s.key === steps.at(-1));
  const key = [IMPORT_SECTIONS.indexOf(steps[0] as ImportSection), ...numbers.slice(0, 1)];
  return steps.includes('passengers') ? [...key, Number.MAX_SAFE_INTEGER, ...numbers.slice(1), field] : [...key, field];
}

export function comparePaths(a: string, b: string): number {
  const [x, y] = [orderKey(a), orderKey(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}

function specsOf(steps: PathStep[]): readonly FieldSpec[] {
  if (steps.includes('passengers')) return LIST_FIELDS.passengers;
  const section = String(steps[0]);
  return (RECORD_FIELDS as Record<string, readonly FieldSpec[]>)[section] ?? (LIST_FIELDS as Record<string, readonly FieldSpec[]>)[section]
    ?? [{ key: 'category', label: 'Category', kind: { type: 'text' } }];
}

/** "Flights #1 · Departs (local)". */
export function labelOf(path: string): string {
  const steps = parsePath(path);
  const section = steps[0] as keyof typeof SECTION_TITLES;
  const key = steps.at(-1);
  const label = specsOf(steps).find((s) => s.key === key)?.label ?? String(key);
  const items = steps.filter((s): s is number => typeof s === 'number').map((n) => `#${n + 1}`).join(' ');
  return `${SECTION_TITLES[section] ?? section}${items ? ` ${items}` : ''} · ${label}`;
}

