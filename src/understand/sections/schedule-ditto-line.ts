/**
 * A hand-written list gives one kind of item for several acts by writing the kind once:
 *
 *   SOUNDCHECK Velvet Moths 16:00 - 17:00
 *              Lune Park   17:15 - 17:45
 *
 * A line that is only a name and a time span, right below a line opening with a per-act item word
 * (a check, an interview) then a name and a span, is the same item for that name ("Soundcheck Lune Park").
 */
import type { ActivityKind } from '../../interfaces.js';
import { activityKind } from './activity-kinds.js';

/** Items a day gives each act in turn. */
const PER_ACT: ReadonlySet<ActivityKind> = new Set(['soundcheck', 'interview']);
/** "SOUNDCHECK Velvet Moths 16:00 - 17:00": the item word, the act, a span. */
const WORD_NAME_SPAN = /^\s*(\p{L}[\p{L}-]*)\s+\p{Lu}[^\d\n]*?\s+\d{1,2}[:.]\d{2}\s*[-–—]\s*\d{1,2}[:.]\d{2}/u;
const NAME = /^\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,3}$/u;

/** The kind and name of a ditto line's item, or null when the line above gives none. */
export function dittoItem(lineAbove: string, name: string, hasEnd: boolean): { kind: ActivityKind; name: string } | null {
  const trimmed = name.trim();
  if (!hasEnd || !NAME.test(trimmed) || activityKind(trimmed) !== 'other') return null;
  const m = WORD_NAME_SPAN.exec(lineAbove);
  const kind = m ? activityKind(m[1]!) : null;
  if (!m || !kind || !PER_ACT.has(kind)) return null;
  const word = m[1]!;
  // The item word as a name's opening: "SOUNDCHECK" → "Soundcheck".
  const cased = word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word;
  return { kind, name: `${cased} ${trimmed}` };
}
