/**
 * An import being read: section by section from the live stream. Every row and number has a fixed
 * place (the list of nine sections is always drawn, figures are tabular), so updates never move the
 * layout.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { IMPORT_SECTIONS } from '../../interfaces.js';
import { api, errorMessage } from '../lib/api.js';
import { SECTION_TITLES } from '../lib/fields.js';
import { elapsedMs, formatBytes, formatDuration } from '../lib/format.js';
import type { LiveJob } from '../lib/live-job.js';
import { ErrorNote, PageTitle, StatusBadge } from '../components/bits.js';

const LINK_WORDS = {
  connecting: 'Connecting…',
  streaming: 'Live',
  polling: 'Connection dropped: checking every 2 s',
  done: 'Finished',
} as const;

const HEADINGS: Partial<Record<string, string>> = {
  pending: 'Waiting for a worker', failed: 'Import failed', cancelled: 'Import cancelled', completed: 'All sections read',
};

function useNow(running: boolean): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

export function Progress({ live, onRestart, onReview }: { live: LiveJob; onRestart(): void; onReview(): void }) {
  const job = live.job!;
  const progress = job.progress_data;
  const running = job.status === 'pending' || job.status === 'processing';
  const now = useNow(running);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const reviewButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (job.status === 'completed') reviewButton.current?.focus();
  }, [job.status]);

  const total = progress?.total_sections ?? IMPORT_SECTIONS.length;
  const done = progress?.sections_completed ?? 0;
  const current = progress?.current_section ?? null;
  const startedAt = progress?.started_at ?? job.started_at;
  const endedAt = running ? now : Date.parse(progress?.last_updated ?? job.finished_at ?? job.updated_at);
  const elapsed = startedAt ? formatDuration(elapsedMs(startedAt, endedAt) / 1000) : '—';

  const act = async (what: 'retry' | 'cancel') => {
    setBusy(true);
    setActionError(null);
    try {
      await api('POST', `/api/import-jobs/${job.id}/${what}`);
      if (what === 'retry') onRestart();
      else await live.reload();
    } catch (failure) {
      setActionError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="progress-screen" aria-labelledby="progress-title">
      <div class="title-row" id="progress-title">
        <PageTitle title="Reading documents">{HEADINGS[job.status] ?? 'Reading documents'}</PageTitle>
        <StatusBadge status={job.status} />
      </div>

      <div class="progress-summary">
        <div class="bar-row">
          <progress id="sections-bar" max={total} value={done} aria-label="Sections done" />
          <span class="figure" data-testid="sections-done">{done} of {total} sections</span>
        </div>
        <dl class="facts">
          <div><dt>Now reading</dt><dd data-testid="now-reading">{running && current ? `${SECTION_TITLES[current]}${progress?.current_source ? ` in ${progress.current_source}` : ''}` : '—'}</dd></div>
          <div><dt>Elapsed</dt><dd class="figure">{elapsed}</dd></div>
          <div><dt>Attempt</dt><dd class="figure">{Math.max(job.attempts, 1)}</dd></div>
          <div><dt>Updates</dt><dd>{LINK_WORDS[live.link]}</dd></div>
        </dl>
      </div>

      <ol class="sections" aria-label="Sections">
        {IMPORT_SECTIONS.map((section, index) => {
          const state = index < done ? 'done' : running && section === current ? 'current' : 'waiting';
          return (
            <li key={section} class={`section-${state}`} data-section={section} data-state={state}>
              <span class="mark" aria-hidden="true">{state === 'done' ? '✓' : state === 'current' ? '↻' : '·'}</span>
              <span class="section-name">{SECTION_TITLES[section]}</span>
              <span class="section-state">{state === 'done' ? 'done' : state === 'current' ? 'reading…' : 'waiting'}</span>
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" aria-live="polite">{done} of {total} sections read{current && running ? `; now ${SECTION_TITLES[current]}` : ''}.</p>

      {job.status === 'failed' && (
        <ErrorNote>
          <p><strong>The import could not be read.</strong> {job.error?.message ?? 'No reason was given.'}</p>
          {job.error?.code && <p class="hint">Error code: <code>{job.error.code}</code></p>}
        </ErrorNote>
      )}
      {job.status === 'cancelled' && <p>This import was cancelled.</p>}
      {actionError && <ErrorNote>{actionError}</ErrorNote>}

      <div class="actions">
        {job.status === 'completed' && <button type="button" class="primary" ref={reviewButton} onClick={onReview}>Review the data</button>}
        {job.status === 'failed' && <button type="button" class="primary" disabled={busy} onClick={() => void act('retry')}>Retry</button>}
        {running && <button type="button" disabled={busy} onClick={() => void act('cancel')}>Cancel import</button>}
      </div>

      {job.sources.length > 0 && (
        <>
          <h2>Sources</h2>
          <ul class="source-list">
            {job.sources.map((s) => (
              <li key={s.id}><span class="name">{s.name}</span> <span class="hint">{s.format ?? s.mime_type ?? ''} · {formatBytes(s.size_bytes)}{s.pages ? ` · ${s.pages} p.` : ''}</span></li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
