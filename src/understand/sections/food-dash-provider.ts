/**
 * A day sheet's meal item naming who serves it after a spaced dash, with the room in brackets and the
 * head count after a comma:
 *
 *   14:00   Lunch – Fig & Thyme (in the green room), for 9
 *   18:00   बेलुकाको खाना – X किचन (हलबाट ५ मिनेट), ९ जना
 *
 * The words after the dash up to the bracket or comma are the provider (the meal's name); a bracket
 * naming a room of the venue is where it is served. A lower-case place ("Lunch — crew room") or a kind
 * word ("Dinner – buyout") after the dash is no provider (schedule-places.ts, food.ts read those).
 */
import { VENUE_ROOM } from './food-words.js';

interface Part { value: string; index: number }
export interface DashProvider { name: Part; room?: Part }

/** The meal word, a spaced dash, the name up to a bracket or comma, then the bracket if any. */
const DASHED = /^[^–—]+?\s[-–—]\s+(?<name>[^(),\d]+?)\s*(?:\((?<aside>[^()]{2,60})\))?\s*(?:,|$)/u;
/** A kind or a pointer after the dash ("buyout", "see below"). */
const KIND_OR_POINTER = /^(?:buy-?outs?|per diems?|catering|hot meal|restaurant|see|siehe|voir|zie|vedi)(?![\p{L}])/iu;
/** A word in lower case: a remark or a place ("crew room"), no name. A script without capitals has no lower case either. */
const LOWER_CASE = /^\p{Ll}/u;
/** The room in the bracket, maybe with its preposition before it or its locative ending after it ("ग्रीन रुममा", "at the green room"). */
const ROOM_ASIDE = /^(?:(?:in|at)\s+(?:the\s+)?)?(?<room>.+?)(?:मा|তে|ে)?$/u;

export function providerAfterMealDash(item: string): DashProvider | null {
  const m = DASHED.exec(item);
  const name = m?.groups!.name!.trim();
  if (!m || !name || !/(?:\p{L}\p{M}*){2}/u.test(name) || KIND_OR_POINTER.test(name) || LOWER_CASE.test(name) || VENUE_ROOM.test(name)) return null;
  const nameAt = m.index + m[0].indexOf(name, m[0].search(/\s[-–—]\s/u));
  const out: DashProvider = { name: { value: name, index: nameAt } };
  const aside = m.groups!.aside?.trim();
  const room = aside ? ROOM_ASIDE.exec(aside)?.groups!.room : undefined;
  if (aside && room && VENUE_ROOM.test(room)) out.room = { value: room, index: item.indexOf(aside, nameAt + name.length) + aside.indexOf(room) };
  return out;
}
