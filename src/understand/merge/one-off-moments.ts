/**
 * The day's one-off moments: at one hour on one day there is one get-in, doors, curfew or load-out, whatever
 * each document calls it ("Get-in" in the contract, "Load-in" on the day sheet). Two such items named only by a
 * word for their kind are the same item (kept apart from merge/rules.ts, which the sections themselves load).
 */
import type { Activity } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { activityKind } from '../sections/activity-kinds.js';
import { sameActivity } from './rules.js';

const ONE_OFF_KINDS = new Set(['load_in', 'load_out', 'doors', 'curfew']);

/** A name of at most two words that is only a word for its kind. */
function kindWordOnly(name: string | undefined, kind: string): boolean {
  return name !== undefined && name.trim().split(/\s+/).length <= 2 && activityKind(name) === kind;
}

export function sameActivityOrMoment(a: Draft<Activity>, b: Draft<Activity>): boolean {
  if (sameActivity(a, b)) return true;
  const kind = a.kind?.value;
  if (!kind || kind !== b.kind?.value || !ONE_OFF_KINDS.has(kind)) return false;
  if (!a.startTime || a.startTime.value !== b.startTime?.value) return false;
  if (a.date && b.date && a.date.value !== b.date.value) return false;
  return kindWordOnly(a.name?.value, kind) && kindWordOnly(b.name?.value, kind);
}
