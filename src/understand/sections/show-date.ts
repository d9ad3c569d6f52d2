/**
 * The show's date where no label states it: the date of the headline set's day, else the date the
 * source mentions most often (its subject counts too). Relative day references in prose — "the 16th",
 * "den 16:e", "am 16.", "el 16", "le 16" — resolve to the next such day on or after the message's date.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found, type Found } from '../found.js';
import { addDays, findDates, isoDate } from '../normalise/index.js';
import { evidenceAt, read } from '../text/index.js';
import { scheduleOf } from './schedule.js';

const ORDINAL_DAY = /\b(?:the|den|am|el|le|op)\s+(\d{1,2})(?:st|nd|rd|th|:e|:a|\.|er|º)?(?=[\s,.!?)]|$)/gi;

/** "the 16th" → the next 16th on or after `ref`, as YYYY-MM-DD. */
export function nextDayOfMonth(day: number, ref: Date): string | null {
  for (let m = 0; m < 3; m++) {
    const month = ref.getUTCMonth() + m;
    const year = ref.getUTCFullYear() + Math.floor(month / 12);
    const iso = isoDate(year, (month % 12) + 1, day);
    const refIso = ref.toISOString().slice(0, 10);
    if (iso && iso >= refIso) return iso;
  }
  return null;
}

export function showDateOf(source: ExtractedSource): Found<string> | undefined {
  const r = read(source);
  const set = scheduleOf(source).find((i) => i.kind.value === 'set' && i.date);
  if (set?.date) return set.date;
  const counts = new Map<string, { n: number; span: [number, number] | null }>();
  const add = (value: string, span: [number, number] | null) => {
    const c = counts.get(value);
    counts.set(value, { n: (c?.n ?? 0) + 1, span: c?.span ?? span });
  };
  const ref = r.referenceDate ?? undefined;
  const subject = source.metadata['subject'];
  for (const d of findDates(typeof subject === 'string' ? subject : '', ref)) add(d.value, null);
  for (const message of r.messages) {
    for (const line of message.lines) {
      const text = line.text.replace(/^(\s*>)+/, (q) => ' '.repeat(q.length));
      const sent = message.date ?? r.referenceDate;
      for (const d of findDates(text, sent ?? undefined)) add(d.value, [line.start + d.index, line.start + d.index + d.length]);
      if (!sent) continue;
      for (const m of text.matchAll(ORDINAL_DAY)) {
        const iso = nextDayOfMonth(Number(m[1]), sent);
        if (iso && iso <= (addDays(sent.toISOString().slice(0, 10), 90) ?? iso)) add(iso, [line.start + m.index, line.start + m.index + m[0].length]);
      }
    }
  }
  const best = [...counts].sort((a, b) => b[1].n - a[1].n)[0];
  if (!best) return undefined;
  return found(best[0], evidenceAt(source, best[1].span, 'pattern', true));
}
