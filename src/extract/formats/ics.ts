import type { Draft } from '../draft.js';
import { decodeText } from '../decode.js';
import { isKnownZone } from '../../reference/time-zones.js';

/**
 * iCalendar: each event as a few `Label: value` lines. Lines are unfolded (RFC 5545 §3.1) and
 * escapes undone. Only events are written: time-zone definitions and alarms carry dates and text
 * that are not the show's. Times stay as written (local to their TZID); a UTC time ("…Z") is turned
 * into the calendar's own zone when the file names exactly one (a VTIMEZONE, X-WR-TIMEZONE or the
 * TZID of its other times), since a tour's calendar is kept in the venue's zone; with none or several
 * it is kept in UTC, marked Z. A time in a known zone keeps that zone's offset from UTC at that moment
 * after it ("20271014T110000+0100"): the wall clock is the calendar's, but a flight's landing is read
 * in its own airport's clock, which only the instant gives. The organizer keeps its name beside the address.
 */
const FIELDS: Record<string, string> = {
  SUMMARY: 'Summary', DTSTART: 'Start', DTEND: 'End', LOCATION: 'Location', DESCRIPTION: 'Description',
  ORGANIZER: 'Organizer', URL: 'URL',
};

interface Property { name: string; params: Map<string, string>; value: string }

export async function parseIcs(bytes: Buffer): Promise<Draft> {
  const properties = decodeText(bytes).text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)
    .map(parseProperty).filter((p): p is Property => p !== null);
  const zone = calendarZone(properties);
  const out: string[] = [];
  const open: string[] = [];
  for (const property of properties) {
    if (property.name === 'BEGIN') {
      open.push(property.value.toUpperCase());
      if (open.join('/') === 'VCALENDAR/VEVENT' || open.join('/') === 'VEVENT') out.push('');
    } else if (property.name === 'END') {
      open.pop();
    } else if (open[open.length - 1] === 'VEVENT' && FIELDS[property.name]) {
      out.push(`${FIELDS[property.name]}: ${fieldValue(property, zone)}`);
    }
  }
  return { format: 'ics', text: out.join('\n').trim() };
}

function parseProperty(line: string): Property | null {
  const match = /^([A-Za-z-]+)((?:;[^:;]+=(?:"[^"]*"|[^:;]*))*):(.*)$/.exec(line);
  if (!match) return null;
  const params = new Map<string, string>();
  for (const param of match[2]!.matchAll(/;([^=;]+)=("[^"]*"|[^:;]*)/g)) params.set(param[1]!.toUpperCase(), param[2]!.replace(/^"|"$/g, ''));
  return { name: match[1]!.toUpperCase(), params, value: match[3]! };
}

function fieldValue(property: Property, zone: string | null): string {
  if (property.name === 'ORGANIZER') {
    const address = property.value.replace(/^mailto:/i, '').toLowerCase();
    const name = property.params.get('CN');
    return name ? `${unescape(name)} <${address}>` : address;
  }
  if (property.name === 'DTSTART' || property.name === 'DTEND') {
    const tzid = property.params.get('TZID');
    if (tzid && isKnownZone(tzid)) return withOffset(property.value, tzid);
    if (zone) return inZone(property.value, zone);
  }
  return unescape(property.value);
}

/** The one time zone the calendar's times are written in, or null when it names none or several. */
function calendarZone(properties: Property[]): string | null {
  const zones = new Set<string>();
  for (const p of properties) {
    if (p.name === 'TZID' || p.name === 'X-WR-TIMEZONE') zones.add(p.value);
    const tzid = p.params.get('TZID');
    if (tzid) zones.add(tzid);
  }
  const [zone] = zones;
  return zones.size === 1 && zone && isKnownZone(zone) ? zone : null;
}

/** `20271112T163000Z` → `20271112T173000+0100` in `zone`; other values unchanged. */
function inZone(value: string, zone: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return value;
  const instant = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  const p = wallParts(instant, zone);
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}${offsetText(instant, zone)}`;
}

/** `20271112T173000` of a TZID → `20271112T173000+0100`, that zone's offset at that wall-clock time; other values unchanged. */
function withOffset(value: string, zone: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!m) return value;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  // The instant whose wall clock is `wall`: first guess by the offset at `wall` read as UTC, then once more.
  let instant = wall - offsetMinutes(wall, zone) * 60_000;
  instant = wall - offsetMinutes(instant, zone) * 60_000;
  return `${value}${offsetText(instant, zone)}`;
}

function wallParts(instant: number, zone: string): Record<string, string> {
  return Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
}

/** Minutes `zone` is ahead of UTC at `instant`. */
function offsetMinutes(instant: number, zone: string): number {
  const p = wallParts(instant, zone);
  return Math.round((Date.UTC(+p['year']!, +p['month']! - 1, +p['day']!, +p['hour']!, +p['minute']!, +p['second']!) - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** `+0100`, `-0530`. */
function offsetText(instant: number, zone: string): string {
  const minutes = offsetMinutes(instant, zone);
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
}

function unescape(value: string): string {
  return value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
}
