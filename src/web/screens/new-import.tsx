/**
 * New import: files (dropped or picked) and/or pasted text, checked and listed before anything is sent.
 *
 *   choosing ──Start──▶ uploading ──202──▶ (the import's progress screen)
 *                           └──4xx/5xx──▶ choosing (the message shown; a file the server named is set aside)
 */
import { useRef, useState } from 'preact/hooks';
import { ApiFailure, errorMessage } from '../lib/api.js';
import { formatBytes } from '../lib/format.js';
import { navigate } from '../lib/router.js';
import { ACCEPT_ATTRIBUTE, ACCEPTED_LABELS, kindOf, rejectionOf, startImport } from '../lib/upload.js';
import { useSession } from '../session.js';
import { ErrorNote, PageTitle } from '../components/bits.js';

interface Picked {
  key: number;
  file: File;
  kind: string | null;
  rejected: string | null;
  sent: number;
}

let nextKey = 1;

/** The file a server error is about, when its message starts with the file's name. */
function fileNamedIn(failure: ApiFailure, files: Picked[]): Picked | undefined {
  return files.find((p) => failure.message.startsWith(`${p.file.name} `) || failure.message.startsWith(`${p.file.name}:`));
}

export function NewImport() {
  const { session } = useSession();
  const [picked, setPicked] = useState<Picked[]>([]);
  const [pasted, setPasted] = useState('');
  const [orgId, setOrgId] = useState(session.organisations[0]?.orgId ?? '');
  const [dragging, setDragging] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const add = (files: Iterable<File>) => {
    const added = [...files].map((file) => ({ key: nextKey++, file, kind: kindOf(file), rejected: rejectionOf(file), sent: 0 }));
    setPicked((current) => [...current, ...added]);
    setError(null);
  };
  const remove = (key: number) => setPicked((current) => current.filter((p) => p.key !== key));

  const accepted = picked.filter((p) => !p.rejected);
  const canStart = !uploading && (accepted.length > 0 || pasted.trim().length > 0);

  const start = async (event: Event) => {
    event.preventDefault();
    if (!canStart) return;
    setUploading(true);
    setError(null);
    try {
      const { jobId } = await startImport({
        orgId: session.organisations.length > 1 ? orgId : null,
        files: accepted.map((p) => p.file),
        pastedText: pasted,
        onProgress: (sent) => setPicked((current) => {
          const byKey = new Map(accepted.map((p, i) => [p.key, sent[i] ?? 0]));
          return current.map((p) => (byKey.has(p.key) ? { ...p, sent: byKey.get(p.key)! } : p));
        }),
      });
      navigate(`/imports/${jobId}`);
    } catch (failure) {
      setUploading(false);
      const culprit = failure instanceof ApiFailure ? fileNamedIn(failure, accepted) : undefined;
      if (culprit) {
        setPicked((current) => current.map((p) => (p.key === culprit.key ? { ...p, rejected: errorMessage(failure), sent: 0 } : { ...p, sent: 0 })));
        setError(`${culprit.file.name} was refused; it is set aside below. The other files are still here: start again.`);
      } else {
        setPicked((current) => current.map((p) => ({ ...p, sent: 0 })));
        setError(errorMessage(failure));
      }
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer?.files.length) add(event.dataTransfer.files);
  };

  return (
    <form class="new-import" onSubmit={start}>
      <PageTitle title="New import">New import</PageTitle>
      <p class="lede">Drop the show's documents — contracts, riders, confirmations, itineraries, e-mails, scans — and/or paste text. Intake reads them and fills in the show for you to review.</p>

      {session.organisations.length > 1 && (
        <div class="field-row">
          <label for="org">Organisation</label>
          <select id="org" value={orgId} onChange={(e) => setOrgId(e.currentTarget.value)}>
            {session.organisations.map((o) => <option key={o.orgId} value={o.orgId}>{o.name}</option>)}
          </select>
        </div>
      )}

      <div class={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <p><strong>Drop files here</strong> or</p>
        <button type="button" onClick={() => input.current?.click()} disabled={uploading}>Choose files…</button>
        <input ref={input} id="files" type="file" multiple accept={ACCEPT_ATTRIBUTE} class="visually-hidden"
          aria-label="Choose files to import" tabIndex={-1}
          onChange={(e) => { if (e.currentTarget.files) add(e.currentTarget.files); e.currentTarget.value = ''; }} />
        <p class="hint">{ACCEPTED_LABELS}. Up to 50 MB a file.</p>
      </div>

      {picked.length > 0 && (
        <table class="files">
          <caption class="visually-hidden">Files to import</caption>
          <thead><tr><th scope="col">File</th><th scope="col">Type</th><th scope="col" class="num">Size</th><th scope="col">Upload</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {picked.map((p) => (
              <tr key={p.key} class={p.rejected ? 'rejected' : ''}>
                <td class="name">{p.file.name}</td>
                <td>{p.kind ?? 'unknown'}</td>
                <td class="num">{formatBytes(p.file.size)}</td>
                <td class="upload">
                  {p.rejected
                    ? <span class="reject-reason"><span aria-hidden="true">✕ </span>Not sent: {p.rejected}</span>
                    : <progress max={p.file.size} value={p.sent} aria-label={`Upload of ${p.file.name}`}>{Math.round((100 * p.sent) / p.file.size)}%</progress>}
                </td>
                <td><button type="button" class="quiet" onClick={() => remove(p.key)} disabled={uploading}
                  aria-label={`Remove ${p.file.name}`}>Remove</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <label for="pasted" class="block-label">Pasted text <span class="hint">(an e-mail body, a chat, notes)</span></label>
      <textarea id="pasted" rows={8} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} disabled={uploading} />

      {error && <ErrorNote>{error}</ErrorNote>}
      <div class="actions">
        <button type="submit" class="primary" disabled={!canStart}>
          {uploading ? 'Uploading…' : `Start import${accepted.length ? ` (${accepted.length} file${accepted.length === 1 ? '' : 's'}${pasted.trim() ? ' + text' : ''})` : ''}`}
        </button>
      </div>
    </form>
  );
}
