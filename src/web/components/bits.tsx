/** Small pieces every screen uses: status badges, the confidence legend, error notes, page headings. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { BANDS } from '../lib/confidence.js';
import type { ImportJobStatus } from '../lib/types.js';

const STATUS_SYMBOL: Record<ImportJobStatus, string> = {
  pending: '…', processing: '↻', completed: '✓', failed: '✕', committed: '★', cancelled: '–',
};

const STATUS_WORD: Record<ImportJobStatus, string> = {
  pending: 'Queued', processing: 'Reading', completed: 'Ready to review', failed: 'Failed',
  committed: 'Committed', cancelled: 'Cancelled',
};

export function StatusBadge({ status }: { status: ImportJobStatus }) {
  return (
    <span class={`badge status-${status}`}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {STATUS_WORD[status]}
    </span>
  );
}

export function ConfidenceLegend() {
  return (
    <div class="legend" aria-label="Confidence legend" role="group">
      <span class="legend-title">Confidence:</span>
      <ul>
        {BANDS.map((b) => (
          <li key={b.band} class={`band-${b.band}`}>
            <span class="dot" aria-hidden="true">{b.symbol}</span> <strong>{b.label}</strong> <span>{b.explain}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorNote({ children }: { children: ComponentChildren }) {
  return <div class="error-note" role="alert">{children}</div>;
}

/**
 * The screen's one h1; focusable so the router can move focus to it. Also sets the tab's title.
 * `focus`: take focus when shown (a screen that replaces another without a change of address).
 */
export function PageTitle({ children, title, focus = false }: { children: ComponentChildren; title: string; focus?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Intake`;
  }, [title]);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, []);
  return <h1 tabIndex={-1} ref={heading}>{children}</h1>;
}
