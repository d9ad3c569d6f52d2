/**
 * One editable field of the review: its value, its confidence (symbol, word and colour), a conflict
 * between documents when there is one, and the way to its source. The editor keeps the typed text;
 * the review keeps the contract value read from it (lib/values.ts), or the reason it cannot be read.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FieldConfidence } from '../../interfaces.js';
import { bandInfo, bandOf, percent } from '../lib/confidence.js';
import type { FieldConflict } from '../lib/conflicts.js';
import { humanise, type FieldSpec } from '../lib/fields.js';
import { readValue, showValue } from '../lib/values.js';

export const fieldId = (path: string): string => `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

export interface FieldEditorProps {
  path: string;
  spec: FieldSpec;
  value: unknown;
  confidence: FieldConfidence | undefined;
  checked: boolean;
  conflict: FieldConflict | undefined;
  onChange(path: string, value: unknown, error: string | null): void;
  onConfirm(path: string): void;
  onShowSource(path: string): void;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function FieldEditor(props: FieldEditorProps) {
  const { path, spec, value, confidence, checked, conflict } = props;
  const [text, setText] = useState(showValue(value));
  const [error, setError] = useState<string | null>(null);
  const id = fieldId(path);
  const kind = spec.kind;
  const band = bandOf(confidence, checked);
  const info = bandInfo(band);

  // A value changed from outside (a conflict choice): show it, unless the text already says it.
  useEffect(() => {
    const read = readValue(spec.kind, text);
    if (!read.ok || !sameValue(read.value, value)) {
      setText(showValue(value));
      setError(null);
    }
  }, [value]);

  const edit = (next: string) => {
    setText(next);
    const read = readValue(spec.kind, next);
    setError(read.ok ? null : read.error);
    props.onChange(path, read.ok ? read.value : value, read.ok ? null : read.error);
  };

  const described = [`${id}-conf`, error ? `${id}-err` : null].filter(Boolean).join(' ');
  const common = {
    id, 'aria-describedby': described, 'aria-invalid': error ? true : undefined,
    onInput: (e: Event) => edit((e.currentTarget as HTMLInputElement).value),
  };
  let control;
  if (kind.type === 'choice') {
    control = (
      <select {...common} value={text} onChange={common.onInput}>
        {!kind.required && <option value="">—</option>}
        {kind.options.map((o) => <option key={o} value={o}>{humanise(o)}</option>)}
      </select>
    );
  } else if ((kind.type === 'text' && kind.long) || kind.type === 'names') {
    control = <textarea {...common} rows={kind.type === 'names' ? 2 : 2} value={text} />;
  } else {
    const placeholder = { date: 'YYYY-MM-DD', time: 'HH:MM', datetime: 'YYYY-MM-DDTHH:MM', upper: kind.type === 'upper' ? kind.hint : '' }[kind.type as string];
    const numeric = kind.type === 'integer' || kind.type === 'number';
    control = <input {...common} type="text" inputMode={numeric ? 'decimal' : undefined} placeholder={placeholder} value={text}
      spellcheck={kind.type === 'text'} autocomplete="off" />;
  }

  return (
    <div class={`field band-${band}${conflict ? ' has-conflict' : ''}`} data-path={path} data-band={band} data-kind={kind.type}>
      <label for={id}>{spec.label}{kind.type === 'names' && <span class="hint"> (one a line)</span>}</label>
      {control}
      <div class="field-meta" id={`${id}-conf`}>
        <span class="conf">
          <span aria-hidden="true">{info.symbol}</span> {info.label}{confidence && !checked ? ` ${percent(confidence.score)}` : ''}
        </span>
        {confidence && (
          <button type="button" class="link" onClick={() => props.onShowSource(path)}>
            Source<span class="visually-hidden"> of {spec.label}</span>
          </button>
        )}
        {band === 'low' && (
          <button type="button" class="link" onClick={() => props.onConfirm(path)}>
            Looks right<span class="visually-hidden">: {spec.label}</span>
          </button>
        )}
      </div>
      {error && <p class="field-error" id={`${id}-err`}>{error}</p>}
      {conflict && (
        <fieldset class="conflict">
          <legend>The documents disagree</legend>
          {conflict.choices.map((choice, i) => (
            <label key={i} class="choice">
              <input type="radio" name={`${id}-conflict`} checked={sameValue(choice.value, value)}
                onChange={() => props.onChange(path, choice.value, null)} />
              <span class="choice-value">{showValue(choice.value)}</span> <span class="hint">from {choice.source}</span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
