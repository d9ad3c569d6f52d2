/**
 * "Hotel Contact: | Ann Lee, Group Sales | Direct: | (503) 555-0101 · ann@…": a sheet's label block
 * lays out two Label | value pairs a row, so a person's phone and e-mail may stand beside them under a
 * label of their own ("Direct:", "Mobile:", "E-mail:") on the same row. That value is the person's.
 */
import type { Labelled, Reading } from '../text/index.js';

/** Labels that introduce how to reach someone: the phone and e-mail keys, and a direct line's words. */
const REACH_LABEL = /^(?:direct(?:[ \t]+(?:line|dial|no\.?|number))?|dd|cell|cellular|handy|whatsapp)$/i;

/** The value of the next label on the person's row when it is a phone or e-mail ("Direct: +1 …"), else null. */
export function detailBeside(r: Reading, person: Labelled): Labelled | null {
  const next = r.labelled.find((l) => l.line.index === person.line.index && l.span[0] > person.span[1]);
  if (!next) return null;
  const reachLabel = next.key === 'phone' || next.key === 'email' || REACH_LABEL.test(next.label.trim());
  return reachLabel && /@|\d(?:[ ./()-]*\d){6,}/.test(next.value) ? next : null;
}
