/**
 * Fits the confidence calibration table (src/understand/confidence/calibration.json).
 *
 *   node --import tsx scripts/fit-calibration.ts CORPUS_DIR[:WEIGHT] [CORPUS_DIR[:WEIGHT]…] [--out FILE]
 *
 * A weight counts each value of that corpus WEIGHT times. The development corpus is in-sample (the
 * rules were written against it) and overstates how often values are right on new documents; a
 * held-out corpus weighted up to the size of the development corpus makes the fit speak for those.
 *
 * Each CORPUS_DIR holds one folder per import: the import's files (files named pasted*.txt are
 * pasted text) and gold.json or expected.json ({ extracted: ImportData }) — the dev corpus, and the
 * golden imports under test/fixtures/understand/imports. The whole pipeline runs on each import;
 * every predicted leaf is labelled right or wrong against the gold (confidence/agreement.ts) and
 * counted under its evidence classes (confidence/features.ts). Per class the probability of being
 * right is the Laplace-smoothed share right; within a method the classes are then made monotone in
 * the prior's order (pool-adjacent-violators isotonic regression), so more evidence never scores lower.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractedSource, ImportData } from '../src/interfaces.js';
import { closeExtractor, extractFile, extractPastedText } from '../src/extract/index.js';
import { agreement } from '../src/understand/confidence/agreement.js';
import { classKeys, type Features } from '../src/understand/confidence/features.js';
import { calibrated, type CalibrationTable } from '../src/understand/confidence/calibration.js';
import { isotonic } from '../src/understand/confidence/isotonic.js';
import { understandWithEvidence } from '../src/understand/index.js';

interface Count { n: number; right: number; prior: number }

async function sourcesOf(dir: string): Promise<ExtractedSource[]> {
  const names = (await readdir(dir)).filter((n) => !/^(gold|expected)\.json$/.test(n)).sort();
  const sources: ExtractedSource[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) continue;
    if (/^pasted.*\.txt$/.test(name)) sources.push(extractPastedText(await readFile(path, 'utf8')));
    else sources.push(await extractFile({ bytes: await readFile(path), name }));
  }
  return sources;
}

async function main(argv: string[]): Promise<void> {
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1]! : 'src/understand/confidence/calibration.json';
  const corpora = outAt >= 0 ? argv.filter((_, i) => i !== outAt && i !== outAt + 1) : argv;
  if (!corpora.length) throw new Error('usage: fit-calibration.ts CORPUS_DIR[:WEIGHT] [CORPUS_DIR[:WEIGHT]…] [--out FILE]');
  const counts = new Map<string, Count>();
  let cases = 0;
  for (const arg of corpora) {
    // "DIR:3" counts each of that corpus's values three times (see the usage note above).
    const [, corpus, w] = /^(.*?)(?::(\d+(?:\.\d+)?))?$/.exec(arg)!;
    const weight = Number(w ?? 1);
    for (const id of (await readdir(corpus!)).sort()) {
      const dir = join(corpus!, id);
      const goldText = await readFile(join(dir, 'gold.json'), 'utf8').catch(() => readFile(join(dir, 'expected.json'), 'utf8')).catch(() => null);
      if (!goldText) continue;
      const gold = JSON.parse(goldText) as { extracted: ImportData };
      const sources = await sourcesOf(dir);
      if (sources.every((s) => s.error)) continue;
      const { result, features } = await understandWithEvidence(sources);
      const right = agreement(result.extracted, gold.extracted);
      cases++;
      for (const [path, x] of Object.entries(features) as [string, Features][]) {
        if (path.startsWith('documents')) continue;
        const ok = right.get(path) ?? false;
        const prior = calibrated(x, { classes: {}, fittedOn: '' });
        for (const key of classKeys(x)) {
          const c = counts.get(key) ?? { n: 0, right: 0, prior };
          c.n += weight;
          if (ok) c.right += weight;
          counts.set(key, c);
        }
      }
    }
  }
  // Within each granularity and method, order classes by prior and make the rates monotone.
  const table: CalibrationTable = { classes: {}, fittedOn: `${cases} imports` };
  const groups = new Map<string, [string, Count][]>();
  for (const entry of counts) {
    const [key] = entry;
    const group = `${key.split('|')[0]}#${key.split('|').length}`;
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  for (const members of groups.values()) {
    members.sort((a, b) => a[1].prior - b[1].prior);
    const fitted = isotonic(members.map(([, c]) => ({ rate: (c.right + 1) / (c.n + 2), weight: c.n })));
    members.forEach(([key, c], i) => { table.classes[key] = { score: Math.round(fitted[i]! * 1000) / 1000, n: c.n }; });
  }
  await writeFile(out, `${JSON.stringify(table, null, 2)}\n`);
  process.stdout.write(`fitted ${Object.keys(table.classes).length} evidence classes on ${cases} imports → ${out}\n`);
}

main(process.argv.slice(2)).then(() => closeExtractor()).catch(async (error: unknown) => {
  process.stderr.write(`fit-calibration: ${error instanceof Error ? error.message : String(error)}\n`);
  await closeExtractor();
  process.exitCode = 1;
});
