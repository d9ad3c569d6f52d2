/**
 * A pool of child processes that parse untrusted files, so that a hostile or broken file can cost
 * at most its own child: worker threads' resourceLimits cap neither WASM (tesseract) nor Buffer
 * memory, a separate process can be capped and killed whole.
 *
 * Each child, a Slot, goes through these states:
 *
 *   starting ──ready──▶ idle ──dispatch──▶ busy ──done──▶ idle (or retired after RECYCLE_AFTER files)
 *                                            └──timeout / memory cap / crash──▶ dead (SIGKILL)
 *
 * Invariants:
 * - a slot is busy with at most one job; a job is in the queue or on exactly one busy slot;
 * - the wall-clock timeout runs from dispatch to answer; when it fires the child is SIGKILLed and
 *   the job ends as `timeout`; a child whose resident memory passes its cap ends as `out_of_memory`
 *   (V8 also caps its heap with --max-old-space-size); any other death ends as `parser_crashed`;
 * - a dead or retired slot leaves the pool; the next job starts a fresh child; after
 *   MAX_START_FAILURES children in a row die before ready, the waiting jobs fail instead;
 * - idle children and their IPC channels are unref'd, so they never keep the parent alive (except a
 *   child still preloading for `start`, which its caller waits for);
 * - a pool started ahead of work (`start`) keeps `size` children: one that retires or dies after it
 *   was ready is replaced at once, and its children preload pdfjs and OCR while idle (child.ts);
 * - the bytes go to the child through a temporary file (mode 0600) deleted once the job ends; the
 *   pool's temporary folder (also the children's, see CHILD_TEMP_ENV) is removed by `close`, or when
 *   the process exits without it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedSource, ExtractErrorCode } from '../interfaces.js';
import { failed } from './assemble.js';
import { detectFormat } from './detect.js';
import { MESSAGES } from './errors.js';
import type { ExtractLimits } from './limits.js';

export interface ChildRequest {
  id: number;
  path: string;
  name: string;
  declaredType: string | null;
  limits: ExtractLimits;
}

export type ChildReply =
  | { type: 'ready' }
  | { type: 'preloaded' }
  | { type: 'done'; id: number; source: ExtractedSource }
  | { type: 'failed'; id: number; message: string };

export interface PoolOptions {
  /** Children running at once. */
  size: number;
  /** Files a child reads before it is replaced (bounds leaks in parser libraries). */
  recycleAfter: number;
  /** Heap cap of each child, MiB; the resident-memory watchdog allows twice that. */
  childMemoryMb: number;
  /** Whether children of a started pool (`start`) also load the OCR engine while idle. */
  preloadOcr?: boolean;
}

export interface PoolFile {
  bytes: Buffer;
  name: string;
  declaredType: string | null;
}

interface Job {
  id: number;
  file: PoolFile;
  limits: ExtractLimits;
  signal?: AbortSignal;
  onAbort?: () => void;
  resolve(source: ExtractedSource): void;
  reject(error: unknown): void;
}

type SlotState = 'starting' | 'idle' | 'busy' | 'dead';

interface Slot {
  child: ChildProcess;
  state: SlotState;
  filesRead: number;
  job: Job | null;
  /** Why the parent killed the child, if it did. */
  killedFor: ExtractErrorCode | null;
  stderrTail: string;
  timers: NodeJS.Timeout[];
  /** Called once the child has preloaded (or died): set for children of a started pool. */
  onPreloaded: (() => void) | null;
}

/** Tells a child where to put its temporary files: a folder of the pool's, removed with it. */
export const CHILD_TEMP_ENV = 'INTAKE_EXTRACT_CHILD_TMPDIR';
/** Tells a child of a started pool what to load while idle: `pdf`, or `pdf,ocr` (see child.ts). */
export const CHILD_PRELOAD_ENV = 'INTAKE_EXTRACT_CHILD_PRELOAD';
const MEMORY_POLL_MS = 250;
const MAX_START_FAILURES = 3;
const STDERR_TAIL = 4096;
const OUT_OF_MEMORY = /heap out of memory|Allocation failed|out of memory|ENOMEM/i;

/** Node flags a child must share with its parent to load the same code (tsx's loader in tests). */
function loaderArgs(execArgv: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (/^--(import|require|loader|experimental-loader)$/.test(arg) || arg === '-r') kept.push(arg, execArgv[++i]!);
    else if (/^--(import|require|loader|experimental-loader|conditions)=/.test(arg) || arg === '--enable-source-maps') kept.push(arg);
  }
  return kept;
}

function childEntry(): string {
  const here = fileURLToPath(import.meta.url);
  return join(dirname(here), `child${extname(here)}`);
}

function residentMb(pid: number): Promise<number | null> {
  return readFile(`/proc/${pid}/status`, 'utf8').then(
    (status) => {
      const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
      return kb ? Number(kb) / 1024 : null;
    },
    () => null,
  );
}

export class ExtractorPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private readonly tempDir = mkdtempSync(join(tmpdir(), 'intake-extract-'));
  private nextId = 1;
  private closed = false;
  /** Set by `start`: keep `size` children running, preloaded, replacing those that retire or die. */
  private started = false;
  /** Children that died before they were ready, in a row: past MAX_START_FAILURES the queue fails. */
  private startFailures = 0;

  private readonly removeTempDir = () => rmSync(this.tempDir, { recursive: true, force: true });

  constructor(private readonly options: PoolOptions) {
    process.once('exit', this.removeTempDir);
  }

  read(file: PoolFile, limits: ExtractLimits, signal?: AbortSignal): Promise<ExtractedSource> {
    if (this.closed) throw new Error('The extractor was closed.');
    signal?.throwIfAborted();
    return new Promise<ExtractedSource>((resolve, reject) => {
      const job: Job = { id: this.nextId++, file, limits, signal, resolve, reject };
      job.onAbort = () => this.abort(job);
      signal?.addEventListener('abort', job.onAbort, { once: true });
      this.queue.push(job);
      this.dispatch();
    });
  }

  /**
   * Starts the children ahead of work, for a long-running service: each loads pdfjs, and the OCR
   * engine when `preloadOcr` is set, so that the first files — the first scan above all — do not
   * wait for them. Resolves once every child has. From then on a child that retires or dies is
   * replaced at once, so a preloaded child is always waiting.
   */
  start(): Promise<void> {
    if (this.closed) throw new Error('The extractor was closed.');
    this.started = true;
    const preloads: Promise<void>[] = [];
    while (this.slots.size < this.options.size) {
      const slot = this.spawn();
      preloads.push(new Promise((resolve) => { slot.onPreloaded = resolve; }));
    }
    return Promise.all(preloads).then(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('The extractor was closed.'));
    await Promise.all([...this.slots].map((slot) => this.stop(slot)));
    process.off('exit', this.removeTempDir);
    this.removeTempDir();
  }

  private dispatch(): void {
    while (this.queue.length) {
      const idle = [...this.slots].find((slot) => slot.state === 'idle');
      if (idle) {
        void this.assign(idle, this.queue.shift()!);
        continue;
      }
      if (this.slots.size < this.options.size) this.spawn();
      return;
    }
  }

  /** A started pool's children that have retired or died are replaced (not those that never started). */
  private refill(): void {
    if (!this.started || this.closed) return;
    while (this.slots.size < this.options.size) this.spawn();
  }

  private spawn(): Slot {
    const preload = this.started ? (this.options.preloadOcr ? 'pdf,ocr' : 'pdf') : '';
    const child = fork(childEntry(), [], {
      execArgv: [...loaderArgs(process.execArgv), `--max-old-space-size=${this.options.childMemoryMb}`],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
      // The child's own temporary files (OCR language links) go into the pool's folder, which is
      // removed even when a child was killed before it could clean up.
      env: { ...process.env, [CHILD_TEMP_ENV]: this.tempDir, [CHILD_PRELOAD_ENV]: preload },
    });
    const slot: Slot = { child, state: 'starting', filesRead: 0, job: null, killedFor: null, stderrTail: '', timers: [], onPreloaded: null };
    this.slots.add(slot);
    child.stderr?.on('data', (chunk: Buffer) => { slot.stderrTail = (slot.stderrTail + chunk.toString()).slice(-STDERR_TAIL); });
    (child.stderr as { unref?: () => void } | null)?.unref?.();
    child.on('message', (reply: ChildReply) => this.onReply(slot, reply));
    child.on('exit', (code, signal) => this.onExit(slot, code, signal));
    child.on('error', () => { /* reported through 'exit' */ });
    return slot;
  }

  private async assign(slot: Slot, job: Job): Promise<void> {
    slot.state = 'busy';
    slot.job = job;
    slot.child.ref();
    slot.child.channel?.ref();
    const path = join(this.tempDir, `${job.id}`);
    try {
      await writeFile(path, job.file.bytes, { mode: 0o600 });
    } catch (error) {
      return this.finish(slot, () => job.reject(error));
    }
    if (slot.job !== job) return; // aborted or the child died meanwhile
    slot.timers.push(setTimeout(() => this.kill(slot, 'timeout'), job.limits.timeoutMs));
    slot.timers.push(setInterval(() => void this.checkMemory(slot), MEMORY_POLL_MS));
    const request: ChildRequest = { id: job.id, path, name: job.file.name, declaredType: job.file.declaredType, limits: job.limits };
    // If the child died meanwhile, its 'exit' ends the job; the callback only keeps the error quiet.
    slot.child.send(request, () => undefined);
  }

  private async checkMemory(slot: Slot): Promise<void> {
    const pid = slot.child.pid;
    const mb = pid === undefined ? null : await residentMb(pid);
    if (mb !== null && mb > this.options.childMemoryMb * 2 && slot.state === 'busy') this.kill(slot, 'out_of_memory');
  }

  private onReply(slot: Slot, reply: ChildReply): void {
    if (reply.type === 'preloaded') return this.preloaded(slot);
    if (reply.type === 'ready') {
      this.startFailures = 0;
      slot.state = 'idle';
      // A child still preloading for `start` keeps the process alive until it is done.
      if (!slot.onPreloaded) this.idle(slot);
      return this.dispatch();
    }
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    slot.filesRead++;
    this.finish(slot, () => {
      if (reply.type === 'done') job.resolve(reply.source);
      else job.resolve(this.failure(job, 'parser_crashed', `${MESSAGES.parser_crashed} (${reply.message})`));
    });
    if (slot.filesRead >= this.options.recycleAfter) {
      void this.stop(slot);
      this.refill();
    } else {
      this.idle(slot);
    }
    this.dispatch();
  }

  private preloaded(slot: Slot): void {
    const done = slot.onPreloaded;
    slot.onPreloaded = null;
    if (slot.state === 'idle') this.idle(slot);
    done?.();
  }

  private onExit(slot: Slot, code: number | null, signal: NodeJS.Signals | null): void {
    const job = slot.job;
    const neverStarted = slot.state === 'starting';
    if (neverStarted && ++this.startFailures >= MAX_START_FAILURES) this.failQueue(slot.stderrTail);
    const wasInPool = this.slots.delete(slot);
    slot.state = 'dead';
    this.preloaded(slot);
    if (job) {
      const reason = slot.killedFor ?? (OUT_OF_MEMORY.test(slot.stderrTail) ? 'out_of_memory' : 'parser_crashed');
      const detail = reason === 'parser_crashed' ? ` (the reader stopped with ${signal ?? `exit code ${code}`})` : '';
      this.finish(slot, () => job.resolve(this.failure(job, reason, `${MESSAGES[reason]}${detail}`)));
    }
    if (wasInPool && !neverStarted) this.refill();
    if (!this.closed) this.dispatch();
  }

  /** Children cannot start (bad flags, no memory): rather than respawning forever, fail the waiting jobs. */
  private failQueue(stderrTail: string): void {
    const detail = stderrTail.trim().split('\n').pop() ?? '';
    for (const job of this.queue.splice(0)) {
      job.resolve(this.failure(job, 'parser_crashed', `${MESSAGES.parser_crashed} (the reader process could not start: ${detail})`));
    }
    this.startFailures = 0;
  }

  /** Ends the slot's current job: timers off, temp file gone, then settles the job's promise. */
  private finish(slot: Slot, settle: () => void): void {
    const job = slot.job;
    slot.job = null;
    for (const timer of slot.timers.splice(0)) clearTimeout(timer);
    if (job) {
      void unlink(join(this.tempDir, `${job.id}`)).catch(() => undefined);
      if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    }
    if (slot.state === 'busy') slot.state = 'idle';
    settle();
  }

  private idle(slot: Slot): void {
    slot.child.unref();
    slot.child.channel?.unref();
  }

  private kill(slot: Slot, reason: ExtractErrorCode): void {
    if (slot.state === 'dead') return;
    slot.killedFor = reason;
    slot.child.kill('SIGKILL');
  }

  private abort(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      return job.reject(job.signal?.reason);
    }
    const slot = [...this.slots].find((s) => s.job === job);
    if (!slot) return;
    this.finish(slot, () => job.reject(job.signal?.reason));
    slot.state = 'dead';
    this.slots.delete(slot);
    slot.child.kill('SIGKILL');
    this.refill();
  }

  /** Lets the child finish its exit (it stops its OCR worker); kills it if it lingers. */
  private stop(slot: Slot): Promise<void> {
    this.slots.delete(slot);
    if (slot.child.exitCode !== null || slot.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const force = setTimeout(() => slot.child.kill('SIGKILL'), 2000);
      slot.child.once('exit', () => { clearTimeout(force); resolve(); });
      slot.state = 'dead';
      if (slot.child.connected) slot.child.disconnect(); else slot.child.kill('SIGKILL');
    });
  }

  private failure(job: Job, code: ExtractErrorCode, message: string): ExtractedSource {
    return failed(
      { name: job.file.name, origin: 'file', declaredType: job.file.declaredType, sizeBytes: job.file.bytes.length },
      detectFormat(job.file.bytes), code, message,
    );
  }
}

export function defaultPoolOptions(env: NodeJS.ProcessEnv, childMemoryMb: number): PoolOptions {
  return {
    size: Number(env.INTAKE_EXTRACT_CHILDREN) || Math.min(2, availableParallelism()),
    recycleAfter: Number(env.INTAKE_EXTRACT_RECYCLE_AFTER) || 50,
    childMemoryMb,
    preloadOcr: env.INTAKE_OCR_PRELOAD !== '0',
  };
}
