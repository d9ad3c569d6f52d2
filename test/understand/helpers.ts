/** Reading fixture files through the real extraction layer, for the understanding tests. */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedSource } from '../../src/interfaces.js';
import { after } from 'node:test';
import { closeExtractor, extractFile, extractPastedText } from '../../src/extract/index.js';

after(closeExtractor);

/** A fixture file read by the extraction layer exactly as an upload would be. */
export async function file(relative: string): Promise<ExtractedSource> {
  return extractFile({ bytes: await readFile(join(FIXTURES, relative)), name: basename(relative) });
}

export const FIXTURES = fileURLToPath(new URL('../fixtures/understand/', import.meta.url));

/** Text as the user would paste it: read in-process by the extraction layer. */
export function pasted(text: string): ExtractedSource {
  return extractPastedText(text);
}

/** A text fixture read as an attached plain-text file (same reading as pasted, origin `file`). */
export async function textFile(relative: string): Promise<ExtractedSource> {
  const text = await readFile(join(FIXTURES, relative), 'utf8');
  return { ...extractPastedText(text), name: basename(relative), origin: 'file', mimeType: 'text/plain' };
}

export const context = (sources: ExtractedSource[], general = {}) =>
  ({ sources, general, signal: new AbortController().signal });
