/**
 * A meal's line that gives its time, then after a dash who provides it, then what is served and the
 * room it is served in: "Lunch: 1:30 – Green Fork Caterers, hot buffet, veg + vegan, green room".
 * The capitalised name after the dash is the provider (the meal's name), the comma clauses after it
 * its notes, a clause naming a room of the venue its address. A lunch written with a one-digit hour
 * from 1 to 5 and no am/pm is in the afternoon, a dinner's or supper's any hour before noon.
 */
import type { TimeMatch } from '../normalise/index.js';
import { VENUE_ROOM } from './food-words.js';

interface Part { value: string; index: number; length: number }
export interface ProviderLine { name: Part; notes?: Part; room?: Part }

/** The time, a spaced dash, a capitalised name of up to five words, then its comma clauses. */
const PROVIDER = /^\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+[–—-]\s+(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|&)){0,4})(?=\s*(?:,|$))([^\n]*)$/u;
/** A room clause, with an "in the" before it or a postposition ("la", "le") after it. */
const ROOM_CLAUSE = /^(?:(?:in|at)\s+(?:the\s+)?)?(.+?)(?:\s+(?:la|le))?$/iu;

export function providerAfterTime(value: string): ProviderLine | null {
  const m = PROVIDER.exec(value);
  if (!m) return null;
  const name = { value: m[1]!, index: value.length - m[2]!.length - m[1]!.length, length: m[1]!.length };
  const line: ProviderLine = { name };
  const restAt = name.index + name.length;
  const clauses = [...m[2]!.matchAll(/,\s*([^,]+)/g)].map((c) => ({ value: c[1]!.trim(), index: restAt + c.index + c[0].indexOf(c[1]!) }));
  const last = clauses.at(-1);
  const room = last ? ROOM_CLAUSE.exec(last.value) : null;
  if (last && room && VENUE_ROOM.test(room[1]!)) {
    line.room = { value: room[1]!, index: last.index + last.value.indexOf(room[1]!), length: room[1]!.length };
    clauses.pop();
  }
  if (clauses.length) {
    const from = clauses[0]!.index;
    const to = clauses.at(-1)!.index + clauses.at(-1)!.value.length;
    line.notes = { value: value.slice(from, to), index: from, length: to - from };
  }
  return line;
}

const LUNCH = /(?<![\p{L}])(?:lunch|luncheon)(?![\p{L}])/iu;
const DINNER = /(?<![\p{L}])(?:dinner|supper)(?![\p{L}])/iu;

/** The meal's time in the half of the day meals are eaten in, when it is written with a bare one-digit hour. */
export function mealHalfOfDay(meal: string, written: string, time: TimeMatch): string {
  if (!/^\d[:.]\d{2}$/.test(written.trim())) return time.value;
  const hour = Number(time.value.slice(0, 2));
  const later = (LUNCH.test(meal) && hour >= 1 && hour <= 5) || (DINNER.test(meal) && hour >= 1 && hour < 12);
  return later ? `${String(hour + 12)}${time.value.slice(2)}` : time.value;
}
