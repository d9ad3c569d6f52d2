/**
 * In a chat, a message that gives its times as provisional ("Provisional plan for Friday:", "tentative
 * schedule", "times TBC", Dutch "Voorlopig schema") is replaced item by item by later messages: a later item of the same name and
 * day at another time is the time that stands, whatever words that message uses ("Venue pickup kuma: …
 * 17:30" after a provisional "Venue pickup 4:45pm"). The once-a-day items are moved by schedule-chat-corrections.ts
 * already; this reaches the rides and other named items a provisional plan lists.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { read, turnIndexAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

const PROVISIONAL = /(?<!\p{L})(?:provisional|tentative|preliminary|draft|tbc|to be confirmed|not (?:yet )?final|provisorisch|vorläufig|provisoire|provisional|provisorio|provvisori[oa]|voorlopige?|preliminär|foreløbig|foreløpig)(?!\p{L})/iu;
/** The word right after an item's time: "14:00 (tbc)", "2:30pm - provisional". */
const AFTER_TIME = new RegExp(String.raw`^\s*(?:[ap]\.?m\.?)?[\s(\[,–—-]*(?:${PROVISIONAL.source})`, 'iu');
const folded = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function dropProvisionalChatItems(source: ExtractedSource, items: ScheduleItem[]): void {
  const turns = read(source).turns;
  if (turns.length < 3) return;
  const turnOf = (i: ScheduleItem) => (i.start.span ? turnIndexAt(turns, i.start.span[0]) : -1);
  // The word counts in the message's opening words, before any time ("Provisional times:"), or right after
  // the item's own time ("14:00 (tbc)"); elsewhere it is about something else ("Hotel pickup 14:00, driver TBC").
  const provisional = (i: ScheduleItem) => {
    const t = turns[turnOf(i)];
    if (!t || !i.start.span) return false;
    const body = source.text.slice(t.span[0], t.span[1]).trimStart();
    const opening = body.split('\n')[0]!.split(/\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\b)/i)[0]!;
    const after = source.text.slice(i.start.span[1], t.span[1]).split('\n')[0]!;
    return PROVISIONAL.test(opening) || AFTER_TIME.test(after);
  };
  const dropped = new Set(items.filter((old) => provisional(old) && items.some((i) => i !== old && turnOf(i) > turnOf(old)
    && folded(i.name.value) === folded(old.name.value) && i.kind.value === old.kind.value
    && (!i.date || !old.date || i.date.value === old.date.value) && i.start.value !== old.start.value && !provisional(i))));
  for (let i = items.length - 1; i >= 0; i--) if (dropped.has(items[i]!)) items.splice(i, 1);
}
