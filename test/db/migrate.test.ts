import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate, readMigrations } from '../../src/db/migrate.js';
import { createEmptyDatabase } from '../helpers/db.js';

let folder: string;
before(() => { folder = mkdtempSync(join(tmpdir(), 'intake-migrations-')); });
after(() => rmSync(folder, { recursive: true, force: true }));

async function applied(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY version');
  await client.end();
  return rows.map((r) => r.name);
}

test("the project's migrations apply once, in order; running again changes nothing", async () => {
  const db = await createEmptyDatabase();
  const names = (await readMigrations()).map((m) => m.name);
  assert.equal(names[0], '001_jobs.sql');
  assert.deepEqual(await migrate(db.url), names);
  assert.deepEqual(await migrate(db.url), []);
  assert.deepEqual(await applied(db.url), names);
  await db.drop();
});

test('processes starting at once take turns: each migration is applied exactly once', async () => {
  const db = await createEmptyDatabase();
  const results = await Promise.all(Array.from({ length: 6 }, () => migrate(db.url)));
  const all = results.flat();
  const names = (await readMigrations()).map((m) => m.name);
  assert.deepEqual([...all].sort(), [...names].sort(), 'every migration applied by exactly one of them');
  assert.deepEqual(await applied(db.url), names);
  await db.drop();
});

test('files run in numeric order; a failing one rolls back alone; an edited applied one stops the run', async () => {
  const db = await createEmptyDatabase();
  writeFileSync(join(folder, '10_later.sql'), 'CREATE TABLE later (id int REFERENCES first (id));');
  writeFileSync(join(folder, '2_first.sql'), 'CREATE TABLE first (id int PRIMARY KEY);');
  writeFileSync(join(folder, 'notes.txt'), 'not a migration');
  assert.deepEqual(await migrate(db.url, folder), ['2_first.sql', '10_later.sql']);

  writeFileSync(join(folder, '11_broken.sql'), 'CREATE TABLE broken (id int); SELECT no_such_function();');
  await assert.rejects(migrate(db.url, folder), /11_broken\.sql failed/);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows } = await client.query("SELECT to_regclass('broken') AS t");
  await client.end();
  assert.equal(rows[0].t, null, 'nothing of the failed migration stays');

  rmSync(join(folder, '11_broken.sql'));
  writeFileSync(join(folder, '2_first.sql'), 'CREATE TABLE first (id bigint PRIMARY KEY);');
  await assert.rejects(migrate(db.url, folder), /2_first\.sql was changed after it was applied/);
  await db.drop();
});
