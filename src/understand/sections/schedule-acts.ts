/**
 * An act named in prose with a verb of playing before its time, as a thread writes a moved slot:
 * "so Marta Vey plays 20:15–20:50", "Kallsjön spelar då 19.45–20.20", "Nachtfalter spielt jetzt
 * um 21:00". The act is capitalised words directly before the verb, not a pronoun ("We play at 9"
 * is the reader's own set, read elsewhere).
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findTimes } from '../normalise/index.js';
import { evidenceAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const TIME = String.raw`\d{1,2}[:.h]\d{2}`;
const ADVERB = String.raw`(?:now|then|då|nu|sedan|dann|jetzt|nun|alors|maintenant|ahora|luego|dan)`;
const PLAYS = new RegExp(
  String.raw`(?<act>${WORD}(?:\s+(?:&\s+)?${WORD}){0,3})\s+(?:${ADVERB}\s+)?(?:plays?|spelar|spiller|spielt|speelt|joue|toca|suona)` +
  String.raw`\s+(?:(?:${ADVERB}|at|from|um|ab|kl\.?|à|a las|om|alle)\s+){0,2}(?<time>${TIME}(?:\s*[-–]\s*${TIME})?)`,
  'gu',
);
/** Words that open a sentence before the act ("Then Marta Vey plays…"), and pronouns, which name no act. */
const LEADING = /^(?:(?:then|so|and|now|så|och|sedan|dann|und|also|puis|et|alors|luego|y|dus|en)\s+)+/i;
const PRONOUN = /^(?:i|we|they|you|he|she|it|vi|ni|de|han|hon|jag|wir|sie|er|ihr|ich|nous|ils|elles|il|elle|nosotros|ellos|ellas|wij|zij|jullie|ik)$/i;

/** The slots `prose` names as "ACT plays TIME"; `offset` is where the prose starts in the source. */
export function actSlots(source: ExtractedSource, prose: { text: string; offset: number }): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const m of prose.text.matchAll(PLAYS)) {
    const raw = m.groups!.act!;
    const act = raw.replace(LEADING, '').replace(/\s+/g, ' ');
    if (!act || PRONOUN.test(act)) continue;
    const times = findTimes(m.groups!.time!);
    if (!times.length) continue;
    const actAt = prose.offset + m.index + raw.length - raw.replace(LEADING, '').length;
    const timeAt = prose.offset + m.index + m[0].length - m.groups!.time!.length;
    const span = (t: { index: number; length: number }): [number, number] => [timeAt + t.index, timeAt + t.index + t.length];
    const item: ScheduleItem = {
      name: found(act, evidenceAt(source, [actAt, actAt + act.length], 'pattern')),
      kind: found('set', evidenceAt(source, [actAt, actAt + act.length], 'pattern')),
      start: found(times[0]!.value, evidenceAt(source, span(times[0]!), 'pattern', true)),
      act: true,
    };
    if (times[1]) item.end = found(times[1].value, evidenceAt(source, span(times[1]), 'pattern', true));
    items.push(item);
  }
  return items;
}
