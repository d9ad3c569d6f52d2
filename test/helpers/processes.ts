/** Starting and stopping real worker processes (test/helpers/worker-process.ts) for tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const EXECUTIONS_TABLE = `CREATE TABLE IF NOT EXISTS test_executions (
  id serial PRIMARY KEY, job_id uuid NOT NULL, worker_id text NOT NULL, attempt int NOT NULL,
  started_at timestamptz NOT NULL DEFAULT clock_timestamp(), finished_at timestamptz)`;

const ENTRY = fileURLToPath(new URL('./worker-process.ts', import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  id: string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

export async function prepareExecutions(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(EXECUTIONS_TABLE);
  await client.end();
}

/** Workers started and not yet seen to exit: a failed assertion must not leave one running, and the test run waiting on it. */
const running = new Set<ChildProcess>();

/** Kills (SIGKILL) every worker a test started that is still running: for an afterEach hook. */
export function killLeftoverWorkers(): void {
  for (const child of running) child.kill('SIGKILL');
}

export async function spawnWorker(url: string, env: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: {
      ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', IMPORT_WORKER_POLL_INTERVAL: '200',
      IMPORT_JOB_LEASE_SECONDS: '2', IMPORT_WORKER_CONCURRENCY: '10', IMPORT_WORKER_BATCH_SIZE: '1', ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(child);
  const exited = once(child, 'exit').then(([code]) => {
    running.delete(child);
    return code as number | null;
  });
  const id = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (data: Buffer) => {
      out += data.toString();
      const match = /ready (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`worker exited (${code}) before it was ready`)));
  });
  return { child, id, exited };
}

export interface Execution { job_id: string; worker_id: string; attempt: number; started_at: Date; finished_at: Date | null }

export async function executions(db: pg.Pool): Promise<Execution[]> {
  const { rows } = await db.query<Execution>('SELECT job_id, worker_id, attempt, started_at, finished_at FROM test_executions ORDER BY job_id, started_at');
  return rows;
}

/** Pairs of executions of one job whose time intervals overlap (an unfinished one runs until `openEnd`). */
export function overlaps(list: Execution[], openEnd = new Date()): [Execution, Execution][] {
  const found: [Execution, Execution][] = [];
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1]!;
    const b = list[i]!;
    if (a.job_id === b.job_id && b.started_at < (a.finished_at ?? openEnd)) found.push([a, b]);
  }
  return found;
}
