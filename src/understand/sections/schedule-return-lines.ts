/**
 * A ride told in one Bengali or Urdu line after its label or under its heading, its day and time first, then
 * its places with the postposition "from" ("থেকে", "سے") after the origin:
 *
 *    ফেরত: রবিবার ৯ মার্চ রাত ৯:১৫-এ হোটেল থেকে বিমানবন্দর।          (return: Sun 9 Mar 21:15, hotel → airport)
 *    واپسی: اتوار ۹ مارچ صبح ۶ بجے ہوٹل سے ایئرپورٹ۔                   (return: Sun 9 Mar 06:00, hotel → airport)
 *    ■ ایئرپورٹ پک اپ
 *    جمعہ ۷ مارچ شام ساڑھے ۵ بجے، … ایئرپورٹ کے Arrivals ہال سے۔ ڈرائیور … کھڑا ہوگا۔
 *
 * Native digits and clocks are Latin by now (text/native-digits.ts). The label or heading names a ride
 * (activity-kinds.ts) and names the item; the place before "from" is where it starts, the words after it (to
 * the sentence's end) where it goes; a line with no destination gives the sentence after it as the note.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findDates, findTimes } from '../normalise/index.js';
import { evidenceAt, type Line } from '../text/index.js';
import { activityKind } from './activity-kinds.js';
import type { ScheduleItem } from './schedule.js';

/** "ফেরত:", "واپسی:": a ride word as the line's label. */
const LABEL = /^[ \t]*([\p{L}\p{M}]+(?:[ \t][\p{L}\p{M}]+){0,2})[ \t]*:[ \t]*/u;
/** "■ ایئرپورٹ پک اپ", "৩. বিমানবন্দর পিক-আপ": a heading line naming the ride. */
const HEADING = /^[ \t]*(?:\d{1,2}[.)][ \t]+|[■●▪•#]+[ \t]*)?([\p{L}\p{M}]+(?:[ /-]+[\p{L}\p{M}]+){0,5})[ \t]*$/u;
/** After the clock ("20:30   -এ ", "08:30 ، "): origin, "from", destination (maybe none), the sentence's end. */
const PLACES = /^[\s\u200B-\u200D]*(?:-এ)?[\s\u200B-\u200D]*[،,]?\s*(?<from>[^،,।۔.]{2,80}?)\s+(?:থেকে|سے)(?:\s+(?<to>[^।۔]{2,60}?))?\s*[।۔.]/u;
/** A sentence after the first: up to and with its full stop. */
const NEXT_SENTENCE = /^\s*([^।۔.]+[।۔.])/u;

interface Named { name: string; nameAt: number; body: string; bodyAt: number }

function namedLine(lines: Line[], line: Line): Named | null {
  const label = LABEL.exec(line.text);
  if (label && activityKind(label[1]!) === 'transfer') {
    return { name: label[1]!, nameAt: line.start + label.index + label[0].indexOf(label[1]!), body: line.text.slice(label[0].length), bodyAt: line.start + label[0].length };
  }
  const above = lines[line.index - 1];
  const heading = above ? HEADING.exec(above.text) : null;
  if (!heading || activityKind(heading[1]!) !== 'transfer') return null;
  return { name: heading[1]!, nameAt: above!.start + heading.index + heading[0].indexOf(heading[1]!), body: line.text, bodyAt: line.start };
}

export function returnLineItems(source: ExtractedSource, lines: Line[], ref: Date | null, used: Set<number>): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const line of lines) {
    if (used.has(line.index) || !/থেকে|سے/u.test(line.text)) continue;
    const named = namedLine(lines, line);
    const time = named ? findTimes(named.body)[0] : undefined;
    const date = named && time ? findDates(named.body.slice(0, time.index), ref ?? undefined)[0] : undefined;
    if (!named || !time || !date) continue;
    const afterTime = named.body.slice(time.index + time.length);
    const places = PLACES.exec(afterTime);
    if (!places) continue;
    const g = places.groups!;
    const placesAt = named.bodyAt + time.index + time.length;
    const span = (value: string, from = 0): [number, number] => {
      const at = placesAt + afterTime.indexOf(value, from);
      return [at, at + value.length];
    };
    const item: ScheduleItem = {
      name: found(named.name, evidenceAt(source, [named.nameAt, named.nameAt + named.name.length], 'pattern')),
      kind: found('transfer', evidenceAt(source, [named.nameAt, named.nameAt + named.name.length], 'pattern')),
      start: found(time.value, evidenceAt(source, [named.bodyAt + time.index, named.bodyAt + time.index + time.length], 'pattern', true)),
      date: found(date.value, evidenceAt(source, [named.bodyAt + date.index, named.bodyAt + date.index + date.length], 'pattern', true)),
    };
    const from = g.from!.trim();
    item.location = found(from, evidenceAt(source, span(from), 'pattern'));
    const to = g.to?.trim();
    const afterPlaces = places.index + places[0].length;
    const next = to ? null : NEXT_SENTENCE.exec(afterTime.slice(afterPlaces));
    if (to) item.destination = found(to, evidenceAt(source, span(to, afterTime.indexOf(from) + from.length), 'pattern'));
    else if (next) item.notes = found(next[1]!.trim(), evidenceAt(source, span(next[1]!.trim(), afterPlaces), 'pattern'));
    items.push(item);
    used.add(line.index);
  }
  return items;
}
