import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ADMIN_EMAIL, ensureDefaultAccount } from '../../src/auth/default-account.js';
import { checkCredentials } from '../../src/auth/users.js';
import { createOrganisation } from '../../src/jobs/organisations.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { json, startTestApi, type TestApi } from '../server/harness.js';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

let api: TestApi;
before(async () => { api = await startTestApi(); });
after(() => api.close());

function intake(args: string[]) {
  return run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, DATABASE_URL: api.db.url, LOG_LEVEL: 'warn' } })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }), (error: { code: number; stdout: string; stderr: string }) => error);
}

test('intake token create --org prints a working token once; only its digest is stored', async () => {
  const { code, stdout, stderr } = await intake(['token', 'create', '--org', api.b.id, '--name', 'ci']);
  assert.equal(code, 0, stderr);
  const token = stdout.trim();
  assert.match(token, /^intk_[\w-]{43}$/);
  const response = await api.call('/api/import-jobs', { token });
  assert.equal(response.status, 200);
  const { rows } = await api.db.pool.query('SELECT name, prefix, token_hash FROM api_tokens WHERE org_id = $1 AND name = $2', [api.b.id, 'ci']);
  assert.equal(rows.length, 1);
  assert.ok(token.startsWith(rows[0].prefix));
  assert.ok(!rows[0].token_hash.toString('utf8').includes(token));
});

test('intake token: an unknown organisation fails (1), a missing --org is a usage error (2)', async () => {
  assert.equal((await intake(['token', 'create', '--org', '00000000-0000-4000-8000-000000000000'])).code, 1);
  assert.equal((await intake(['token', 'create'])).code, 2);
});

test('the default account is created once, even by concurrent starts, in the oldest organisation; its password signs in', async () => {
  let db: TestDatabase | undefined;
  try {
    db = await createTestDatabase();
    const existing = await createOrganisation(db.pool, 'Queued from the CLI');
    const results = await Promise.all([ensureDefaultAccount(db.pool), ensureDefaultAccount(db.pool), ensureDefaultAccount(db.pool)]);
    const created = results.filter((r) => r !== null);
    assert.equal(created.length, 1);
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM users');
    assert.equal(rows[0].n, 1);
    const account = created[0]!;
    assert.equal(account.email, DEFAULT_ADMIN_EMAIL);
    assert.equal(account.orgId, existing);
    assert.ok(await checkCredentials(db.pool, account.email, account.password));
    const role = await db.pool.query('SELECT role FROM organisation_members WHERE org_id = $1', [account.orgId]);
    assert.deepEqual(role.rows, [{ role: 'admin' }]);
    assert.equal(await ensureDefaultAccount(db.pool), null, 'later starts find the user');
  } finally {
    await db?.drop();
  }
});

test('with a user already there nothing is created; an API token has no session', async () => {
  assert.equal(await ensureDefaultAccount(api.db.pool), null);
  const sessionless = await api.call('/api/auth/session');
  assert.equal(sessionless.status, 400);
  assert.equal((await json(sessionless)).error.code, 'not_a_session');
});
