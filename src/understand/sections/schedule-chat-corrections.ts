/**
 * In a chat, a later message that corrects a time ("Correction on load in sorry!! it's 2:30pm not
 * 3pm") replaces the earlier message's item of the same fact. A chat has no quote depth to tell old
 * from new (e-mail threads do, schedule.ts newestPerFact): the messages' order does, but only a
 * message with a word of change overrides, not a question or a repeat ("can we load in at 2?").
 * The moved item keeps the name the earlier message gave it ("Balances" moved by "soundcheck now
 * at 17h"), and a later message restating an item at the same time ("= doors 8pm") adds no second one.
 * A new hour without am/pm keeps the half of the day of the time it replaces ("moved to 3:30" for "2pm").
 * Any item a later message moves "instead of" its old time replaces the one at that time, keeping its places.
 * A later message naming no day moves the item of the day sheet it answers; a check it names by its
 * word alone ("your soundcheck 17:45") is the one full soundcheck named before it.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { findTimes } from '../normalise/index.js';
import { read, turnIndexAt } from '../text/index.js';
import { bareHour, bareKindWord, sameCheck, twelveLater, type ScheduleItem } from './schedule.js';

/** Kinds a show has once a day: a second time in a later, correcting message is the same fact moved. */
const ONCE = new Set(['load_in', 'soundcheck', 'doors', 'curfew']);
// Tanglish "maathiyaachu" / Tamil "மாத்தியாச்சு" (changed it), "maatram" / "மாற்றம்" (a change); Sinhala
// "අලුත්" / "aluth" (new), "වෙනස" / "wenasak" (a change); Hausa "yanzu" (now), "ya koma" (moved to), "ya canza" /
// "canji" (changed, a change), "maimakon" (instead of), "gyara" (a correction). Italian "slitta" (slips to), "spostato" (moved),
// "anticipato" / "posticipato" (brought forward, put back).
const CHANGE = /(?<![\p{L}\p{M}])(?:yanzu|(?:ya|ta|sun|za ta|zai) koma|canza|canji|maimakon|gyara|correction|corrected|correct(?:ing)?|change[ds]?|update[ds]?|move[ds]?|instead|not|now|korrektur|änderung|jetzt|statt|ändring|istället|nu|endring|ændring|i stedet|correction|plutôt|au lieu|cambio|corrección|en lugar|ahora|modifica|invece|ora|slitta(?:no|t[oa])?|spostat[oa]|anticipat[oa]|posticipat[oa]|wijziging|correctie|nu|in plaats|ipv|i\.p\.v|zmiana|korekta|teraz|zamiast|maatram|maathi\p{L}*|மாற்ற[\p{L}\p{M}]*|மாத்தி[\p{L}\p{M}]*|aluth|wenas\p{L}*|අලුත්|වෙනස[\p{L}\p{M}]*)(?![\p{L}\p{M}])/iu;

/** "14:40 instead of 13:40", "15:00 statt 14:00": the time a correction replaces, written right after the new one. */
const REPLACED_TIME = /^[ \t]*,?[ \t]*(?:instead of|rather than|statt|anstatt|istället för|i stedet for|au lieu de|en lugar de|en vez de|invece delle|invece di|in plaats van|zamiast)[ \t]+(?:the[ \t]+)?(\d{1,2}[:.h]\d{2})/iu;

export function laterChatCorrections(source: ExtractedSource, items: ScheduleItem[]): void {
  const turns = read(source).turns;
  if (turns.length < 3) return;
  const turnOf = (i: ScheduleItem) => (i.start.span ? turnIndexAt(turns, i.start.span[0]) : -1);
  const correcting = (i: ScheduleItem) => {
    const t = turns[turnOf(i)];
    return !!t && CHANGE.test(source.text.slice(t.span[0], t.span[1]));
  };
  // Soundchecks are told apart by name (the support's line check); the others are one a day whatever a message calls them.
  // An act plays its set once a day: a later time for the set of the same name is the set moved.
  const sameSet = (a: ScheduleItem, b: ScheduleItem) => a.kind.value === 'set' && b.kind.value === 'set' && a.name.value.toLowerCase() === b.name.value.toLowerCase();
  const sameFact = (a: ScheduleItem, b: ScheduleItem) => ((a.kind.value === b.kind.value && ONCE.has(a.kind.value)
    && (a.kind.value !== 'soundcheck' || sameCheck(a, b) || onlyFullCheck(items, a, b))) || sameSet(a, b)) && sameDay(a, b);
  const later = (a: ScheduleItem, b: ScheduleItem) => turnOf(a) >= 0 && turnOf(b) > turnOf(a);
  // "Load-in still 2.15?" after "Load-in: 2.15pm" restates it: an hour written without am/pm may be the afternoon's.
  const sameTime = (old: ScheduleItem, i: ScheduleItem) => i.start.value === old.start.value || (bareHour(source, i.start) && twelveLater(i.start.value) === old.start.value);
  const dropped = new Set<ScheduleItem>();
  for (const old of items) {
    const correction = items.find((i) => sameFact(old, i) && later(old, i) && !sameTime(old, i) && correcting(i));
    if (!correction) continue;
    dropped.add(old);
    if (bareKindWord(correction)) correction.name = old.name;
    // "load-in moved to 3:30" for "load-in 2pm": a new hour without am/pm keeps the half of the day of the one it replaces.
    if (bareHour(source, correction.start) && correction.start.value < '12:00' && old.start.value >= '12:00') {
      correction.start = { ...correction.start, value: twelveLater(correction.start.value), method: 'inferred' };
    }
  }
  // "I'll pick you up at 14:40 instead of 13:40": any item at the time named is the one moved; the new
  // statement keeps the places it does not repeat.
  for (const item of items) {
    const replaced = item.start.span ? REPLACED_TIME.exec(source.text.slice(item.start.span[1], item.start.span[1] + 40)) : null;
    const time = replaced ? findTimes(replaced[1]!)[0]?.value : undefined;
    const old = time ? items.find((o) => o !== item && !dropped.has(o) && o.kind.value === item.kind.value && o.start.value === time && later(o, item)) : undefined;
    if (!old) continue;
    dropped.add(old);
    if (old.location) item.location ??= old.location;
    if (old.destination) item.destination ??= old.destination;
  }
  // A repeat restates a time that still stands: not one a message in between moved ("doors 20:00", then "doors 19:00 after all").
  const between = (a: ScheduleItem, b: ScheduleItem) => items.some((x) => sameFact(a, x) && !sameTime(a, x) && later(a, x) && turnOf(x) <= turnOf(b));
  const repeats = items.filter((i) => items.some((old) => !dropped.has(old) && sameFact(old, i) && later(old, i) && sameTime(old, i) && !between(old, i)));
  for (const repeat of repeats) dropped.add(repeat);
  for (let i = items.length - 1; i >= 0; i--) if (dropped.has(items[i]!)) items.splice(i, 1);
}

/** A later message that names no day ("load in 16:30 now") speaks of the day the item it moves is on. */
function sameDay(a: ScheduleItem, b: ScheduleItem): boolean {
  return !a.date || !b.date || a.date.value === b.date.value;
}

/**
 * "your soundcheck 17:45" after a day sheet's "16:00 soundcheck Band" and "17:15 line check Support":
 * a later check named by its word alone is the one full soundcheck (no line check) named before it,
 * whichever act that one was named for.
 */
function onlyFullCheck(items: ScheduleItem[], old: ScheduleItem, bare: ScheduleItem): boolean {
  const line = (i: ScheduleItem) => /line ?-?check/i.test(i.name.value);
  if (!bareKindWord(bare) || line(old)) return false;
  return items.filter((i) => i.kind.value === 'soundcheck' && i !== bare && !line(i) && !bareKindWord(i)).length === 1;
}
