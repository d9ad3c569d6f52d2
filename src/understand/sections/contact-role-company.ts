/**
 * "Alex Berg – Production Manager, Band Name – +46 …": a capitalised pair right after a role and a
 * comma is the organisation the role is held at, not the person; the person is the name written
 * before the role. Used by the prose reader, which otherwise takes the name closest to the number.
 */
import { ROLE_WORDS } from './people.js';

/** Of `names` (matches in `text`, in order), the index of the person's: the last, unless it follows a role and a comma. */
export function personIndex(text: string, names: RegExpMatchArray[]): { person: number; company: number | null } {
  const last = names.length - 1;
  if (last < 1) return { person: last, company: null };
  const prev = names[last - 1]!;
  const between = text.slice(prev.index! + prev[0].length, names[last]!.index!);
  // Between the two names: a separator, a role, then a comma directly before the later name.
  const roleThenComma = /^\s*[-–—|,(]\s*([^,\n\d@]{2,40}),\s*$/.exec(between);
  return roleThenComma && ROLE_WORDS.test(roleThenComma[1]!) ? { person: last - 1, company: last } : { person: last, company: null };
}
