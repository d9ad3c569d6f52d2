import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { resolveLimits } from '../../src/extract/limits.js';
import { ExtractorPool } from '../../src/extract/pool.js';
import { makePdf, type PlacedText } from './make-files.js';

after(closeExtractor);

/** A PDF that takes its reader seconds: many pages full of short text items. */
async function slowPdf(pages: number): Promise<Buffer> {
  const page: PlacedText[] = Array.from({ length: 60 }, (_, line) => ({ text: `Line ${line} of the venue handbook, section ${line % 7}`, x: 50, top: 40 + line * 12 }));
  return makePdf(Array.from({ length: pages }, () => page));
}

test('a file over the time limit is killed; the other files of the import complete', async () => {
  const slow = await slowPdf(400);
  const [killed, notes, crew] = await Promise.all([
    extractFile({ bytes: slow, name: 'handbook.pdf' }, { limits: { timeoutMs: 300 } }),
    extractFile({ bytes: Buffer.from('Doors 19:00, curfew 23:00'), name: 'notes.txt' }),
    extractFile({ bytes: Buffer.from('Name,Role\nIda,FOH\nLeo,Drums\n'), name: 'crew.csv' }),
  ]);
  assert.equal(killed.error?.code, 'timeout');
  assert.equal(killed.name, 'handbook.pdf');
  assert.equal(killed.format, 'pdf');
  assert.equal(notes.text, 'Doors 19:00, curfew 23:00');
  assert.equal(crew.tables[0]?.rows.length, 3);
  const afterwards = await extractFile({ bytes: Buffer.from('still working'), name: 'later.txt' });
  assert.equal(afterwards.text, 'still working');
});

test('an aborted extraction rejects and the pool carries on', async () => {
  const controller = new AbortController();
  const running = extractFile({ bytes: await slowPdf(200), name: 'big.pdf' }, { signal: controller.signal });
  setTimeout(() => controller.abort(new Error('import cancelled')), 100);
  await assert.rejects(running, /import cancelled/);
  const next = await extractFile({ bytes: Buffer.from('next file'), name: 'next.txt' });
  assert.equal(next.text, 'next file');
});

test('a child over its memory cap ends its file as out_of_memory', async () => {
  const pool = new ExtractorPool({ size: 1, recycleAfter: 10, childMemoryMb: 48 });
  try {
    const source = await pool.read({ bytes: await slowPdf(100), name: 'heavy.pdf', declaredType: null }, resolveLimits());
    assert.equal(source.error?.code, 'out_of_memory');
    assert.match(source.error?.message ?? '', /more memory than allowed/);
  } finally {
    await pool.close();
  }
});

test('children are recycled after N files and every file is still read', async () => {
  const pool = new ExtractorPool({ size: 1, recycleAfter: 2, childMemoryMb: 512 });
  try {
    const texts = [];
    for (let i = 0; i < 5; i++) texts.push((await pool.read({ bytes: Buffer.from(`file ${i}`), name: `${i}.txt`, declaredType: null }, resolveLimits())).text);
    assert.deepEqual(texts, ['file 0', 'file 1', 'file 2', 'file 3', 'file 4']);
  } finally {
    await pool.close();
  }
});

test('a pool started ahead of work has its children ready and replaces one that retires at once', async () => {
  const pool = new ExtractorPool({ size: 1, recycleAfter: 1, childMemoryMb: 512, preloadOcr: false });
  try {
    await pool.start();
    const running = () => [...pool['slots']].filter((slot) => slot.state !== 'starting').length;
    assert.equal(running(), 1, 'the child is up before the first file');
    const first = await pool.read({ bytes: Buffer.from('first file'), name: 'a.txt', declaredType: null }, resolveLimits());
    assert.equal(first.text, 'first file');
    assert.equal(pool['slots'].size, 1, 'the retired child has a successor already');
    const second = await pool.read({ bytes: Buffer.from('second file'), name: 'b.txt', declaredType: null }, resolveLimits());
    assert.equal(second.text, 'second file');
  } finally {
    await pool.close();
  }
});
