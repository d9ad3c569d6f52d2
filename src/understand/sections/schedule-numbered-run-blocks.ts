/**
 * A list of numbered rides told as blocks: a heading "#3 Hotel shuttle" (or "2. Airport pickup"), then
 * indented below it the ride's day and time ("Sat 4 Dec, 09:45 (…)"), its route "Hotel -> Venue, Gate B"
 * and perhaps a remark. Each block is a transfer named by its heading, dated by its own day, from the
 * place before the arrow to the place after it; the remaining indented lines are its note. A block that
 * names a flight ("1. Outbound flight", "XY 123") is a journey by air, no ride.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findDates, findTimes } from '../normalise/index.js';
import { evidenceAt, type Line } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

const HEADING = /^(?:#\s?\d{1,2}|\d{1,2}\.)[ \t]+(?<name>\p{L}[\p{L} '’&-]{2,40}?)[ \t]*$/u;
const ROUTE = /^(?<from>[^\t]{2,80}?)[ \t]+(?:->|→|=>)[ \t]+(?<to>[^\t]{2,80}?)$/u;
const INDENTED = /^[ \t]+\S/;
/** A flight's word or number in a block: the travel section reads it. */
const FLIGHT_WORD = /(?<!\p{L})(?:flights?|flug|vuelo|vol|volo|vlucht|flyg)(?!\p{L})/iu;
const FLIGHT_NUMBER = /\b(?:[A-Z][A-Z0-9]|[0-9][A-Z])\s?\d{2,4}\b/;
/** The most lines a ride's block holds below its heading. */
const MAX_BODY = 5;

export function numberedRunBlocks(source: ExtractedSource, lines: Line[], ref: Date | null, used: Set<number>): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const line of lines) {
    const head = used.has(line.index) ? null : HEADING.exec(line.text);
    if (!head) continue;
    const body: Line[] = [];
    for (let i = line.index + 1; i < lines.length && body.length < MAX_BODY && INDENTED.test(lines[i]!.text); i++) body.push(lines[i]!);
    const when = body[0];
    const date = when ? findDates(when.text, ref ?? undefined)[0] : undefined;
    const time = date ? findTimes(when!.text.slice(date.index + date.length))[0] : undefined;
    const routeLine = body[1];
    const route = routeLine ? ROUTE.exec(routeLine.text.trim()) : null;
    if (!date || !time || !route || [line, ...body].some((l) => FLIGHT_WORD.test(l.text) || FLIGHT_NUMBER.test(l.text))) continue;
    const span = (l: Line, value: string, from = 0) => {
      const at = l.start + l.text.indexOf(value, from);
      return evidenceAt(source, [at, at + value.length], 'pattern');
    };
    const name = head.groups!.name!;
    const timeAt = date.index + date.length + time.index;
    const item: ScheduleItem = {
      name: found(name, span(line, name)),
      kind: found('transfer', span(line, name)),
      date: found(date.value, evidenceAt(source, [when!.start + date.index, when!.start + date.index + date.length], 'pattern', true)),
      start: found(time.value, evidenceAt(source, [when!.start + timeAt, when!.start + timeAt + time.length], 'pattern', true)),
      location: found(route.groups!.from!, span(routeLine!, route.groups!.from!)),
      destination: found(route.groups!.to!, span(routeLine!, route.groups!.to!, routeLine!.text.indexOf(route.groups!.from!) + route.groups!.from!.length)),
    };
    const remark = body.slice(2).map((l) => l.text.trim()).join(' ');
    if (remark) item.notes = found(remark, evidenceAt(source, [body[2]!.start + body[2]!.text.indexOf(body[2]!.text.trim()), body[body.length - 1]!.end], 'pattern'));
    items.push(item);
    for (const l of [line, ...body]) used.add(l.index);
  }
  return items;
}
