/**
 * The events of a calendar file (.ics), as the extraction layer writes them: one block of
 * "Summary: … / Start: 20270924T170000 / End: … / Location: … / Description: …" lines per event.
 * A description that goes on below as a day's schedule (lines with times) is read line by line
 * elsewhere, so its first line is no note of the event.
 * A start or end written in UTC ("…Z") is left out: its local time depends on a zone the file does
 * not name, and a wrong time costs more than a missing one (the event itself, its summary and place,
 * stays). One followed by its zone's offset ("20270924T170000+0200") is its zone's wall clock, read as written.
 */
import { findTimes } from '../normalise/index.js';
import type { Line } from '../text/index.js';

export interface CalendarField {
  value: string;
  span: [number, number];
}

export interface CalendarEvent {
  summary: CalendarField;
  /** YYYY-MM-DD of the start. */
  date: CalendarField;
  /** HH:MM, absent for an all-day event. */
  start?: CalendarField;
  end?: CalendarField;
  location?: CalendarField;
  description?: CalendarField;
  /** Started in UTC ("…Z"): no times, and the date is UTC's. */
  utc?: true;
}

const FIELD = /^(Summary|Start|End|Location|Description):[ \t]*(\S.*?)\s*$/;
/** `20270924T170000`, local; `…+0200`, local with its zone's offset (as the extraction writes a zoned time); `…Z`, UTC. */
const STAMP = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})\d{2}(?:(Z)|[+-]\d{4})?)?$/;

export function calendarEvents(lines: Line[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  let block: Record<string, CalendarField> = {};
  const close = () => {
    const event = eventOf(block);
    if (event) events.push(event);
    block = {};
  };
  for (const line of lines) {
    const m = FIELD.exec(line.text);
    if (!m) {
      if (!line.text.trim()) close();
      else if (findTimes(line.text).length) {
        if (block['description']) delete block['description'];
        else delete events[events.length - 1]?.description;
      }
      continue;
    }
    const at = line.start + line.text.indexOf(m[2]!, m[1]!.length);
    block[m[1]!.toLowerCase()] ??= { value: m[2]!, span: [at, at + m[2]!.length] };
  }
  close();
  return events;
}

function eventOf(block: Record<string, CalendarField>): CalendarEvent | null {
  const { summary, start, end, location, description } = block;
  const begin = start ? STAMP.exec(start.value) : null;
  if (!summary || !start || !begin) return null;
  const event: CalendarEvent = { summary, date: { value: `${begin[1]}-${begin[2]}-${begin[3]}`, span: start.span } };
  // A UTC start still tells what and where the event is; its day is UTC's, so `utc` marks it.
  if (begin[6]) event.utc = true;
  else if (begin[4]) event.start = { value: `${begin[4]}:${begin[5]}`, span: start.span };
  const finish = end ? STAMP.exec(end.value) : null;
  if (end && finish?.[4] && !finish[6] && !event.utc) event.end = { value: `${finish[4]}:${finish[5]}`, span: end.span };
  if (location) event.location = location;
  if (description) event.description = description;
  return event;
}
