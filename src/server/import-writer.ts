/**
 * Starting an import from an HTTP request: the sources as they arrive (multipart parts come one after
 * another), checked against the upload limits on the way, each file's bytes watched by a FileProbe (size
 * limit, type by content) as they stream into the blob store. addJob writes it all in one transaction,
 * so a refused or broken upload leaves nothing behind and a worker never sees a job without its files.
 */
import type { Pool } from 'pg';
import { addJob, type SourceInput } from '../jobs/add.js';
import { ApiError } from './errors.js';
import { FileProbe } from './file-probe.js';

export type IncomingSource =
  | { origin: 'file'; fileName: string; declaredMime: string | null; content: AsyncIterable<Buffer | string> | Iterable<Buffer> }
  | { origin: 'pasted'; text: string };

export interface ImportLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxPastedChars: number;
}

/** The sources as the request gives them, refused with the API's error as soon as one breaks a limit. */
async function* withinLimits(
  first: IncomingSource, rest: AsyncIterator<IncomingSource>, limits: ImportLimits,
): AsyncGenerator<SourceInput> {
  let files = 0;
  for (let next: IteratorResult<IncomingSource> = { done: false, value: first }; !next.done; next = await rest.next()) {
    const source = next.value;
    if (source.origin === 'pasted') {
      if (source.text.length > limits.maxPastedChars) {
        throw new ApiError(413, 'pasted_text_too_long', `pasted text is longer than ${limits.maxPastedChars} characters`);
      }
      yield source;
      continue;
    }
    if (++files > limits.maxFiles) throw new ApiError(413, 'too_many_files', `at most ${limits.maxFiles} files per import`);
    const probe = new FileProbe(source.fileName, limits.maxFileBytes);
    yield { ...source, content: probe.watch(source.content), detected: () => probe.result() };
  }
}

/**
 * `orgId` is asked for only once the first source has arrived, so that a multipart field naming the
 * organisation (sent before the files) has been read; it must check membership and rate limits.
 */
export async function createImportJob(
  pool: Pool,
  input: {
    sources: AsyncIterable<IncomingSource>; orgId: () => Promise<string>; createdBy: string | null;
    maxAttempts: number; limits: ImportLimits;
  },
): Promise<string> {
  const iterator = input.sources[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new ApiError(400, 'no_sources', 'attach at least one file or paste some text');
  const orgId = await input.orgId();
  const job = await addJob(pool, {
    orgId, createdBy: input.createdBy, maxAttempts: input.maxAttempts,
    sources: withinLimits(first.value, iterator, input.limits),
  });
  return job.id;
}
