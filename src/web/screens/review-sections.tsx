/** The review's sections: records (general, deal, technical), lists of items, and the documents. */
import type { ConfidenceMap, DocumentCategory, DocumentEntry } from '../../interfaces.js';
import { bandInfo, bandOf } from '../lib/confidence.js';
import { DOCUMENT_CATEGORIES, humanise, ITEM_NOUN, LIST_FIELDS, RECORD_FIELDS, SECTION_TITLES, type FieldSpec, type ListSection, type RecordSection } from '../lib/fields.js';
import { formatBytes } from '../lib/format.js';
import { itemKey } from '../lib/item-keys.js';
import type { JobView } from '../lib/types.js';
import { FieldEditor, fieldId, type FieldEditorProps } from '../components/field-editor.js';

type EditorFor = (path: string, spec: FieldSpec) => FieldEditorProps;

function Fields({ base, specs, editorFor }: { base: string; specs: readonly FieldSpec[]; editorFor: EditorFor }) {
  return (
    <div class="fields">
      {specs.map((spec) => <FieldEditor key={spec.key} {...editorFor(`${base}.${spec.key}`, spec)} />)}
    </div>
  );
}

export function RecordEditor({ section, editorFor }: { section: RecordSection; editorFor: EditorFor }) {
  return (
    <section class="review-section" id={`s-${section}`} aria-labelledby={`s-${section}-title`}>
      <h2 id={`s-${section}-title`}>{SECTION_TITLES[section]}</h2>
      <Fields base={section} specs={RECORD_FIELDS[section]} editorFor={editorFor} />
    </section>
  );
}

/** A new, empty item: every field null, lists empty (an activity must have a kind). */
function emptyItem(section: ListSection | 'passengers'): Record<string, unknown> {
  const item: Record<string, unknown> = Object.fromEntries(LIST_FIELDS[section].map((f) => [f.key, f.kind.type === 'names' ? [] : null]));
  if (section === 'flights') item.passengers = [];
  if (section === 'activities') item.kind = 'other';
  return item;
}

function itemTitle(section: ListSection | 'passengers', item: Record<string, unknown>, index: number): string {
  const name = section === 'flights' ? [item.flightNumber, item.date].filter(Boolean).join(' ') : item.name;
  const noun = ITEM_NOUN[section];
  return `${noun[0]!.toUpperCase()}${noun.slice(1)} ${index + 1}${name ? ` — ${String(name)}` : ''}`;
}

interface ListProps {
  section: ListSection | 'passengers';
  base: string;
  items: unknown[];
  editorFor: EditorFor;
  onAdd(listPath: string, item: unknown): void;
  onRemove(listPath: string, index: number): void;
}

function Items({ section, base, items, editorFor, onAdd, onRemove }: ListProps) {
  const noun = ITEM_NOUN[section];
  return (
    <>
      {items.length === 0 && <p class="hint empty">No {noun}s found in the documents.</p>}
      <ol class={`items items-${section}`}>
        {items.map((raw, index) => {
          const item = raw as Record<string, unknown>;
          const path = `${base}[${index}]`;
          const title = itemTitle(section, item, index);
          return (
            <li key={itemKey(item)} class="item">
              <fieldset>
                <legend id={`${fieldId(path)}-item`} tabIndex={-1}>{title}</legend>
                <Fields base={path} specs={LIST_FIELDS[section]} editorFor={editorFor} />
                {section === 'flights' && (
                  <div class="passengers">
                    <h4>Passengers</h4>
                    <Items section="passengers" base={`${path}.passengers`} items={item.passengers as unknown[]}
                      editorFor={editorFor} onAdd={onAdd} onRemove={onRemove} />
                  </div>
                )}
                <div class="item-actions">
                  <button type="button" class="quiet remove" onClick={() => onRemove(base, index)}>
                    Remove<span class="visually-hidden"> {title}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" class="add" onClick={() => onAdd(base, emptyItem(section))}>Add {noun}</button>
    </>
  );
}

export function ListEditor(props: Omit<ListProps, 'base' | 'onAdd' | 'onRemove'> & {
  section: ListSection; onAdd(listPath: string, item: unknown): void; onRemove(listPath: string, index: number): void;
}) {
  const { section } = props;
  return (
    <section class="review-section" id={`s-${section}`} aria-labelledby={`s-${section}-title`}>
      <h2 id={`s-${section}-title`}>{SECTION_TITLES[section]} <span class="count">({props.items.length})</span></h2>
      <Items {...props} base={section} />
    </section>
  );
}

function CategoryPicker({ document, path, confidence, checked, onChange }: {
  document: DocumentEntry; path: string; confidence: ConfidenceMap; checked: Record<string, true>; onChange(c: DocumentCategory): void;
}) {
  const band = bandOf(confidence[path], Boolean(checked[path]));
  const info = bandInfo(band);
  return (
    <span class={`category band-${band}`} data-band={band}>
      <select id={fieldId(path)} aria-label={`Category of ${document.fileName}`} aria-describedby={`${fieldId(path)}-conf`}
        value={document.category} onChange={(e) => onChange(e.currentTarget.value as DocumentCategory)}>
        {DOCUMENT_CATEGORIES.map((c) => <option key={c} value={c}>{humanise(c)}</option>)}
      </select>
      <span class="conf" id={`${fieldId(path)}-conf`}><span aria-hidden="true">{info.symbol}</span> {info.label}</span>
    </span>
  );
}

export function DocumentsSection({ documents, job, confidence, checked, onCategory }: {
  documents: DocumentEntry[]; job: JobView; confidence: ConfidenceMap; checked: Record<string, true>;
  onCategory(index: number, category: DocumentCategory): void;
}) {
  // Only files really attached are shown (and only they become show documents, server-side too).
  const attached = new Set(job.sources.filter((s) => s.origin === 'file').map((s) => s.name));
  const shown = documents.map((d, index) => ({ d, index })).filter(({ d }) => attached.has(d.fileName));
  return (
    <section class="review-section" id="s-documents" aria-labelledby="s-documents-title">
      <h2 id="s-documents-title">Documents <span class="count">({shown.length})</span></h2>
      <p class="hint">The files attached to this import; they are stored with the show. Pasted text is not a document.</p>
      <table class="documents">
        <thead><tr><th scope="col">File</th><th scope="col">Type</th><th scope="col" class="num">Size</th><th scope="col" class="num">Pages</th><th scope="col">Category</th></tr></thead>
        <tbody>
          {shown.map(({ d, index }) => (
            <tr key={d.fileName + index}>
              <td class="name">{d.fileName}</td>
              <td>{d.mimeType ?? '—'}</td>
              <td class="num">{formatBytes(d.sizeBytes)}</td>
              <td class="num">{d.pages ?? '—'}</td>
              <td><CategoryPicker document={d} path={`documents[${index}].category`} confidence={confidence} checked={checked}
                onChange={(category) => onCategory(index, category)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
