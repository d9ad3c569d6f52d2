/**
 * A runner's transport plan posted in one chat message, a ride a line: "[day] time origin → destination
 * [(remark)]" — "Fri 09.40 lobby → radio studio", "Irida 13.15 lobby → venue (van + backline)". Two
 * such lines at least make a plan; words alone before the time (no figures, four at most) and a destination
 * of a few words without figures, so an itinerary's "Mon 24/02 09:25 Flight AY 806 ARN → HEL arr 11:20" is none. Each is a transfer named by its route ("Lobby → radio studio"); a day
 * word before the time dates it as the next such day after the message's (Sinhala "heta", tomorrow, in a
 * Sinhala message), else the line takes the day of the line above it; other words before the time are
 * its note ("after the gig 11.30 venue → hotel"). A line on the day above at an earlier hour without
 * am/pm is twelve hours later ("13.15 lobby → venue", then "11.30 venue → hotel").
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { addDays, findTimes } from '../normalise/index.js';
import { isSinhalaText, SINHALA_TOMORROW } from '../normalise/sinhala-date.js';
import { evidenceAt, read, type Line } from '../text/index.js';
import { twelveLater, type ScheduleItem } from './schedule.js';
import { ARROW, ARROW_MARK } from './schedule-ride-form.js';
import { relativeDay } from './show-date.js';

/** Origin, destination and the remark in brackets closing the line. */
const ROUTE = new RegExp(String.raw`^(?<from>[^→\n]{2,80}?)[ \t]*${ARROW_MARK}[ \t]*(?<to>[^()→\n]{2,60}?)[ \t]*(?:\((?<note>[^()\n]{1,80})\))?[ \t]*$`, 'u');
const AM_PM = /[ap]\.?\s?m\b/i;
/** Words before the time: a day word, a remark ("Gig eka iwara wela"); no figures, four words at most. */
const LEAD = /^(?:[\p{L}\p{M}'’]+(?:[ \t]+[\p{L}\p{M}'’]+){0,3})?$/u;
/** "hotel", "Lotus FM studio": a place of a few words, no figures or separators. */
const DESTINATION = /^[\p{L}\p{M}'’&.-]+(?:[ \t]+[\p{L}\p{M}'’&.-]+){0,4}$/u;

interface PlanLine { line: Line; timeAt: number; time: { value: string; index: number; length: number }; lead: string; from: string; to: string; note?: string }

function planLine(line: Line): PlanLine | null {
  const arrow = ARROW.exec(line.text);
  if (!arrow || line.text.split(ARROW).length !== 2) return null;
  const time = findTimes(line.text.slice(0, arrow.index))[0];
  if (!time) return null;
  const rest = line.text.slice(time.index + time.length);
  const route = ROUTE.exec(rest.trim());
  const lead = line.text.slice(0, time.index).trim();
  if (!route || !LEAD.test(lead) || !DESTINATION.test(route.groups!.to!)) return null;
  const g = route.groups!;
  return { line, timeAt: line.start + time.index, time, lead, from: g.from!.trim(), to: g.to!.trim(), ...(g.note ? { note: g.note.trim() } : {}) };
}

/** The day a word before the time names, after the message's day `ref`. */
function namedDay(word: string, ref: Date, sinhala: boolean): string | null {
  if (sinhala && SINHALA_TOMORROW.includes(word.toLowerCase())) return addDays(ref.toISOString().slice(0, 10), 1);
  return relativeDay(word, ref);
}

export function ridePlanItems(source: ExtractedSource, usedLines: Set<number>): ScheduleItem[] {
  const r = read(source);
  const items: ScheduleItem[] = [];
  if (!r.turns.length) return items;
  for (const message of r.messages) {
    const plan = message.lines.filter((l) => !usedLines.has(l.index)).map(planLine).filter((p): p is PlanLine => !!p);
    if (plan.length < 2) continue;
    const sinhala = isSinhalaText(source.text.slice(message.span[0], message.span[1]));
    let lastDay: string | null = message.date?.toISOString().slice(0, 10) ?? null;
    let lastTime: string | null = null;
    for (const p of plan) {
      const words = [...p.lead.matchAll(/[\p{L}\p{M}]+/gu)];
      const dayWord = message.date ? words.find((w) => namedDay(w[0], message.date!, sinhala)) : undefined;
      const day = dayWord ? namedDay(dayWord[0], message.date!, sinhala) : lastDay;
      const written = source.text.slice(p.timeAt, p.timeAt + p.time.length);
      const later: boolean = !dayWord && !!lastTime && p.time.value < lastTime && p.time.value < '12:00' && !AM_PM.test(written);
      const start: string = later ? twelveLater(p.time.value) : p.time.value;
      const lineSpan: [number, number] = [p.line.start, p.line.end];
      const at = (text: string, from = 0): [number, number] => {
        const i = p.line.text.indexOf(text, from);
        return [p.line.start + i, p.line.start + i + text.length];
      };
      const afterTime = p.time.index + p.time.length;
      const item: ScheduleItem = {
        name: found(`${p.from.charAt(0).toUpperCase()}${p.from.slice(1)} → ${p.to}`, evidenceAt(source, lineSpan, 'pattern')),
        kind: found('transfer', evidenceAt(source, lineSpan, 'pattern')),
        start: found(start, evidenceAt(source, [p.timeAt, p.timeAt + p.time.length], later ? 'inferred' : 'pattern', true)),
        location: found(p.from, evidenceAt(source, at(p.from, afterTime), 'pattern')),
        destination: found(p.to, evidenceAt(source, at(p.to, afterTime + p.from.length), 'pattern')),
      };
      if (day) item.date = found(day, evidenceAt(source, dayWord ? at(dayWord[0]) : lineSpan, dayWord ? 'pattern' : 'inferred', true));
      const lead = dayWord ? p.lead.replace(dayWord[0], '').trim() : p.lead;
      const note = p.note ?? (lead || undefined);
      if (note) item.notes = found(note, evidenceAt(source, at(note), 'pattern'));
      items.push(item);
      usedLines.add(p.line.index);
      lastDay = day;
      lastTime = start;
    }
  }
  return items;
}
