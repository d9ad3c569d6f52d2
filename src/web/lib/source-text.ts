/**
 * The extracted text of one of an import's sources, which provenance spans point into. Fetched once
 * per source and kept for the life of the page.
 */
import { api, ApiFailure } from './api.js';
import type { JobView, SourceText } from './types.js';

const cache = new Map<string, Promise<SourceText>>();

export function loadSourceText(job: JobView, sourceName: string): Promise<SourceText> {
  const source = job.sources.find((s) => s.name === sourceName);
  if (!source) return Promise.reject(new ApiFailure(404, 'not_found', `${sourceName} is not one of this import's sources`));
  const key = `${job.id}/${source.id}`;
  let loading = cache.get(key);
  if (!loading) {
    loading = api<SourceText>('GET', `/api/import-jobs/${job.id}/sources/${source.id}/text`);
    loading.catch(() => cache.delete(key));
    cache.set(key, loading);
  }
  return loading;
}
