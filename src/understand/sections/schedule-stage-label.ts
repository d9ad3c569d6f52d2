/**
 * A festival's slot sheet names the act's stage once ("Stage: Harbour Tent") and times the act's
 * check and set below without a place: they happen on that stage. Only a stage named alone counts
 * ("Harbour Tent (outdoor)" gives "Harbour Tent"); a row describing it ("Main stage 12 × 10 m, roof")
 * is the technical section's, and two different stages name no one place.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { evidenceAt, read } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

/** Items that happen on the act's stage. */
const ON_STAGE = new Set(['set', 'soundcheck']);
/** A stage's name: a few words, no figures (a size or a height is a description). */
const STAGE_NAME = /^[\p{L}'’&.-]+(?:[ ][\p{L}'’&.-]+){0,4}$/u;

/** The one stage the source's labels name, with its span. */
function labelledStage(source: ExtractedSource): { value: string; span: [number, number] } | null {
  const names = read(source).labelled.flatMap((l) => {
    if (l.key !== 'stage') return [];
    const value = l.value.replace(/\s*\([^()]*\)\s*$/, '').trim();
    return STAGE_NAME.test(value) ? [{ value, span: [l.span[0], l.span[0] + value.length] as [number, number] }] : [];
  });
  return new Set(names.map((n) => n.value.toLowerCase())).size === 1 ? names[0]! : null;
}

/** Places the act's set and check on the labelled stage when they name no place of their own. */
export function onLabelledStage(source: ExtractedSource, items: ScheduleItem[]): void {
  const stage = labelledStage(source);
  if (!stage) return;
  for (const item of items) {
    if (ON_STAGE.has(item.kind.value) && !item.location) item.location = found(stage.value, evidenceAt(source, stage.span, 'inferred'));
  }
}
