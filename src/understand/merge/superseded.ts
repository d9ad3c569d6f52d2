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

const FIELD_OF_KIND: Record<string, string> = {
  soundcheck: 'soundcheckTime', doors: 'doorsTime', curfew: 'curfewTime', set: 'setTime',
};

/** Whether a set item is the show's own by its name: generic as written, or the artist's name inferred. */
function ownSet(d: Draft<Activity>): boolean {
  return !d.name || d.name.method === 'inferred' || isGenericName(d.name.value);
}

export function withoutSupersededActivities(drafts: Draft<Activity>[], general: Conflict[], date: string | undefined): Draft<Activity>[] {
  const losers = new Set(general.flatMap((c) => c.values.slice(1).map((v) => `${c.field}|${v.source}|${String(v.value)}`)));
  if (!losers.size) return drafts;
  return drafts.filter((d) => {
    const field = d.kind && FIELD_OF_KIND[d.kind.value];
    if (!field || !d.startTime || (d.date && date && d.date.value !== date) || (d.kind!.value === 'set' && !ownSet(d))) return true;
    return !losers.has(`${field}|${d.startTime.source}|${d.startTime.value}`);
  });
}
