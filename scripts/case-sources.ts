/**
 * One import folder's files read as sources, the way the scorer passes them: every file but the gold
 * (gold.json or expected.json), sorted by name; files named pasted*.txt as pasted text.
 * `extract` is this checkout's extraction module or an older build's (scripts/read-blind-round.ts).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractedSource } from '../src/interfaces.js';

type Extract = Pick<typeof import('../src/extract/index.js'), 'extractFile' | 'extractPastedText'>;

export async function caseSources(extract: Extract, dir: string): Promise<ExtractedSource[]> {
  const names = (await readdir(dir)).filter((n) => !/^(gold|expected)\.json$/.test(n) && !n.startsWith('.')).sort();
  const sources: ExtractedSource[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) continue;
    sources.push(/^pasted.*\.txt$/i.test(name)
      ? extract.extractPastedText(await readFile(path, 'utf8'))
      : await extract.extractFile({ bytes: await readFile(path), name }));
  }
  return sources;
}
