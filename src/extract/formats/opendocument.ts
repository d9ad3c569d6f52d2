import type { ParseContext } from '../draft.js';
import { fail } from '../errors.js';
import { guardZip } from '../zip-guard.js';

/**
 * The parts of an OpenDocument package (ODS, ODT) a reader needs, through the ZIP guard, which
 * bounds what the archive inflates to. A package without its `content.xml` is damaged; one whose
 * manifest lists encryption data was saved with a password, its parts unreadable without it.
 */

const CONTENT = 'content.xml';
const MANIFEST = 'META-INF/manifest.xml';

export async function openDocumentParts(bytes: Buffer, context: ParseContext, extra: string[] = []): Promise<{ content: Buffer; parts: Map<string, Buffer> }> {
  const wanted = new Set([CONTENT, MANIFEST, ...extra]);
  const parts = await guardZip(bytes, context.limits.maxInflatedBytes, (name) => wanted.has(name));
  if (parts.get(MANIFEST)?.includes('encryption-data')) {
    throw fail('file_corrupt', 'the document is password-protected; save a copy without a password');
  }
  const content = parts.get(CONTENT);
  if (!content) throw fail('file_corrupt', `no ${CONTENT} in the package`);
  return { content, parts };
}
