/**
 * Two documents of one show name its fixed moments in their own words ("load in" in the band's note,
 * "Carga e descarga" in the promoter's contract). A day has one load-in, one doors and one curfew:
 * two of one kind on the same day at the same time are one item, however named. A name that is only
 * its kind's label ("Soundcheck", "Einlass") names no particular slot: it is the same slot as the one
 * an act's name specifies at that time.
 */
import type { Activity } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { labelKey } from '../text/lexicon.js';

const ONCE_A_DAY: ReadonlySet<string> = new Set(['load_in', 'doors', 'curfew']);

/** Whether `name` is only the lexicon's label for `kind` ("Soundcheck" for a soundcheck). */
function namesOnlyItsKind(name: string | undefined, kind: string | undefined): boolean {
  return name !== undefined && kind !== undefined && labelKey(name) === kind;
}

/** Whether two activities of the same kind, day and start are one whatever their names (the caller compares those). */
export function sameDespiteNames(a: Draft<Activity>, b: Draft<Activity>): boolean {
  const kind = a.kind?.value;
  return (kind !== undefined && ONCE_A_DAY.has(kind)) || namesOnlyItsKind(a.name?.value, kind) || namesOnlyItsKind(b.name?.value, kind);
}
