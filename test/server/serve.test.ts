import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createEmptyDatabase } from '../helpers/db.js';

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let serve: ChildProcess;
let printed = '';

before(async () => {
  database = await createEmptyDatabase();
  serve = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve'], {
    env: { ...process.env, DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    serve.stderr!.on('data', (data: Buffer) => {
      printed += data.toString();
      if (/password: \S+/.test(printed)) resolve();
    });
    serve.once('exit', (code) => reject(new Error(`intake serve exited (${code}): ${printed}`)));
  });
});
after(async () => {
  serve.kill('SIGTERM');
  const [code] = await once(serve, 'exit');
  assert.equal(code, 0, 'a clean shutdown on SIGTERM');
  await database.drop();
});

test('intake serve: migrates an empty database, prints where it listens and how to sign in, and that works', async () => {
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(printed)![1]!;
  const email = /e-mail: +(\S+)/.exec(printed)![1]!;
  const password = /password: (\S+)/.exec(printed)![1]!;
  assert.equal((await fetch(`${url}/readyz`)).status, 200);
  const signIn = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  assert.equal(signIn.status, 200);
  const { csrfToken, organisations } = (await signIn.json()) as { csrfToken: string; organisations: { role: string }[] };
  assert.deepEqual(organisations.map((o) => o.role), ['admin']);
  const form = new FormData();
  form.append('pastedText', 'Doors 19:00');
  const start = await fetch(`${url}/api/shows/import/start`, {
    method: 'POST', body: form, headers: { cookie: signIn.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken },
  });
  assert.equal(start.status, 202);
});
