/**
 * Fits the doubt factors (src/understand/confidence/doubts.json) on blind readings.
 *
 *   node --import tsx scripts/fit-doubts.ts ROUND.jsonl… [--out FILE]
 *   node --import tsx scripts/fit-doubts.ts ROUND.jsonl… --evaluate
 *
 * Each ROUND.jsonl is one round's blind reading, made by scripts/read-blind-round.ts: the rules as they
 * were before the round, run on its documents, one line per value with its class score, whether it
 * was right and its doubts (confidence/doubts.ts). The factors are fitted by confidence/fit-doubts.ts.
 *
 * --evaluate leaves each round out in turn, fits on the others and scores the left-out round's values
 * with the factors; it prints, pooled over the rounds and for each, how the class scores alone and
 * the doubted scores describe them (share right, ECE, share right among values scored ≥ 0.9, AUROC).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { doubted } from '../src/understand/confidence/doubts.js';
import { fitDoubts, type DoubtedValue } from '../src/understand/confidence/fit-doubts.js';
import { calibrationReport, type Scored } from './calibration-report.js';

interface Reading extends DoubtedValue { round: string }

async function readings(files: string[]): Promise<Reading[]> {
  const lines = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).flatMap((text) => text.split('\n').filter(Boolean));
  return lines.map((line) => JSON.parse(line) as Reading);
}

function evaluate(values: Reading[]): string {
  const rounds = [...new Set(values.map((v) => v.round))];
  const pooled = { before: [] as Scored[], after: [] as Scored[] };
  const lines: string[] = [];
  for (const round of rounds) {
    const table = fitDoubts(values.filter((v) => v.round !== round), `all rounds but ${round}`);
    const mine = values.filter((v) => v.round === round);
    const before = mine.map((v) => ({ p: v.score, right: v.right }));
    const after = mine.map((v) => ({ p: doubted(v.score, v.doubts, table), right: v.right }));
    pooled.before.push(...before);
    pooled.after.push(...after);
    lines.push(`${round}: class scores ${calibrationReport(before)}\n${' '.repeat(round.length)}  with doubts  ${calibrationReport(after)}`);
  }
  return [
    `each of ${rounds.length} rounds left out in turn, pooled:`,
    `  class scores ${calibrationReport(pooled.before)}`,
    `  with doubts  ${calibrationReport(pooled.after)}`,
    ...lines,
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--out');
  const out = at >= 0 ? argv[at + 1] : 'src/understand/confidence/doubts.json';
  const files = argv.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  if (!files.length) throw new Error('usage: fit-doubts.ts ROUND.jsonl… [--out FILE | --evaluate]');
  const values = await readings(files);
  if (argv.includes('--evaluate')) {
    process.stdout.write(`${evaluate(values)}\n`);
    return;
  }
  const rounds = new Set(values.map((v) => v.round));
  const table = fitDoubts(values, `${values.length} values of ${rounds.size} blind rounds (${[...rounds].join(', ')})`);
  await writeFile(out!, `${JSON.stringify(table, null, 2)}\n`);
  process.stdout.write(`fitted ${Object.keys(table.factors).length} doubts → ${out}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`fit-doubts: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
