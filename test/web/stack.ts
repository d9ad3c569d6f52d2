/**
 * The real stack for browser tests: a fresh database, the web app built, `intake serve` and
 * `intake worker` as separate processes on loopback, and Chromium with a new empty profile.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium, type BrowserContext } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = new URL('../../', import.meta.url).pathname;
export const SCREENSHOTS = join(ROOT, 'test-results', 'web');

/** The skip reason when the browser is missing (CI installs it: apt-get install -y chromium). */
export const skipWithoutChromium = existsSync(CHROMIUM)
  ? false
  : `Chromium is not installed at ${CHROMIUM}: apt-get update && apt-get install -y chromium`;

/** Newest modification time of the files under `dir` (0 when there are none). */
function newestChange(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
}

/** The server serves dist/web: rebuild it when src/web changed since the last build. */
function buildWebApp(): void {
  const built = join(ROOT, 'dist', 'web', 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs > newestChange(join(ROOT, 'src', 'web'))) return;
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'error'],
    { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}${build.stderr}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts `intake <command>` from the sources; resolves once `ready` matches its stderr. */
function startIntake(command: string, env: Record<string, string>, ready: RegExp): Promise<{ process: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', command], {
    cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`intake ${command} did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve({ process: child, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`intake ${command} exited with ${code}:\n${output}`));
    });
  });
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export interface Stack {
  baseUrl: string;
  account: { email: string; password: string };
  database: TestDatabase;
  context: BrowserContext;
  startWorker(): Promise<void>;
  close(): Promise<void>;
}

export async function startStack(options: { bypassCSP?: boolean } = {}): Promise<Stack> {
  buildWebApp();
  mkdirSync(SCREENSHOTS, { recursive: true });

  const database = await createTestDatabase();
  const port = await freePort();
  const env = { DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', IMPORT_WORKER_POLL_INTERVAL: '250' };
  const server = await startIntake('serve', env, /password:\s+(\S+)/);
  const [, email] = /e-mail:\s+(\S+)/.exec(server.output())!;
  const [, password] = /password:\s+(\S+)/.exec(server.output())!;
  let worker: ChildProcess | undefined;

  const profile = mkdtempSync(join(tmpdir(), 'intake-web-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    account: { email: email!, password: password! },
    database,
    context,
    async startWorker() {
      worker ??= (await startIntake('worker', { ...env, LOG_LEVEL: 'info' }, /worker started/)).process;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      await stop(worker);
      await stop(server.process);
      await database.drop();
    },
  };
}

/** A stack for the enclosing `describe`: started before its tests (with a worker unless told not to), closed after. */
export function useStack(options: { bypassCSP?: boolean; worker?: boolean } = {}): () => Stack {
  let stack: Stack | undefined;
  before(async () => {
    stack = await startStack(options);
    if (options.worker ?? true) await stack.startWorker();
  });
  after(async () => {
    await stack?.close();
  });
  return () => stack!;
}
