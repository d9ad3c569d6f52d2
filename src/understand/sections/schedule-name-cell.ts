/**
 * The item cell of a schedule table read into its parts, as day sheets write it:
 *
 *   "Runner pick-up: hotel → radio studio"     a ride named before the colon, its route after it
 *   "Load in (via the side gate, Mill Lane)"   a lower-case remark in brackets is the item's note
 *   "Radio session (see PRESS below)"          a pointer to another part of the sheet is no part of the name
 */
import { activityKind, ROUTE } from './activity-kinds.js';
import { namedRoute } from './schedule-routes.js';
import type { ActivityKind } from '../../interfaces.js';

/** "Get-in (via the back door)": a lower-case remark in brackets after the name is the item's note. */
export const NOTE_IN_BRACKETS = /\s*\((\p{Ll}[^()]{3,60})\)\s*$/u;

/** "(see PRESS below)", "(siehe Catering)", "– see CATERING": a pointer to another section of the sheet. */
const CROSS_REFERENCE = /\s*\((?:see|siehe|voir|zie|vedi|ver|se|cf\.?)\s[^()]{1,40}\)|\s+[-–—]\s+(?:see|siehe|voir|zie|vedi)\s+\S[^()]{0,40}$/iu;

/** `text` without a pointer to another section of the sheet. */
export function withoutCrossReference(text: string): string {
  return text.replace(CROSS_REFERENCE, '').trim();
}

export interface NameCellPart { value: string; index: number }
export interface NameCell {
  name: NameCellPart;
  kind: ActivityKind | null;
  notes?: NameCellPart;
  from?: NameCellPart;
  to?: NameCellPart;
}

/** The item's name, kind, note and route in a schedule table's item cell, each with its offset in `text`. */
export function nameCellParts(text: string): NameCell {
  const name = withoutCrossReference(text);
  const at = (value: string) => ({ value, index: Math.max(0, text.indexOf(value)) });
  // Only a drawn arrow makes a route here: a dash in a cell also joins a name to its act ("Soundcheck – Band").
  const route = ROUTE.test(name) ? namedRoute(name) : null;
  if (route) {
    // A ride from one place to another is a transfer, whatever its label calls it ("Runner return").
    const own = activityKind(route.name.value);
    return { name: at(route.name.value), kind: own && own !== 'other' ? own : 'transfer', from: at(route.from.value), to: at(route.to.value) };
  }
  const bracket = NOTE_IN_BRACKETS.exec(name);
  // "Oda Frost (support)": a bracket naming the slot qualifies the act's name, it is no remark.
  const note = bracket && activityKind(bracket[1]!) !== 'set' ? bracket : null;
  const kind = activityKind(name);
  if (!note) return { name: at(name), kind };
  return { name: at(name.slice(0, note.index)), kind, notes: at(note[1]!) };
}
