/**
 * Review: the extracted show, every field editable, before it is committed.
 *
 * State: `data` (the ImportData to commit), and per field path — keyed exactly as the confidence map —
 * its confidence, whether a person has checked it (edited, chose a side of a conflict, or said it looks
 * right), its conflict and any input error. Removing a list item re-keys all four so that paths keep
 * naming the same values. Fields under the review threshold that nobody checked are "need a look".
 */
import { useMemo, useState } from 'preact/hooks';
import type { ConfidenceMap, ImportData } from '../../interfaces.js';
import { api, errorMessage } from '../lib/api.js';
import { REVIEW_THRESHOLD, percent } from '../lib/confidence.js';
import { readConflicts, type FieldConflict } from '../lib/conflicts.js';
import { comparePaths, confidenceOf, editorPath, isEditable, labelOf, rekey, type ByPath } from '../lib/field-paths.js';
import { SECTION_TITLES, type FieldSpec, type ListSection } from '../lib/fields.js';
import { getAt, setAt } from '../lib/paths.js';
import { navigate } from '../lib/router.js';
import type { JobView } from '../lib/types.js';
import { ConfidenceLegend, ErrorNote, PageTitle } from '../components/bits.js';
import { fieldId, type FieldEditorProps } from '../components/field-editor.js';
import { Provenance } from '../components/provenance.js';
import { DocumentsSection, ListEditor, RecordEditor } from './review-sections.js';

/** How many uncertain fields are listed before "Show all". */
const SHORT_LIST = 12;

function focusField(path: string): void {
  const element = document.getElementById(fieldId(path));
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

export function Review({ job }: { job: JobView }) {
  const original = job.extracted!;
  const [data, setData] = useState<ImportData>(original);
  const [confidence, setConfidence] = useState<ConfidenceMap>(job.confidence_map ?? {});
  const [checked, setChecked] = useState<ByPath<true>>({});
  const [conflicts, setConflicts] = useState<ByPath<FieldConflict>>(
    () => Object.fromEntries(readConflicts(original, original.warnings)));
  const [invalid, setInvalid] = useState<ByPath<string>>({});
  const [sourceOf, setSourceOf] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const [commitError, setCommitError] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);

  const needLook = useMemo(() => {
    const paths = Object.entries(confidence)
      .filter(([path, c]) => c.score < REVIEW_THRESHOLD && getAt(data, path) !== undefined && isEditable(path))
      .map(([path]) => editorPath(data, path));
    return [...new Set(paths)].filter((p) => !checked[p]).sort(comparePaths);
  }, [confidence, checked, data]);

  const check = (path: string) => setChecked((c) => ({ ...c, [path]: true }));

  const field: Omit<FieldEditorProps, 'path' | 'spec' | 'value' | 'confidence' | 'checked' | 'conflict'> = {
    onChange(path, value, error) {
      setData((d) => setAt(d, path, value));
      setInvalid(({ [path]: _, ...rest }) => (error ? { ...rest, [path]: error } : rest));
      setCommitError(null);
      check(path);
    },
    onConfirm: check,
    onShowSource: setSourceOf,
  };
  const editorFor = (path: string, spec: FieldSpec): FieldEditorProps => ({
    ...field, path, spec, value: getAt(data, path), confidence: confidenceOf(confidence, path),
    checked: Boolean(checked[path]), conflict: conflicts[path],
  });

  const list = {
    add(section: string, item: unknown) {
      const items = getAt(data, section) as unknown[];
      setData((d) => setAt(d, section, [...items, item]));
      requestAnimationFrame(() => document.getElementById(`${fieldId(`${section}[${items.length}]`)}-item`)?.focus());
    },
    remove(section: string, index: number) {
      setData((d) => setAt(d, section, (getAt(d, section) as unknown[]).filter((_, i) => i !== index)));
      setConfidence((m) => rekey(m, section, index));
      setChecked((m) => rekey(m, section, index));
      setConflicts((m) => rekey(m, section, index));
      setInvalid((m) => rekey(m, section, index));
    },
  };

  const commit = async () => {
    const firstInvalid = Object.keys(invalid)[0];
    if (firstInvalid) {
      setCommitError(`${labelOf(firstInvalid)}: ${invalid[firstInvalid]}. Fix the marked fields first.`);
      focusField(firstInvalid);
      return;
    }
    setCommitting(true);
    setCommitError(null);
    try {
      const { showId } = await api<{ showId: string }>('POST', `/api/import-jobs/${job.id}/commit`, data);
      navigate(`/shows/${showId}`);
    } catch (failure) {
      setCommitError(errorMessage(failure));
      setCommitting(false);
    }
  };

  const g = data.general;
  const title = [g.artist, g.venue, g.date].filter(Boolean).join(' · ') || 'Imported show';
  const otherWarnings = data.warnings.filter((w) => w.code !== 'conflict');
  const sourcePath = sourceOf && confidenceOf(confidence, sourceOf) ? sourceOf : null;
  const listSections: ListSection[] = ['hotels', 'flights', 'food', 'activities', 'contacts'];

  return (
    <div class="review">
      <div class="title-row">
        <PageTitle title="Review import" focus>Review: {title}</PageTitle>
      </div>

      <section class={`need-look${needLook.length ? '' : ' all-clear'}`} aria-labelledby="need-look-title">
        <h2 id="need-look-title" data-testid="need-look-count">
          {needLook.length ? `${needLook.length} field${needLook.length === 1 ? ' needs' : 's need'} a look` : 'Every uncertain field has been checked'}
        </h2>
        {needLook.length > 0 && (
          <ul id="need-look-list">
            {(showAll ? needLook : needLook.slice(0, SHORT_LIST)).map((path) => (
              <li key={path}>
                <button type="button" class="link" onClick={() => focusField(path)}>
                  {labelOf(path)}
                </button> <span class="hint">{percent(confidenceOf(confidence, path)?.score ?? 0)}</span>
              </li>
            ))}
          </ul>
        )}
        {needLook.length > SHORT_LIST && (
          <button type="button" class="link" aria-expanded={showAll} aria-controls="need-look-list" onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Show fewer' : `Show all ${needLook.length}`}
          </button>
        )}
      </section>

      <ConfidenceLegend />

      {otherWarnings.length > 0 && (
        <section class="warnings" aria-labelledby="warnings-title">
          <h2 id="warnings-title">Warnings</h2>
          <ul>{otherWarnings.map((w, i) => <li key={i}>{w.message}</li>)}</ul>
        </section>
      )}

      <nav class="section-nav" aria-label="Sections">
        <ul>
          {Object.entries(SECTION_TITLES).map(([key, name]) => <li key={key}><a href={`#s-${key}`}>{name}</a></li>)}
        </ul>
      </nav>

      <RecordEditor section="general" editorFor={editorFor} />
      <RecordEditor section="deal" editorFor={editorFor} />
      {listSections.map((section) => (
        <ListEditor key={section} section={section} items={data[section] as unknown[]} editorFor={editorFor}
          onAdd={list.add} onRemove={list.remove} />
      ))}
      <RecordEditor section="technical" editorFor={editorFor} />
      <DocumentsSection documents={data.documents} job={job} confidence={confidence} checked={checked}
        onCategory={(index, category) => field.onChange(`documents[${index}].category`, category, null)} />

      <div class="commit-bar">
        {commitError && <ErrorNote>{commitError}</ErrorNote>}
        <p class="hint">{needLook.length ? `${needLook.length} uncertain field${needLook.length === 1 ? '' : 's'} not yet checked.` : 'Ready to commit.'}</p>
        <button type="button" class="primary" disabled={committing} onClick={() => void commit()}>
          {committing ? 'Creating the show…' : 'Commit show'}
        </button>
      </div>

      {sourcePath && (
        <Provenance job={job} label={labelOf(sourcePath)} value={getAt(data, sourcePath)}
          confidence={confidenceOf(confidence, sourcePath)!} onClose={() => setSourceOf(null)} />
      )}
    </div>
  );
}
