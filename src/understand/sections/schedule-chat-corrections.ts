/**
 * In a chat, a later message that corrects a time ("Correction on load in sorry!! it's 2:30pm not
 * 3pm") replaces the earlier message's item of the same fact. A chat has no quote depth to tell old
 * from new (e-mail threads do, schedule.ts newestPerFact): the messages' order does, but only a
 * message with a word of change overrides, not a question or a repeat ("can we load in at 2?").
 */
import type { ExtractedSource } from '../../interfaces.js';
import { read } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

/** Kinds a show has once a day: a second time in a later, correcting message is the same fact moved. */
const ONCE = new Set(['load_in', 'soundcheck', 'doors', 'curfew']);
const CHANGE = /(?<![\p{L}])(?:correction|corrected|correct(?:ing)?|change[ds]?|update[ds]?|moved?|instead|not|now|korrektur|änderung|jetzt|statt|ändring|istället|nu|endring|ændring|i stedet|correction|plutôt|au lieu|cambio|corrección|en lugar|ahora|modifica|invece|ora|wijziging|correctie|nu|in plaats|ipv|i\.p\.v|zmiana|korekta|teraz|zamiast)(?![\p{L}])/iu;

export function laterChatCorrections(source: ExtractedSource, items: ScheduleItem[]): void {
  const turns = read(source).turns;
  if (turns.length < 3) return;
  const turnOf = (i: ScheduleItem) => (i.start.span ? turns.findIndex((t) => t.span[0] <= i.start.span![0] && i.start.span![0] < t.span[1]) : -1);
  const correcting = (i: ScheduleItem) => {
    const t = turns[turnOf(i)];
    return !!t && CHANGE.test(source.text.slice(t.span[0], t.span[1]));
  };
  // Soundchecks are told apart by name (the support's line check); the others are one a day whatever a message calls them.
  const same = (a: ScheduleItem, b: ScheduleItem) => a.kind.value === b.kind.value && ONCE.has(a.kind.value)
    && (a.kind.value !== 'soundcheck' || a.name.value.toLowerCase() === b.name.value.toLowerCase())
    && (a.date?.value ?? null) === (b.date?.value ?? null) && a.start.value !== b.start.value;
  const superseded = new Set(items.filter((old) => items.some((later) => same(old, later) && turnOf(later) > turnOf(old) && turnOf(old) >= 0 && correcting(later))));
  for (let i = items.length - 1; i >= 0; i--) if (superseded.has(items[i]!)) items.splice(i, 1);
}
