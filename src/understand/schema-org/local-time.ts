/**
 * Markup date-times written in UTC ("2027-08-20T16:00:00Z", "+00:00") → the wall-clock time at the
 * place. Mailers often serialise every time in UTC although the contract wants the local time the
 * visible text writes. The place's country gives its time zones (ICU's region data); when they
 * disagree at that instant (mainland and islands), the local time the visible text writes wins,
 * else the one most of the country's zones give. Without a country, the time stays as written.
 * The place's own zone, where known (an airport's: "America/Denver" in a country of several), wins
 * over its country's.
 */
import { isoDate } from '../normalise/index.js';

/** "2025-05-02T10:40:00+02:00" → { date: "2025-05-02", time: "10:40" } (local, as written). */
export function splitDateTime(text: string | null): { date: string | null; time: string | null } {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text ?? '');
  if (!m) return { date: null, time: null };
  return { date: isoDate(Number(m[1]), Number(m[2]), Number(m[3])), time: m[4] ? `${m[4]}:${m[5]}` : null };
}

const UTC = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)$/i;

function zonesOf(country: string): string[] {
  try {
    const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };
    return locale.getTimeZones?.() ?? locale.timeZones ?? [];
  } catch {
    return [];
  }
}

/** The wall-clock date and time an instant shows in an IANA zone. */
export function wallClock(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(instant).map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

function writes(visible: string, time: string): boolean {
  const [h, m] = time.split(':');
  return new RegExp(`(?<![\\d:.])0?${Number(h)}[:.h]${m}(?![\\d])`).test(visible);
}

export function localDateTime(
  text: string | null, country: string | null, visible: string, timeZone?: string | null,
): { date: string | null; time: string | null } {
  const m = UTC.exec(text?.trim() ?? '');
  if (!m || (!country && !timeZone)) return splitDateTime(text);
  const instant = new Date(`${m[1]}T${m[2]}:00Z`);
  if (timeZone) return wallClock(instant, timeZone);
  if (!country) return splitDateTime(text);
  const counts = new Map<string, { date: string; time: string; n: number }>();
  for (const zone of zonesOf(country)) {
    const local = wallClock(instant, zone);
    const key = `${local.date}T${local.time}`;
    counts.set(key, { ...local, n: (counts.get(key)?.n ?? 0) + 1 });
  }
  const candidates = [...counts.values()].sort((a, b) => b.n - a.n);
  if (!candidates.length) return splitDateTime(text);
  const { date, time } = candidates.find((c) => writes(visible, c.time)) ?? candidates[0]!;
  return { date, time };
}
