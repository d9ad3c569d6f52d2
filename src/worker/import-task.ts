/**
 * The import task: what a worker does with one claimed job.
 *
 *   1. read each source — files from the blob store through the extraction pool, pasted text in-process —
 *      and save its text, pages and errors on its `import_sources` row (the review screen points into
 *      that text);
 *   2. run the understanding sections in their fixed order, each step reported as progress;
 *   3. return the ImportData and its confidence map, which the worker stores on completion.
 *
 * A file that cannot be read is a warning in the result, not a failed job; only an import in which no
 * source can be read fails, and at once (PermanentJobError): a retry would read the same bytes.
 */
import { IMPORT_SECTIONS, type ExtractedSource } from '../interfaces.js';
import type { Queryable } from '../db/pool.js';
import { extractFile, extractPastedText } from '../extract/index.js';
import { understand } from '../understand/index.js';
import { PermanentJobError, type ImportTask } from '../jobs/types.js';
import { readBlob } from '../storage/blobs.js';

interface StoredSource {
  id: string;
  origin: 'file' | 'pasted';
  file_name: string;
  declared_mime: string | null;
  blob_id: string | null;
  pasted_text: string | null;
}

export function createImportTask(db: Queryable): ImportTask {
  return async ({ job }, { signal, reportProgress, log }) => {
    const { rows: stored } = await db.query<StoredSource>(
      `SELECT id, origin, file_name, declared_mime, blob_id, pasted_text
       FROM import_sources WHERE job_id = $1 ORDER BY position`, [job.id]);

    const sources: ExtractedSource[] = [];
    for (const source of stored) {
      signal.throwIfAborted();
      await reportProgress({
        current_section: null, current_source: source.file_name,
        sections_completed: 0, total_sections: IMPORT_SECTIONS.length,
      });
      const read = await readStoredSource(db, source, signal);
      if (read.error) log.warn({ fileName: source.file_name, code: read.error.code }, read.error.message);
      await saveReading(db, source.id, read);
      sources.push(read);
    }

    const unreadable = sources.filter((s) => s.error);
    if (sources.length > 0 && unreadable.length === sources.length) {
      const [first] = unreadable;
      throw new PermanentJobError(first!.error!.code,
        unreadable.map((s) => `${s.name}: ${s.error!.message}`).join('; '));
    }

    const result = await understand(sources, { onProgress: reportProgress, signal });
    return { extracted: result.extracted, confidence_map: result.confidence };
  };
}

async function readStoredSource(db: Queryable, source: StoredSource, signal: AbortSignal): Promise<ExtractedSource> {
  if (source.origin === 'pasted') return extractPastedText(source.pasted_text ?? '');
  const bytes = await readBlob(db, source.blob_id!);
  return extractFile({ bytes, name: source.file_name, declaredType: source.declared_mime }, { signal });
}

/** Keeps the text a confidence span points into, and what the API lists per source. */
async function saveReading(db: Queryable, sourceId: string, read: ExtractedSource): Promise<void> {
  const { text, html: _html, ...rest } = read;
  const summary = { ...rest, pages: read.pages.map(({ number, offset }) => ({ number, offset })), children: read.children.map(childSummary) };
  await db.query(
    `UPDATE import_sources
     SET text = $2, extracted = $3, page_count = $4, word_count = $5, error = $6,
         detected_format = $7, detected_mime = coalesce(detected_mime, $8)
     WHERE id = $1`,
    [sourceId, text, summary, read.pageCount, read.wordCount, read.error, read.format, read.mimeType]);
}

function childSummary(child: ExtractedSource): object {
  return {
    name: child.name, format: child.format, mimeType: child.mimeType, sizeBytes: child.sizeBytes,
    pageCount: child.pageCount, wordCount: child.wordCount, error: child.error,
  };
}
