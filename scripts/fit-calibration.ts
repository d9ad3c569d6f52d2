/**
 * Fits the confidence calibration table (src/understand/confidence/calibration.json).
 *
 *   node --import tsx scripts/fit-calibration.ts CORPUS_DIR[:WEIGHT] [CORPUS_DIR[:WEIGHT]…] [--out FILE] [--leave-out REGEX]
 *   node --import tsx scripts/fit-calibration.ts CORPUS_DIR[:WEIGHT]… --evaluate REGEX
 *
 * Each CORPUS_DIR holds one folder per import: the import's files (files named pasted*.txt are
 * pasted text) and gold.json or expected.json ({ extracted: ImportData }). The whole pipeline runs
 * on each import; every predicted leaf is labelled right or wrong against the gold
 * (confidence/agreement.ts) and counted under its evidence classes (confidence/features.ts).
 * A weight counts each value of that corpus WEIGHT times.
 *
 * The table is fitted by confidence/fit.ts (each class's share right, shrunk towards its coarser
 * class's; classes with too few values left out).
 *
 * --leave-out REGEX fits without the imports whose folder name matches: a round kept for measuring
 * documents the rules and the table have not seen (its errors would otherwise reorder the classes
 * that merging ranks values by).
 *
 * --evaluate REGEX leaves the imports whose folder name matches out of the fit and, instead of
 * writing the table, prints how well it scores them: ECE (10 equal-width bins), the share right
 * among values scored ≥ 0.9, and AUROC (how often a right value outscores a wrong one).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportData } from '../src/interfaces.js';
import { closeExtractor, extractFile, extractPastedText } from '../src/extract/index.js';
import { agreement } from '../src/understand/confidence/agreement.js';
import { calibrated, roundScore, type CalibrationTable } from '../src/understand/confidence/calibration.js';
import { fitTable, type Labelled } from '../src/understand/confidence/fit.js';
import { understandWithEvidence } from '../src/understand/index.js';
import { calibrationReport } from './calibration-report.js';
import { caseSources } from './case-sources.js';

/** Every predicted leaf of every import in the corpus, labelled right or wrong. */
async function* labelled(corpus: string, weight: number): AsyncGenerator<{ id: string; values: Labelled[] }> {
  for (const id of (await readdir(corpus)).sort()) {
    const dir = join(corpus, id);
    const goldText = await readFile(join(dir, 'gold.json'), 'utf8').catch(() => readFile(join(dir, 'expected.json'), 'utf8')).catch(() => null);
    if (!goldText) continue;
    const gold = JSON.parse(goldText) as { extracted: ImportData };
    const sources = await caseSources({ extractFile, extractPastedText }, dir);
    if (sources.every((s) => s.error)) continue;
    const { result, features } = await understandWithEvidence(sources);
    const right = agreement(result.extracted, gold.extracted);
    const values = Object.entries(features)
      .filter(([path]) => !path.startsWith('documents'))
      .map(([path, x]) => ({ features: x, right: right.get(path) ?? false, weight }));
    yield { id, values };
  }
}

function report(values: Labelled[], table: CalibrationTable): string {
  return calibrationReport(values.map((v) => ({ p: roundScore(calibrated(v.features, table)), right: v.right })));
}

function option(argv: string[], name: string): { value: string | undefined; rest: string[] } {
  const at = argv.indexOf(name);
  if (at < 0) return { value: undefined, rest: argv };
  return { value: argv[at + 1], rest: argv.filter((_, i) => i !== at && i !== at + 1) };
}

async function main(argv: string[]): Promise<void> {
  const out = option(argv, '--out');
  const evaluate = option(out.rest, '--evaluate');
  const leaveOut = option(evaluate.rest, '--leave-out');
  const corpora = leaveOut.rest;
  const unseen = leaveOut.value ? new RegExp(leaveOut.value) : null;
  if (!corpora.length) throw new Error('usage: fit-calibration.ts CORPUS_DIR[:WEIGHT]… [--out FILE | --evaluate REGEX] [--leave-out REGEX]');
  const held = evaluate.value ? new RegExp(evaluate.value) : null;
  const fitOn: Labelled[] = [];
  const check: Labelled[] = [];
  let cases = 0;
  for (const arg of corpora) {
    // "DIR:3" counts each of that corpus's values three times (see the usage note above).
    const [, corpus, w] = /^(.*?)(?::(\d+(?:\.\d+)?))?$/.exec(arg)!;
    for await (const { id, values } of labelled(corpus!, Number(w ?? 1))) {
      if (unseen?.test(id)) continue;
      if (held?.test(id)) check.push(...values);
      else { fitOn.push(...values); cases++; }
    }
  }
  const table = fitTable(fitOn, `${cases} imports`);
  if (held) {
    process.stdout.write(`fitted on ${cases} imports; on those matching ${held}: ${report(check, table)}\n`);
    return;
  }
  const file = out.value ?? 'src/understand/confidence/calibration.json';
  await writeFile(file, `${JSON.stringify(table, null, 2)}\n`);
  process.stdout.write(`fitted ${Object.keys(table.classes).length} evidence classes on ${cases} imports → ${file}; in sample: ${report(fitOn, table)}\n`);
}

main(process.argv.slice(2)).then(() => closeExtractor()).catch(async (error: unknown) => {
  process.stderr.write(`fit-calibration: ${error instanceof Error ? error.message : String(error)}\n`);
  await closeExtractor();
  process.exitCode = 1;
});
