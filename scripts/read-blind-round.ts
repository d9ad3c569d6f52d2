/**
 * A blind reading of one round of documents, for fitting the doubt factors (scripts/fit-doubts.ts).
 *
 *   node --import tsx scripts/read-blind-round.ts RULES_DIR ROUND CASE_DIR… > ROUND.jsonl
 *
 * RULES_DIR is a built checkout of the rules as they were before the round's documents were written
 * (`git worktree add DIR COMMIT && cd DIR && npm ci`; docs/understanding.md lists each round's commit).
 * Each CASE_DIR holds one import's files (pasted*.txt as pasted text) and its gold.json. The old rules
 * extract and understand each import; this checkout's doubtsOf() finds each value's doubts (with the
 * old rules' label lexicon, which had not learnt the round's labels either) and its agreement() labels
 * each value right or wrong against the gold. One JSON line per value:
 * { round, case, path, score, right, doubts }, where score is the value's class score under the old
 * rules' calibration table (without the doubts that rules from this one on apply themselves).
 */
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ImportData } from '../src/interfaces.js';
import { agreement } from '../src/understand/confidence/agreement.js';
import { doubtsOf } from '../src/understand/confidence/doubts.js';
import { caseSources } from './case-sources.js';

type Extract = typeof import('../src/extract/index.js');
type Understand = typeof import('../src/understand/index.js');
type Lexicon = typeof import('../src/understand/text/lexicon.js');
type Calibration = typeof import('../src/understand/confidence/calibration.js');

const load = <T>(rules: string, module: string): Promise<T> => import(pathToFileURL(resolve(rules, 'dist', module)).href) as Promise<T>;

async function main([rules, round, ...cases]: string[]): Promise<void> {
  if (!rules || !round || !cases.length) throw new Error('usage: read-blind-round.ts RULES_DIR ROUND CASE_DIR…');
  const [extract, understand, lexicon, calibration] = await Promise.all([
    load<Extract>(rules, 'extract/index.js'), load<Understand>(rules, 'understand/index.js'),
    load<Lexicon>(rules, 'understand/text/lexicon.js'), load<Calibration>(rules, 'understand/confidence/calibration.js'),
  ]);
  try {
    for (const dir of cases) {
      const gold = JSON.parse(await readFile(join(dir, 'gold.json'), 'utf8')) as { extracted?: ImportData };
      if (!gold.extracted) continue;
      const sources = await caseSources(extract, dir);
      const { result: { extracted, confidence }, features } = await understand.understandWithEvidence(sources);
      const doubts = doubtsOf(extracted, confidence, understand.readingOrder(sources), lexicon.labelKey);
      const right = agreement(extracted, gold.extracted);
      for (const path of Object.keys(confidence)) {
        if (path.startsWith('documents')) continue;
        // The class score, before any doubts of the rules' own (their output's score has them).
        const score = calibration.roundScore(calibration.calibrated(features[path]!));
        const line = { round, case: basename(dir), path, score, right: right.get(path) ?? false, doubts: doubts[path] ?? [] };
        process.stdout.write(`${JSON.stringify(line)}\n`);
      }
      process.stderr.write(`${basename(dir)}\n`);
    }
  } finally {
    await extract.closeExtractor();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`read-blind-round: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
