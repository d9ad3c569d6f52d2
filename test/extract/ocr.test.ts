import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { ExtractedSource } from '../../src/interfaces.js';
import { makeScanPdf, makeTiff } from './make-files.js';

const require = createRequire(import.meta.url);
const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
GlobalFonts.registerFromPath(join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts', 'LiberationSans-Regular.ttf'), 'Scan Sans');

const LINES = ['DAY SHEET Oslo 22 February 2025', 'Venue Kafe Nordlys', 'Load-in 15:30', 'Soundcheck 17:00', 'Doors 20:00', 'Curfew 23:30'];

/** A page as a scanner sees it: 150 dpi, slightly skewed, grey paper with speckles. */
function scanLikePage(turnDegrees: number, format: 'png' | 'tiff' = 'png'): Buffer {
  const canvas = createCanvas(1240, 900);
  const context = canvas.getContext('2d');
  context.fillStyle = '#f2f0ea';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate(((turnDegrees + 1.5) * Math.PI) / 180);
  context.translate(-canvas.width / 2, -canvas.height / 2);
  context.fillStyle = '#222';
  context.font = '40px "Scan Sans"';
  LINES.forEach((line, i) => context.fillText(line, 120, 160 + i * 110));
  context.setTransform(1, 0, 0, 1, 0, 0);
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  context.fillStyle = '#aaa';
  for (let i = 0; i < 1500; i++) context.fillRect(random() * canvas.width, random() * canvas.height, 2, 2);
  if (format === 'png') return canvas.toBuffer('image/png');
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const grey = new Uint8Array(canvas.width * canvas.height).map((_, i) => Math.round((data[i * 4]! + data[i * 4 + 1]! + data[i * 4 + 2]!) / 3));
  return makeTiff(canvas.width, canvas.height, grey);
}

test('scans and photos are read by OCR with networking off, writing nothing to the working directory', async (t) => {
  if (spawnSync('unshare', ['-n', 'true']).status !== 0) return t.skip('needs `unshare -n` (root) to cut the network');
  const folder = mkdtempSync(join(tmpdir(), 'intake-ocr-test-'));
  const cwd = mkdtempSync(join(tmpdir(), 'intake-ocr-cwd-'));
  t.after(() => { rmSync(folder, { recursive: true, force: true }); rmSync(cwd, { recursive: true, force: true }); });
  const page = scanLikePage(0);
  const files: Record<string, Buffer> = {
    'day-sheet.png': page, 'upside-down.png': scanLikePage(180), 'Scan_0931.pdf': await makeScanPdf(page), 'fax.tif': scanLikePage(0, 'tiff'),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
  const args = [process.execPath, '--import', import.meta.resolve('tsx'), cli, 'text', '--json', ...Object.keys(files).map((n) => join(folder, n))];
  const run = spawnSync('unshare', ['-n', ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  assert.equal(run.status, 0, run.stderr);
  const sources = JSON.parse(run.stdout) as ExtractedSource[];
  for (const source of sources) {
    assert.equal(source.error, null, source.name);
    assert.equal(source.ocr.used, true, source.name);
    assert.ok((source.ocr.meanConfidence ?? 0) > 70, `${source.name}: confidence ${source.ocr.meanConfidence}\n${source.text}`);
    for (const expected of ['Load-in 15:30', 'Soundcheck 17:00', 'Curfew 23:30']) assert.match(source.text, new RegExp(expected), source.name);
    assert.equal(source.pageCount, 1);
  }
  assert.deepEqual(sources.map((s) => s.format), ['png', 'png', 'pdf', 'tiff']);
  assert.deepEqual(readdirSync(cwd), [], 'no cache or temp file in the working directory');
});
