/**
 * "Alex Berg – Production Manager, Band Name – +46 …", "Alex Berg · Promotor · Band Name", "Alex Berg,
 * jefe técnico Sala Norte: 611 …": a capitalised pair right after a role and a comma (a card line's middle
 * dot, or straight after a lower-case role set off by the person's comma) is the organisation the
 * role is held at, not the person; the person is the name written before the role. Used by the
 * prose reader, which otherwise takes the name closest to the number.
 */
import { ROLE_WORDS } from './people.js';

/** Of `names` (matches in `text`, in order), the index of the person's: the last, unless it follows a role and a comma. */
export function personIndex(text: string, names: RegExpMatchArray[]): { person: number; company: number | null } {
  const last = names.length - 1;
  if (last < 1) return { person: last, company: null };
  const prev = names[last - 1]!;
  const between = text.slice(prev.index! + prev[0].length, names[last]!.index!);
  // Between the two names: a separator, a role, then a comma directly before the later name; a
  // card line's middle dots do both jobs ("Ana Ruiz · Promotor · Firm").
  const roleThenComma = /^\s*[-–—|,(]\s*([^,\n\d@]{2,40}),\s*$/.exec(between) ?? /^\s*[·•]\s*([^,\n\d@·•]{2,40}?)\s*[·•]\s*$/.exec(between);
  // "Tech → Ana Ruiz, jefe técnico Sala Norte: 611 …": after the person opening the clause and a comma, a
  // role in lower case runs straight into where it is held, which labels the number with its colon
  // ("… to the Gate, driver Ana Ruiz" names the driver).
  const opensClause = /(?:^|[→:>–—.!?]|\s-)\s*$/u.test(text.slice(0, prev.index));
  const labelsNumber = /^\s*:/u.test(text.slice(names[last]!.index! + names[last]![0].length));
  const apposition = opensClause && labelsNumber ? /^\s*,\s*(\p{Ll}[^,\n\d@]{1,39}?)\s+$/u.exec(between) : null;
  const role = roleThenComma?.[1] ?? (apposition && !/^(?:our|your|the|my|his|her|their|nuestr[oa]|su|el|la)\b/iu.test(apposition[1]!) ? apposition[1] : undefined);
  return role && ROLE_WORDS.test(role) ? { person: last - 1, company: last } : { person: last, company: null };
}
