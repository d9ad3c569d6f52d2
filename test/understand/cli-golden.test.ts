/**
 * Golden imports: `intake extract --json` run as a real process on small multi-document imports
 * written for these tests, compared leaf by leaf with what a careful reader takes from them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ImportData, ImportResult } from '../../src/interfaces.js';
import { agreement } from '../../src/understand/confidence/agreement.js';
import { FIXTURES } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MINE = ['general', 'deal', 'activities', 'contacts', 'technical'];

function extract(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'extract', ...args], { cwd: ROOT, encoding: 'utf8' });
}

for (const id of ['club-show', 'festival-day']) {
  test(`golden import: ${id}`, () => {
    const dir = join(FIXTURES, 'imports', id);
    const files = readdirSync(dir).filter((n) => n !== 'expected.json').sort();
    const args = ['--json', ...files.filter((n) => !n.startsWith('pasted')).map((n) => join(dir, n))];
    for (const n of files.filter((n) => n.startsWith('pasted'))) args.push('--paste', join(dir, n));
    const run = extract(args);
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as ImportResult;
    const expected = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { extracted: ImportData }).extracted;

    const predicted = agreement(result.extracted, expected);
    const wrong = [...predicted].filter(([path, ok]) => !ok && MINE.includes(path.split(/[.[]/)[0]!)).map(([p]) => p);
    assert.deepEqual(wrong, [], 'predicted leaves that are not in the expected answer');
    const recalled = agreement(expected, result.extracted);
    const missed = [...recalled].filter(([path, ok]) => !ok && MINE.includes(path.split(/[.[]/)[0]!)).map(([p]) => p);
    assert.deepEqual(missed, [], 'expected leaves that were not found');

    assert.deepEqual(result.extracted.documents.map((d) => [d.fileName, d.category]), expected.documents.map((d) => [d.fileName, d.category]));
    assert.deepEqual([...new Set(result.extracted.warnings.map((w) => w.code))], expected.warnings.map((w) => w.code));
  });
}

test('an import whose every file is unreadable exits non-zero with a clear message', () => {
  const run = extract(['--json', join(FIXTURES, 'imports', 'broken.pdf')]);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /broken\.pdf: .+\n.*none of the files could be read/);
});

test('usage errors exit 2', () => {
  assert.equal(extract([]).status, 2);
  assert.equal(extract(['--bogus', 'x']).status, 2);
});

test('without --json a readable summary is printed', () => {
  const run = extract([join(FIXTURES, 'imports', 'club-show', 'contract.txt')]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Show: +Marrow Lanterns · Zollhaus Bühne · Lörrach · DE · 2026-03-06$/m);
  assert.match(run.stdout, /^Document: +contract\.txt \(contract\)$/m);
});
