/**
 * Held-out imports: documents written with their answers after the reading rules were, and never
 * used to write them. The whole pipeline (extraction and understanding) runs on each import and a
 * compact field scorer (field-score.ts) compares the result with the answer; the floor is what the
 * rules reach on them, less a small margin, so a change that loses fields on unseen documents fails.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { caseSources } from '../../scripts/case-sources.js';
import { f1, scoreImport, type Counts } from './field-score.js';
import { FIXTURES } from './helpers.js';

const HELDOUT = join(FIXTURES, 'heldout');
/**
 * Overall field F1 over all held-out imports must stay at or above this (reached: 92.5 % over 400 imports, after the
 * thirty-sixth round's fixes; 92.5 % over the 390 before it, 92.4 % over 360). Each new round enters after its fixes,
 * often below the older ones, so it can lower the figure; the floor was lowered from 92.5 % when the twenty-eighth
 * round came in.
 */
const FLOOR = 0.92;

test('the field scorer counts agreement, omissions and inventions', () => {
  const gold = { hotels: [{ name: 'Hotel Kranhuset', rooms: 4, guests: ['Ann Lee', 'Bo Ek'], phone: '+45 33 21 47 80' }], general: { city: 'Malmö' } };
  assert.deepEqual(scoreImport(gold, gold), { tp: 6, fp: 0, fn: 0 });
  const pred = { hotels: [{ name: 'HOTEL KRANHUSET', rooms: 5, guests: ['Ann Lee'], phone: '+4533214780' }], general: { city: 'malmo' }, flights: [{ flightNumber: 'LH 0400' }] };
  assert.deepEqual(scoreImport(pred, gold), { tp: 4, fp: 2, fn: 2 });
});

test('held-out imports: field F1 stays above the floor', async (t) => {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const perCase: string[] = [];
  const cases = readdirSync(HELDOUT).filter((id) => existsSync(join(HELDOUT, id, 'gold.json'))).sort();
  assert.ok(cases.length >= 5, 'the held-out set is present');
  for (const id of cases) {
    const dir = join(HELDOUT, id);
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { extracted: Record<string, unknown> };
    const result = await understand(await caseSources({ extractFile, extractPastedText }, dir));
    const counts = scoreImport(result.extracted as unknown as Record<string, unknown>, gold.extracted);
    total.tp += counts.tp; total.fp += counts.fp; total.fn += counts.fn;
    perCase.push(`${id} ${(f1(counts) * 100).toFixed(1)}`);
  }
  t.diagnostic(`held-out field F1 ${(f1(total) * 100).toFixed(1)} % over ${cases.length} imports`);
  assert.ok(f1(total) >= FLOOR, `held-out F1 ${(f1(total) * 100).toFixed(1)} % is below ${FLOOR * 100} %:\n${perCase.join('\n')}`);
});
