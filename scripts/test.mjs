#!/usr/bin/env node
// Runs the test suite with Node's own test runner: `npm test` for all, `npm test -- test/extract` for a part.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function findTests(path) {
  if (statSync(path).isFile()) return path.endsWith('.test.ts') ? [path] : [];
  return readdirSync(path).sort().flatMap((name) => findTests(join(path, name)));
}

const roots = process.argv.slice(2);
const files = (roots.length ? roots : ['test']).flatMap(findTests);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
