/**
 * PLACEHOLDER import task, until the real pipeline (extract files → understand sections) is wired in
 * here: it reads each source's bytes back from storage (proving they are reachable from this worker)
 * and walks the progress through the nine sections without extracting anything.
 */
import { IMPORT_SECTIONS } from '../interfaces.js';
import type { Queryable } from '../db/pool.js';
import { getJobSources } from '../jobs/read.js';
import { PermanentJobError, type ImportTask } from '../jobs/types.js';
import { readBlob } from '../storage/blobs.js';

export function createImportTask(db: Queryable): ImportTask {
  return async ({ job }, { signal, reportProgress, log }) => {
    const sources = await getJobSources(db, job.id);
    for (const source of sources) {
      if (!source.blob_id) continue;
      const bytes = await readBlob(db, source.blob_id);
      if (bytes.length !== source.size_bytes) {
        throw new PermanentJobError('file_corrupt', `${source.file_name}: stored ${bytes.length} of ${source.size_bytes} bytes`);
      }
      log.debug({ fileName: source.file_name, bytes: bytes.length }, 'source read');
    }
    for (const [index, section] of IMPORT_SECTIONS.entries()) {
      signal.throwIfAborted();
      await reportProgress({
        current_section: section, current_source: sources[0]?.file_name ?? null,
        sections_completed: index, total_sections: IMPORT_SECTIONS.length,
      });
    }
    await reportProgress({
      current_section: null, current_source: null,
      sections_completed: IMPORT_SECTIONS.length, total_sections: IMPORT_SECTIONS.length,
    });
    return { extracted: null, confidence_map: null };
  };
}
