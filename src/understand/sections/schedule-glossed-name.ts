/**
 * A bilingual day sheet glosses an item's word after a slash: "Einlass / doors", "load in / carga".
 * When both halves name the same kind of item, the item is named by the first half alone: the
 * second is a translation, not more of the name ("Soundcheck / Act B" keeps its act). Latin script only.
 */
import { activityKind } from './activity-kinds.js';
import { halfAt } from '../text/bilingual-value.js';

const LATIN = /^[\p{Script=Latin}\p{P}\p{N}\s]+$/u;
const GLOSS = /^(?<first>[^/]{2,30}?)[ \t]+\/[ \t]+(?<second>[^/]{2,30}?)[ \t]*$/u;

/**
 * In a form written in two languages whose known labels stand at one position ("Amser / Time ⇥
 * Beth / What"), a name written twice ("Gwiriad sain / Soundcheck – Act") keeps the half at that
 * position when that half names a kind of item: `known` is the position (text/bilingual-value.ts).
 */
export function withoutGloss(name: string, known: 0 | 1 | null = null): string {
  const kept = known === null ? null : halfAt(name, known);
  if (kept && !['other', null].includes(activityKind(kept.value))) return kept.value;
  const m = GLOSS.exec(name);
  // A two-script sheet's rendering ("退館 / Venue out") is read as such elsewhere (text/bilingual-lines.ts).
  if (!m || !LATIN.test(m.groups!.first!) || !LATIN.test(m.groups!.second!)) return name;
  const kind = activityKind(m.groups!.first!);
  return kind && kind === activityKind(m.groups!.second!) ? m.groups!.first! : name;
}
