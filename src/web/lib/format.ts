/**
 * Display helpers. Server timestamps are UTC ISO strings and are shown as UTC, cut from the string:
 * no Date formatting, so nothing depends on the browser's zone or locale.
 */

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "2026-11-28T21:42:28.123Z" → "2026-11-28 21:42 UTC". */
export function formatUtc(iso: string | null | undefined): string {
  if (!iso) return '—';
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** Seconds → "1 h 04 min", "3 min 07 s", "42 s". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${pad(Math.floor((s % 3600) / 60))} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${pad(s % 60)} s`;
  return `${s} s`;
}

/** Milliseconds between two ISO instants (a duration: no zone involved). */
export const elapsedMs = (fromIso: string, toMs: number): number => toMs - Date.parse(fromIso);
