/**
 * A venue's filled-in advance form, corrected by hand or in a later pass:
 * - an arrow line under a row gives the row's new time ("Aanvang ⇥ 21.00 uur" over "→ wordt 21.15 uur
 *   (afgestemd met TM)", "Set ⇥ 21:00" over "-> now 21:15"): the correction is the newer word, the row
 *   starts at its time;
 * - a row labelled with an end word alone ("Einde", "Ende", "End") right under the set's row, on a form
 *   that lists its curfew in a row of its own, is when that set ends, not a second curfew.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findTimes } from '../normalise/index.js';
import { evidenceAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

/** An arrow opening the line, maybe a word for "becomes", then the new time. */
const ARROW_CORRECTION = /^[ \t]*(?:→|->|=>|⇒)[ \t]*(?:(?:wordt|is nu|nu|becomes|is now|now|changed to|moved to|wird|neu|jetzt|devient|passe à|diventa|pasa a)[ \t]+)?(?=\d)/iu;
/** A row named by an end word alone. */
const END_WORD = /^(?:einde|eind|ende|end|fin|slut)$/i;

/** Each labelled row's time corrected on the line under it takes that time. */
export function arrowCorrectedTimes(source: ExtractedSource, items: ScheduleItem[]): void {
  const text = source.text;
  for (const item of items) {
    const rowEnd = item.start.span ? text.indexOf('\n', item.start.span[1]) : -1;
    if (rowEnd < 0) continue;
    const nextEnd = text.indexOf('\n', rowEnd + 1);
    const next = text.slice(rowEnd + 1, nextEnd < 0 ? undefined : nextEnd);
    const arrow = ARROW_CORRECTION.exec(next);
    const time = arrow ? findTimes(next.slice(arrow[0].length))[0] : undefined;
    if (!arrow || !time || time.index !== 0) continue;
    const at = rowEnd + 1 + arrow[0].length;
    item.start = found(time.value, evidenceAt(source, [at, at + time.length], 'label', true));
  }
}

/** A bare end row under an open set, beside a curfew row of its own, ends that set. */
export function endRowsOfSets(items: ScheduleItem[]): void {
  for (const end of [...items]) {
    if (end.kind.value !== 'curfew' || !END_WORD.test(end.name.value.trim()) || !end.start.span) continue;
    if (!items.some((o) => o.kind.value === 'curfew' && !END_WORD.test(o.name.value.trim()))) continue;
    const before = items.filter((o) => o.start.span && o.start.span[0] < end.start.span![0]).sort((a, b) => b.start.span![0] - a.start.span![0])[0];
    if (!before || before.kind.value !== 'set' || before.end || before.support) continue;
    before.end = end.start;
    items.splice(items.indexOf(end), 1);
  }
}
