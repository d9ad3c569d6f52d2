/** The organisation's imports, newest first, refreshed every few seconds; filter by status. */
import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../lib/api.js';
import { formatUtc } from '../lib/format.js';
import type { ImportJobStatus, JobListPage, JobSummary } from '../lib/types.js';
import { ErrorNote, PageTitle, StatusBadge } from '../components/bits.js';
import { A } from '../components/link.js';

const STATUSES: ImportJobStatus[] = ['pending', 'processing', 'completed', 'failed', 'committed', 'cancelled'];
const REFRESH_MS = 5000;


export function Imports() {
  const [status, setStatus] = useState<ImportJobStatus | ''>(new URLSearchParams(location.search).get('status') as ImportJobStatus ?? '');
  const [jobs, setJobs] = useState<JobSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [extra, setExtra] = useState<JobSummary[]>([]);
  const [error, setError] = useState<string | null>(null);

  const query = (next: string | null) => {
    const params = new URLSearchParams();
    if (status) params.set('status', status);
    if (next) params.set('cursor', next);
    return `/api/import-jobs${params.size ? `?${params}` : ''}`;
  };

  // The first page is re-read on a timer (new jobs appear, badges move); older pages are kept as loaded.
  useEffect(() => {
    let stopped = false;
    setJobs(null);
    setExtra([]);
    const load = async () => {
      try {
        const page = await api<JobListPage>('GET', query(null));
        if (stopped) return;
        setJobs(page.jobs);
        setCursor((c) => c ?? page.nextCursor);
        setError(null);
      } catch (failure) {
        if (!stopped) setError(errorMessage(failure));
      }
    };
    void load();
    const timer = setInterval(load, REFRESH_MS);
    history.replaceState(null, '', status ? `/imports?status=${status}` : '/imports');
    return () => {
      stopped = true;
      clearInterval(timer);
      setCursor(null);
    };
  }, [status]);

  const more = async () => {
    try {
      const page = await api<JobListPage>('GET', query(cursor));
      setExtra((e) => [...e, ...page.jobs]);
      setCursor(page.nextCursor);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const seen = new Set(jobs?.map((j) => j.id));
  const rows = [...(jobs ?? []), ...extra.filter((j) => !seen.has(j.id))];

  return (
    <div class="imports">
      <div class="title-row">
        <PageTitle title="Imports">Imports</PageTitle>
        <A href="/imports/new" class="button primary">New import</A>
      </div>
      <div class="field-row">
        <label for="status-filter">Status</label>
        <select id="status-filter" value={status} onChange={(e) => setStatus(e.currentTarget.value as ImportJobStatus | '')}>
          <option value="">All</option>
          {STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
        <span class="hint" aria-hidden="true">Refreshes every {REFRESH_MS / 1000} s</span>
      </div>
      {error && <ErrorNote>{error}</ErrorNote>}
      {jobs === null ? <p class="loading">Loading…</p> : rows.length === 0 ? <p class="hint">No imports{status ? ` with status “${status}”` : ''} yet.</p> : (
        <table class="job-table">
          <caption class="visually-hidden">Imports, newest first</caption>
          <thead><tr><th scope="col">Started</th><th scope="col">Sources</th><th scope="col">Status</th><th scope="col">Progress</th></tr></thead>
          <tbody>
            {rows.map((job) => (
              <tr key={job.id}>
                <td class="when"><A href={`/imports/${job.id}`}>{formatUtc(job.created_at)}</A></td>
                <td class="figure">{job.source_count}</td>
                <td><StatusBadge status={job.status} /></td>
                <td class="figure">
                  {job.status === 'processing' && job.progress_data
                    ? `${job.progress_data.sections_completed}/${job.progress_data.total_sections}`
                    : job.status === 'failed' ? (job.error?.code ?? 'failed') : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursor && <button type="button" onClick={() => void more()}>Show older imports</button>}
    </div>
  );
}
