/**
 * A ride a chat message writes as a labelled line with its route: "Airport pickup (crew): kal subah 6
 * baje, arrivals hall, door 3 → Hotel Nila", "Transfer: hotel lobby se 11:30 pe → Blue Shed". The label
 * (a pick-up, transfer or drop word) names it; the time is the first one; the place it starts from is
 * the words before Hindi "se" (from) or the part after the time and a comma; the destination follows
 * the arrow, a sentence after it is a note. Dated by the message: "kal"/"tomorrow" (in the line or the message's heading, "Kal ka
 * plan") is the next day only when the ride's time on the message's own day has passed by the time it
 * was sent (Hindi "kal" is yesterday too, which a plan never means); "aaj"/"today" is the message's day.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { addDays, findTimes } from '../normalise/index.js';
import { evidenceAt, type Reading } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

const RIDE_LABEL_LINE = /^(?<name>[^:\n→]{0,30}?(?<![\p{L}])(?:pick-?up|transfer|drop)(?![\p{L}])[^:\n→]{0,20}):[ \t]*(?<body>[^\n→]+?)[ \t]*→[ \t]*(?<to>[^.\n]+?)[ \t]*(?:\.[ \t]+(?<notes>\S[^\n]*?)|\.)?[ \t]*$/iu;
const TOMORROW_WORD = /(?<![\p{L}])(?:kal|tomorrow)(?![\p{L}])/iu;

export function chatRideLabelItems(source: ExtractedSource, r: Reading, used: Set<number>): ScheduleItem[] {
  if (r.turns.length < 3) return [];
  const items: ScheduleItem[] = [];
  for (const line of r.lines) {
    const m = used.has(line.index) ? null : RIDE_LABEL_LINE.exec(line.text);
    const turn = m ? r.turns.find((t) => t.span[0] <= line.start && line.start < t.span[1]) : undefined;
    if (!m || !turn?.date) continue;
    const g = m.groups!;
    const bodyAt = line.text.indexOf(g.body!, g.name!.length);
    // "AI 805 4:15 pm land, driver 4:30 → hotel": the ride's time is the last one, after a flight's.
    const time = findTimes(g.body!).at(-1);
    if (!time) continue;
    const from = placeFrom(g.body!, time);
    const span = (at: number, length: number): [number, number] => [line.start + at, line.start + at + length];
    const item: ScheduleItem = {
      name: found(g.name!.trim(), evidenceAt(source, span(line.text.indexOf(g.name!.trim()), g.name!.trim().length), 'pattern')),
      kind: found('transfer', evidenceAt(source, span(0, g.name!.length), 'pattern')),
      start: found(time.value, evidenceAt(source, span(bodyAt + time.index, time.length), 'pattern', true)),
      destination: found(g.to!, evidenceAt(source, span(line.text.lastIndexOf(g.to!), g.to!.length), 'pattern')),
    };
    if (g.notes) item.notes = found(g.notes, evidenceAt(source, span(line.text.lastIndexOf(g.notes), g.notes.length), 'pattern'));
    if (from) item.location = found(from.value, evidenceAt(source, span(bodyAt + from.index, from.value.length), 'pattern'));
    const date = rideDay(source, turn, line.text, time.value);
    if (date) item.date = found(date, evidenceAt(source, span(0, line.text.length), 'inferred'));
    items.push(item);
    used.add(line.index);
  }
  return items;
}

/** "hotel lobby se 11:30": the place before "se"; "6 baje, arrivals hall, door 3": the part after the time and a comma. */
function placeFrom(body: string, time: { index: number; length: number }): { value: string; index: number } | null {
  const before = /^(?<place>\p{L}[^,]{1,40}?)\s+se\s*$/u.exec(body.slice(0, time.index));
  if (before) return { value: before.groups!.place!, index: 0 };
  const after = /^\s*,\s*(\S[^\n]*?)\s*$/u.exec(body.slice(time.index + time.length));
  return after ? { value: after[1]!, index: body.lastIndexOf(after[1]!) } : null;
}

/** The ride's day: the message's, or the next when "kal"/"tomorrow" is said and the time had passed when it was sent. */
function rideDay(source: ExtractedSource, turn: Reading['turns'][number], lineText: string, time: string): string | null {
  const day = turn.date!.toISOString().slice(0, 10);
  const heading = source.text.slice(turn.senderAt, source.text.indexOf('\n', turn.senderAt) < 0 ? undefined : source.text.indexOf('\n', turn.senderAt));
  if (!TOMORROW_WORD.test(lineText) && !TOMORROW_WORD.test(heading)) return day;
  const stampLine = source.text.slice(source.text.lastIndexOf('\n', turn.senderAt) + 1, turn.senderAt);
  const sentAt = findTimes(stampLine)[0]?.value;
  return sentAt && time < sentAt ? addDays(day, 1) : null;
}
