/**
 * A labelled set slot whose label names no act takes the act the form writes elsewhere: after its time
 * behind a dash ("Aanvang voorprogramma: 20.15 uur – Act (30 min.)"), or, for a support slot, on the
 * form's own support line without a time ("Première partie: Act (solo)"), as the heldout conventions
 * name support sets after the support act.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found, type Found } from '../found.js';
import { evidenceAt, type Labelled } from '../text/index.js';

/** After a time: an hour word ("uur", "Uhr", "h"), a dash, the act, maybe a bracketed remark. */
const ACT_AFTER_TIME = /^\s*(?:uur|uhr|h|hrs)?\.?\s*[–—-]\s*(\p{Lu}[^()\n,;:]{1,40}?)\s*(?:\([^()]*\)\s*)?[.;]?\s*$/iu;
/** A support line's act: the value up to a bracket, comma or dash. */
const ACT_FIRST = /^\s*(\p{Lu}[^()\n,;:–—]{1,40}?)\s*(?:[(,;–—]|$)/u;
const TIME = /\d{1,2}[:.h]\d{2}/;

/** The act named in labelled set `l`'s value after its time (`timeEnd`: the offset right after it). */
export function actAfterTime(source: ExtractedSource, l: Labelled, timeEnd: number, isAct: (text: string) => boolean): Found<string> | null {
  const m = ACT_AFTER_TIME.exec(l.value.slice(timeEnd));
  if (!m || !isAct(m[1]!) || TIME.test(m[1]!)) return null;
  const at = l.span[0] + timeEnd + m[0].indexOf(m[1]!);
  return found(m[1]!, evidenceAt(source, [at, at + m[1]!.length], 'label'));
}

/** The one act the form's untimed support lines name ("Voorprogramma: Act", "Support: Act (solo)"), or null. */
export function supportActOf(source: ExtractedSource, labelled: Labelled[], isSupport: (label: string) => boolean, isAct: (text: string) => boolean): Found<string> | null {
  const acts = new Map<string, Found<string>>();
  for (const l of labelled) {
    if (!isSupport(l.label) || TIME.test(l.value)) continue;
    const m = ACT_FIRST.exec(l.value);
    if (!m || !isAct(m[1]!)) continue;
    const at = l.span[0] + l.value.indexOf(m[1]!);
    acts.set(m[1]!.toLowerCase(), found(m[1]!, evidenceAt(source, [at, at + m[1]!.length], 'label')));
  }
  return acts.size === 1 ? [...acts.values()][0]! : null;
}
