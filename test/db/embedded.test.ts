import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { DEFAULT_EMBEDDED_PORT, startEmbeddedPostgres } from '../../src/db/embedded.js';
import { temporaryFolder } from '../helpers/embedded.js';

let folder: string;
let blocker: Server | null = null;
before(async () => {
  folder = temporaryFolder('intake-embedded-');
  // Take the default port if it is free, so the test always sees it taken (as 5432 is on many machines).
  blocker = await new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(DEFAULT_EMBEDDED_PORT, '127.0.0.1', () => resolve(server));
  });
});
after(() => {
  blocker?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function serverVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  await client.end();
  return Number(rows[0]!.v);
}

test('starts a real PostgreSQL on a free port when the default is taken, and keeps port and password', async () => {
  const first = await startEmbeddedPostgres(folder);
  try {
    assert.notEqual(first.port, DEFAULT_EMBEDDED_PORT);
    assert.ok((await serverVersion(first.url)) >= 150000);
    assert.match(first.url, /\/intake$/);
    const saved = JSON.parse(readFileSync(join(folder, 'postgres.json'), 'utf8'));
    assert.equal(saved.port, first.port);
    assert.ok(first.url.includes(encodeURIComponent(saved.password)));

    const again = await startEmbeddedPostgres(folder);
    assert.equal(again.url, first.url, 'a second process finds the running server');
    await again.stop(); // not ours to stop
    assert.ok(await serverVersion(first.url));
  } finally {
    await first.stop();
  }
  await assert.rejects(serverVersion(first.url), 'stopped');

  const restarted = await startEmbeddedPostgres(folder);
  try {
    assert.equal(restarted.url, first.url, 'same port and password after a restart');
    assert.ok(await serverVersion(restarted.url));
  } finally {
    await restarted.stop();
  }
});
