/** The queue at a glance, for admins: depth by status, throughput, age of the oldest waiting job, workers. */
import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../lib/api.js';
import { formatDuration, formatUtc } from '../lib/format.js';
import type { QueueStats } from '../lib/types.js';
import { ErrorNote, PageTitle } from '../components/bits.js';

const REFRESH_MS = 5000;

function Tile({ label, value, tone }: { label: string; value: string; tone?: 'warn' | 'bad' }) {
  return (
    <div class={`tile${tone ? ` tile-${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd class="figure">{value}</dd>
    </div>
  );
}

export function Queue() {
  const [stats, setStats] = useState<QueueStats | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    const load = () => api<QueueStats>('GET', '/api/queue').then(
      (s) => { if (!stopped) { setStats(s); setError(null); } },
      (f) => { if (!stopped) setError(errorMessage(f)); });
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => { stopped = true; clearInterval(timer); };
  }, []);

  const finished = stats ? stats.completedLastHour + stats.failedLastHour : 0;
  const failureRate = stats && finished ? stats.failedLastHour / finished : 0;

  return (
    <div class="queue">
      <PageTitle title="Queue">Queue</PageTitle>
      <p class="hint">Refreshes every {REFRESH_MS / 1000} s.</p>
      {error && <ErrorNote>{error}</ErrorNote>}
      {stats && (
        <>
          <dl class="tiles" aria-label="Jobs by status">
            <Tile label="Pending" value={String(stats.pending)} tone={stats.pending > 20 ? 'warn' : undefined} />
            <Tile label="Processing" value={String(stats.processing)} />
            <Tile label="Completed" value={String(stats.completed)} />
            <Tile label="Failed" value={String(stats.failed)} tone={stats.failed ? 'bad' : undefined} />
          </dl>
          <dl class="tiles" aria-label="Last hour">
            <Tile label="Finished in the last hour" value={String(finished)} />
            <Tile label="Failure rate (last hour)" value={finished ? `${Math.round(failureRate * 100)}%` : '—'}
              tone={failureRate > 0.1 ? 'bad' : undefined} />
            <Tile label="Oldest pending" value={stats.oldestPendingSeconds === null ? 'none' : formatDuration(stats.oldestPendingSeconds)}
              tone={(stats.oldestPendingSeconds ?? 0) > 300 ? 'warn' : undefined} />
            <Tile label="Workers seen" value={String(stats.workers.length)} tone={stats.workers.length ? undefined : 'bad'} />
          </dl>
          {stats.workers.length > 0 && (
            <table class="job-table">
              <caption>Workers</caption>
              <thead><tr><th scope="col">Worker</th><th scope="col">Last seen</th></tr></thead>
              <tbody>{stats.workers.map((w) => <tr key={w.id}><td class="name">{w.id}</td><td class="when">{formatUtc(w.lastSeenAt)}</td></tr>)}</tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
