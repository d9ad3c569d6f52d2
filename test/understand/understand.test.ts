import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IMPORT_SECTIONS, type ProgressUpdate } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { SHAPES } from '../../src/understand/assemble.js';
import { file, pasted, textFile } from './helpers.js';

/** Every non-null leaf of the result, by path. */
function leaves(value: unknown, path: string, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  else if (value !== null) out.push(path);
  return out;
}

test('sections run in the fixed order with progress before each and once at the end', async () => {
  const updates: ProgressUpdate[] = [];
  const sources = [await textFile('imports/club-show/contract.txt'), pasted('Doors: 19:30')];
  await understand(sources, { onProgress: (u) => { updates.push(u); } });
  const sections = [...new Set(updates.map((u) => u.current_section).filter(Boolean))];
  assert.deepEqual(sections, [...IMPORT_SECTIONS]);
  assert.deepEqual(updates.slice(0, 2).map((u) => u.current_source), ['contract.txt', 'pasted text']);
  assert.ok(updates.every((u, i) => i === 0 || u.sections_completed >= updates[i - 1]!.sections_completed));
  assert.deepEqual(updates.at(-1), { current_section: null, current_source: null, sections_completed: 9, total_sections: 9 });
});

test('an aborted signal stops the work between sections', async () => {
  const controller = new AbortController();
  const seen: string[] = [];
  const run = understand([pasted('Venue: Zollhaus')], {
    signal: controller.signal,
    onProgress: (u) => { seen.push(String(u.current_section)); if (u.current_section === 'deal') controller.abort(); },
  });
  await assert.rejects(run, { name: 'AbortError' });
  assert.equal(seen.includes('hotels'), false);
});

test('every key of the contract is present and every non-null leaf has a confidence entry with provenance', async () => {
  const source = await textFile('imports/club-show/contract.txt');
  const { extracted, confidence } = await understand([source]);
  for (const section of ['general', 'deal', 'technical'] as const) {
    assert.deepEqual(Object.keys(extracted[section]), Object.keys(SHAPES[section]));
  }
  for (const c of extracted.contacts) assert.deepEqual(Object.keys(c), Object.keys(SHAPES.contacts));
  const paths = leaves({ ...extracted, warnings: undefined }, '').filter((p) => !p.startsWith('warnings'));
  assert.deepEqual(paths.filter((p) => !confidence[p]), []);
  const venue = confidence['general.venue']!;
  assert.equal(source.text.slice(...venue.span!), 'Zollhaus Bühne');
  assert.equal(venue.source, 'contract.txt');
  assert.ok(venue.score > 0 && venue.score < 1);
});

test('an unreadable file becomes a warning and a documents entry; the other sources still come through', async () => {
  const bad = await file('imports/broken.pdf');
  assert.ok(bad.error);
  const { extracted } = await understand([bad, await textFile('imports/club-show/contract.txt')]);
  assert.equal(extracted.general.venue, 'Zollhaus Bühne');
  assert.deepEqual(extracted.warnings.filter((w) => w.sources.includes('broken.pdf')).map((w) => w.code), [bad.error!.code]);
  assert.deepEqual(extracted.documents.map((d) => [d.fileName, d.category]), [['broken.pdf', 'other'], ['contract.txt', 'contract']]);
});

test('an irrelevant text yields nulls and empty lists', async () => {
  const { extracted } = await understand([pasted('Mix the flour and the butter, then bake for 20 minutes at 200 degrees. Serves 4.')]);
  assert.deepEqual(leaves({ ...extracted, documents: [], warnings: [] }, ''), []);
});
