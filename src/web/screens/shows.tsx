/** The organisation's shows, newest first. */
import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../lib/api.js';
import { formatUtc } from '../lib/format.js';
import type { ShowSummary } from '../lib/types.js';
import { ErrorNote, PageTitle } from '../components/bits.js';
import { A } from '../components/link.js';

export function Shows() {
  const [shows, setShows] = useState<ShowSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<{ shows: ShowSummary[] }>('GET', '/api/shows').then((page) => setShows(page.shows), (f) => setError(errorMessage(f)));
  }, []);

  return (
    <div class="shows">
      <PageTitle title="Shows">Shows</PageTitle>
      {error && <ErrorNote>{error}</ErrorNote>}
      {shows === null && !error && <p class="loading">Loading…</p>}
      {shows?.length === 0 && <p class="hint">No shows yet: commit an import to create one.</p>}
      {shows && shows.length > 0 && (
        <table class="job-table">
          <thead><tr><th scope="col">Date</th><th scope="col">Artist</th><th scope="col">Venue</th><th scope="col">City</th><th scope="col">Created</th></tr></thead>
          <tbody>
            {shows.map((s) => (
              <tr key={s.id}>
                <td class="when">{s.date ?? '—'}</td>
                <td><A href={`/shows/${s.id}`}>{s.artist ?? s.eventName ?? 'Untitled show'}</A></td>
                <td>{s.venue ?? '—'}</td>
                <td>{s.city ?? '—'}</td>
                <td class="when">{formatUtc(s.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
