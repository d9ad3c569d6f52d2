#!/usr/bin/env node
// Runs the test suite with Node's own test runner: `npm test` for all, `npm test -- test/extract` for a part.
// Tests that need PostgreSQL read DATABASE_URL. When it is unset, one embedded PostgreSQL is started
// for the whole run, in a temporary folder on a free port, and stopped afterwards; each test then
// creates its own database on it (test/helpers/db.ts).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';

function findTests(path) {
  if (statSync(path).isFile()) return path.endsWith('.test.ts') ? [path] : [];
  return readdirSync(path).sort().flatMap((name) => findTests(join(path, name)));
}

async function startDatabase() {
  const { startOwnServer } = await tsImport('../test/helpers/embedded.ts', import.meta.url);
  const server = await startOwnServer();
  process.stderr.write(`tests use an embedded PostgreSQL on port ${server.port}\n`);
  return { url: server.adminUrl, stop: server.destroy };
}

const roots = process.argv.slice(2);
const files = (roots.length ? roots : ['test']).flatMap(findTests);
const database = process.env.DATABASE_URL ? null : await startDatabase();
const env = database ? { ...process.env, DATABASE_URL: database.url } : process.env;
// Asynchronous spawn: the embedded server's log pipe must keep draining while the tests run.
const child = spawn(process.execPath, ['--import', 'tsx', '--test', ...files], { stdio: 'inherit', env });
const status = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
await database?.stop();
process.exit(status);
