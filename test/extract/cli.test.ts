import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { encryptedPdf } from './make-files.js';

const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
const intakeText = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, 'text', ...args], { encoding: 'utf8', timeout: 60_000 });

test('intake text prints each file with a header line, its warnings and errors', (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'intake-cli-test-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(join(folder, 'notes.txt'), 'Doors   19:00\nCurfew  23:00\n');
  writeFileSync(join(folder, 'contract.pdf'), encryptedPdf());
  const run = intakeText(join(folder, 'notes.txt'), join(folder, 'contract.pdf'));
  assert.equal(run.status, 1, 'one file could not be read');
  assert.equal(run.stdout, [
    '== notes.txt (txt, 4 words)', 'encoding: utf-8', '', 'Doors\t19:00\nCurfew\t23:00', '',
    '== contract.pdf (pdf, 0 words)', 'error pdf_encrypted: The PDF is password-protected. Send a copy without a password, or paste its text.', '', '',
  ].join('\n'));
  const json = intakeText('--json', join(folder, 'notes.txt'));
  assert.equal(json.status, 0);
  assert.equal(JSON.parse(json.stdout).text, 'Doors\t19:00\nCurfew\t23:00');
});

test('intake text without a file shows its usage and exits 2', () => {
  const run = intakeText();
  assert.equal(run.status, 2);
  assert.match(run.stderr, /Usage: intake text FILE/);
});
