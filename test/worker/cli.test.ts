import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { temporaryFolder } from '../helpers/embedded.js';
import { waitFor } from '../helpers/jobs.js';

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/worker/${name}`, import.meta.url));

function intake(args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('with DATABASE_URL', () => {
  let db: TestDatabase;
  before(async () => { db = await createTestDatabase(); });
  after(async () => { await db.drop(); });

  test('enqueue stores the files and pasted text and prints the job id; jobs and job show it', () => {
    const env = { DATABASE_URL: db.url };
    const queued = intake(['enqueue', fixture('hotel-confirmation.txt'), '--paste', fixture('pasted-email.txt')], env);
    assert.equal(queued.code, 0, queued.err);
    const id = queued.out.trim();
    assert.match(id, /^[0-9a-f-]{36}$/);

    const list = intake(['jobs', '--json'], env);
    assert.deepEqual(JSON.parse(list.out).map((j: { id: string; status: string }) => [j.id, j.status]), [[id, 'pending']]);
    assert.match(intake(['jobs', '--status', 'pending'], env).out, new RegExp(`${id}\\s+pending\\s+0/3`));

    const shown = JSON.parse(intake(['job', id, '--json'], env).out);
    assert.deepEqual(shown.sources.map((s: { file_name: string; origin: string }) => [s.file_name, s.origin]),
      [['hotel-confirmation.txt', 'file'], ['pasted text', 'pasted']]);
    assert.deepEqual(shown.events.map((e: { kind: string }) => e.kind), ['created']);
    assert.match(intake(['job', id], env).out, /status\s+pending/);
  });

  test('bad input is refused with exit code 2 and a message; --help explains each command', () => {
    const env = { DATABASE_URL: db.url };
    const bad = intake(['jobs', '--status', 'stuck'], env);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--status must be one of/);
    assert.equal(intake(['job', 'not-a-uuid'], env).code, 2);
    assert.equal(intake(['enqueue'], env).code, 2);
    const config = intake(['jobs'], { DATABASE_URL: db.url, IMPORT_WORKER_CONCURRENCY: 'many' });
    assert.equal(config.code, 1);
    assert.match(config.err, /IMPORT_WORKER_CONCURRENCY="many" is not valid/);
    for (const name of ['start', 'worker', 'migrate', 'enqueue', 'jobs', 'job']) {
      const help = intake([name, '--help'], env);
      assert.equal(help.code, 0);
      assert.match(help.out, new RegExp(`^Usage: intake ${name}`));
    }
  });
});

describe('without DATABASE_URL', () => {
  let dataDir: string;
  before(() => { dataDir = temporaryFolder('intake-data-'); });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('start runs an embedded PostgreSQL and a worker; enqueue from another shell finds it; SIGTERM stops both', async () => {
    const env = { DATABASE_URL: undefined, INTAKE_DATA_DIR: dataDir, IMPORT_WORKER_POLL_INTERVAL: '200', PORT: '0' };
    const start = spawn(process.execPath, ['--import', 'tsx', CLI, 'start'], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let printed = '';
    start.stderr!.on('data', (d: Buffer) => { printed += d.toString(); });
    try {
      await waitFor('start to print DATABASE_URL', async () => printed.includes('DATABASE_URL='), 60_000);
      const url = /DATABASE_URL=(\S+)/.exec(printed)![1]!;
      assert.match(url, /^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/intake$/);

      const queued = intake(['enqueue', fixture('hotel-confirmation.txt')], env);
      assert.equal(queued.code, 0, queued.err);
      const id = queued.out.trim();
      await waitFor('the job to complete', async () => JSON.parse(intake(['job', id, '--json'], env).out).job.status === 'completed');
      const { job } = JSON.parse(intake(['job', id, '--json'], env).out);
      assert.equal(job.progress_data.sections_completed, 9);
      assert.equal(job.extracted.hotels[0].name, 'Hotel Continental', 'the worker ran the real import pipeline');
      assert.equal(job.extracted.hotels[0].bookingReference, 'HC-55821');
      const api = /listening on (http:\/\/\S+)/.exec(printed)![1]!;
      assert.equal((await fetch(`${api}/healthz`)).status, 200, 'the API runs beside the worker');
      assert.equal(intake(['job', id, '--json'], { ...env, DATABASE_URL: url }).code, 0, 'the printed URL works');
      const missing = intake(['job', '00000000-0000-4000-8000-000000000000'], env);
      assert.deepEqual([missing.code, missing.err.trim()], [1, 'intake job: no job 00000000-0000-4000-8000-000000000000'],
        'a failing command keeps its exit code when the embedded server is in play');
    } finally {
      start.kill('SIGTERM');
    }
    const [code] = await once(start, 'exit');
    assert.equal(code, 0);
    const port = /127\.0\.0\.1:(\d+)/.exec(printed)![1];
    const after = intake(['jobs'], { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/intake` });
    assert.notEqual(after.code, 0, 'the embedded server stopped with Intake');
  });

  test('Ctrl-C in a terminal reaches Intake alone: the worker drains, then Intake stops the server', async () => {
    const env = { DATABASE_URL: undefined, INTAKE_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' };
    // A terminal's Ctrl-C signals its whole foreground process group: Intake leads one of its own here.
    const start = spawn(process.execPath, ['--import', 'tsx', CLI, 'start'], {
      env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    });
    let printed = '';
    for (const stream of [start.stdout!, start.stderr!]) stream.on('data', (d: Buffer) => { printed += d.toString(); });
    await waitFor('start to print DATABASE_URL', async () => printed.includes('DATABASE_URL='), 60_000);
    const serverPid = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const session = (pid: number) => spawnSync('ps', ['-o', 'sid=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
    assert.notEqual(session(serverPid), session(start.pid!), 'the server runs in a session of its own');

    process.kill(-start.pid!, 'SIGINT');
    const [code] = await once(start, 'exit');
    assert.equal(code, 0, printed);
    assert.match(printed, /"msg":"worker stopped"/);
    assert.doesNotMatch(printed, /"level":50/, 'no errors while draining: the database was still up');
    // pg_ctl returns once the server has removed its pid file; the process itself ends a moment later.
    await waitFor('Intake to have stopped the server', async () => session(serverPid) === '', 10_000);
  });
});
