import type { Draft } from '../draft.js';
import { decodeText } from '../decode.js';

/**
 * iCalendar: each event as a few `Label: value` lines. Lines are unfolded (RFC 5545 §3.1) and
 * escapes undone; parameters such as TZID are dropped, the value kept as written.
 */
const FIELDS: Record<string, string> = {
  SUMMARY: 'Summary', DTSTART: 'Start', DTEND: 'End', LOCATION: 'Location', DESCRIPTION: 'Description',
  ORGANIZER: 'Organizer', URL: 'URL',
};

export async function parseIcs(bytes: Buffer): Promise<Draft> {
  const lines = decodeText(bytes).text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const out: string[] = [];
  for (const line of lines) {
    const match = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
    if (!match) continue;
    const [, key, raw] = match as unknown as [string, string, string];
    if (key === 'BEGIN' && raw === 'VEVENT') out.push('');
    const label = FIELDS[key];
    if (label) out.push(`${label}: ${unescape(raw).replace(/^mailto:/i, '')}`);
  }
  return { format: 'ics', text: out.join('\n') };
}

function unescape(value: string): string {
  return value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
}
