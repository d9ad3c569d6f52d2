/**
 * A thread that tells of the show being moved ("rescheduled", "postponed", "moved to", "new date",
 * "verschoben", "reporté", "aplazado", "flyttad", "uitgesteld", "rinviato"…) still writes the old date in
 * its subject and quoted messages; only its newest message that writes dates gives the show's day.
 */
import { findDates } from '../normalise/index.js';
import type { Reading } from '../text/index.js';

const SHOW_MOVED = /(?<![\p{L}])(?:re-?schedul(?:e|ed|ing)|postpon(?:e|ed|ement)|moved\s+(?:to|from)|new\s+(?:show\s+)?date|date\s+change|verschoben|verlegt|neuer\s+termin|neues\s+datum|report[ée]e?|nouvelle\s+date|aplazad[oa]|pospuest[oa]|nueva\s+fecha|flyttad|flyttas|nytt\s+datum|ny\s+dato|flyttet|uitgesteld|verplaatst|nieuwe\s+datum|rinviat[oa]|spostat[oa]|nuova\s+data|adiad[oa]|nova\s+data|przełożon[ya]|nowy\s+termin|nowa\s+data)(?![\p{L}])/iu;

/**
 * Whether the source's subject or any of its messages tells of the show's date being moved. In a
 * message the line must also write a date ("moved to Saturday 16 May"): "soundcheck moved to 17:30"
 * moves one item, not the show.
 */
export function showMoved(r: Reading, subject: unknown): boolean {
  if (typeof subject === 'string' && SHOW_MOVED.test(subject)) return true;
  return r.messages.length > 1 && r.messages.some((m) => m.lines.some((l) => SHOW_MOVED.test(l.text) && findDates(l.text, r.referenceDate ?? undefined).length > 0));
}

/**
 * In a thread telling of the show's move, the older messages' run of show was the old day's: when the
 * newest message holding a schedule gives two or more items, items only older messages write are dropped.
 */
export function withoutOlderPlan<T extends { depth?: number }>(r: Reading, subject: unknown, items: T[]): void {
  if (r.messages.length < 2 || !showMoved(r, subject)) return;
  const newest = Math.min(...items.map((i) => i.depth ?? 0));
  if (items.filter((i) => (i.depth ?? 0) === newest).length < 2) return;
  for (let i = items.length - 1; i >= 0; i--) if ((items[i]!.depth ?? 0) > newest) items.splice(i, 1);
}
