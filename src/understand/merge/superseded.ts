/**
 * When sources disagree on one of the show's times (the promoter's "soundcheck from 16:00" against
 * the venue's advance sheet's 16:45), the merge of `general` settles it. The losing source's own
 * schedule item for that time restates the superseded statement, so it goes too — otherwise the
 * night would have two soundchecks. Only the item of the same kind, date, source and time goes. A set
 * goes only when the losing source calls it plainly the show's ("Performance", "Set") or it was named
 * after the artist by inference: a night has several sets, and one named by its act may be another act's.
 */
import type { Activity } from '../../interfaces.js';
import type { Draft } from '../found.js';
import type { Conflict } from './fields.js';
import { isGenericName } from './rules.js';
import { foldText } from '../../reference/index.js';

const FIELD_OF_KIND: Record<string, string> = {
  soundcheck: 'soundcheckTime', doors: 'doorsTime', curfew: 'curfewTime', set: 'setTime',
};

/**
 * Whether a set item is the show's own by its name: generic as written, the artist's name inferred, or the
 * show's artist as the merge settled it ("Cinder Moth (75 min)" when the show is Cinder Moth's).
 */
function ownSet(d: Draft<Activity>, artist: string | undefined): boolean {
  if (!d.name || d.name.method === 'inferred' || isGenericName(d.name.value)) return true;
  return !!artist && foldText(d.name.value.replace(/\s*\([^()]*\)\s*$/u, '')) === foldText(artist);
}

export function withoutSupersededActivities(drafts: Draft<Activity>[], general: Conflict[], date: string | undefined, artist?: string, draftSources: ReadonlySet<string> = new Set()): Draft<Activity>[] {
  const losers = new Map(general.flatMap((c) => c.values.slice(1).map((v) => [`${c.field}|${v.source}|${String(v.value)}`, String(c.values[0]!.value)] as const)));
  if (!losers.size) return drafts;
  return drafts.flatMap((d) => {
    const field = d.kind && FIELD_OF_KIND[d.kind.value];
    if (!field || !d.startTime || (d.date && date && d.date.value !== date) || (d.kind!.value === 'set' && !ownSet(d, artist))) return [d];
    const kept = losers.get(`${field}|${d.startTime.source}|${d.startTime.value}`);
    if (kept === undefined) return [d];
    // A draft's item (merge/draft-documents.ts) keeps its other details (the stage, the act's name) at the agreed time.
    if (draftSources.has(d.startTime.source) && /^\d{2}:\d{2}$/.test(kept)) return [{ ...d, startTime: { ...d.startTime, value: kept, method: 'inferred' } }];
    return [];
  });
}
