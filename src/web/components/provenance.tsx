/**
 * Where a value came from: the file, the page, how it was found, and the source's own text with the
 * span highlighted. The text is untrusted and is only ever rendered as text nodes (a <mark> around the
 * span), never parsed as HTML. A modal <dialog>: focus moves in, Escape closes, focus goes back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldConfidence } from '../../interfaces.js';
import { errorMessage } from '../lib/api.js';
import { percent } from '../lib/confidence.js';
import { loadSourceText } from '../lib/source-text.js';
import type { JobView, SourceText } from '../lib/types.js';
import { showValue } from '../lib/values.js';

const CONTEXT_CHARS = 400;

const METHOD_WORDS: Record<FieldConfidence['method'], string> = {
  label: 'next to a label', pattern: 'by its pattern', table: 'in a table', schema_org: 'in structured data (schema.org)',
  ocr: 'in a scanned image (OCR)', llm: 'by a language model', merged: 'merged from several documents', inferred: 'inferred from other fields',
};

function Excerpt({ text, span }: { text: string; span: [number, number] }) {
  const [start, end] = span;
  const mark = useRef<HTMLElement>(null);
  useEffect(() => mark.current?.scrollIntoView({ block: 'center' }), [start]);
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  return (
    <pre class="excerpt" data-testid="provenance-text" tabIndex={0} aria-label="Source text, the value highlighted">
      {from > 0 && '…'}{text.slice(from, start)}<mark ref={mark}>{text.slice(start, end)}</mark>{text.slice(end, to)}{to < text.length && '…'}
    </pre>
  );
}

export function Provenance(props: {
  job: JobView; label: string; value: unknown; confidence: FieldConfidence; onClose(): void;
}) {
  const { job, confidence } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [source, setSource] = useState<SourceText | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    return () => opener?.focus();
  }, []);

  useEffect(() => {
    setSource(null);
    setProblem(null);
    if (!confidence.span) return;
    loadSourceText(job, confidence.source).then(setSource, (failure) => setProblem(errorMessage(failure)));
  }, [job.id, confidence.source, confidence.span?.[0]]);

  return (
    <dialog ref={dialog} class="provenance" aria-labelledby="provenance-title" onClose={props.onClose}
      onCancel={(e) => { e.preventDefault(); props.onClose(); }}>
      <div class="dialog-head">
        <h2 id="provenance-title">Where “{props.label}” came from</h2>
        <button type="button" class="quiet" onClick={props.onClose} aria-label="Close">✕</button>
      </div>
      <dl class="facts">
        <div><dt>Value</dt><dd class="value">{showValue(props.value) || '—'}</dd></div>
        <div><dt>File</dt><dd data-testid="provenance-file">{confidence.source}</dd></div>
        <div><dt>Page</dt><dd>{confidence.page ?? '—'}</dd></div>
        <div><dt>Found</dt><dd>{METHOD_WORDS[confidence.method] ?? confidence.method}</dd></div>
        <div><dt>Confidence</dt><dd>{percent(confidence.score)}</dd></div>
      </dl>
      {!confidence.span && <p class="hint">This value has no single place in the text ({METHOD_WORDS[confidence.method] ?? confidence.method}).</p>}
      {confidence.span && !source && !problem && <p class="loading">Loading the source text…</p>}
      {problem && <p class="hint">The source text could not be shown: {problem}</p>}
      {source && <Excerpt text={source.text} span={confidence.span!} />}
    </dialog>
  );
}
