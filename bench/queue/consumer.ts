/**
 * One worker process of the benchmark (forked by run.ts with an IPC channel):
 *   → ready          (modules loaded)
 *   ← go             start consuming; CPU is counted from here
 *   ← mark           → { cpuMs }: CPU used since go (the throughput phase)
 *   ← report         → { latencies }: insert→claim of every stamped job
 *   ← stop           stop consuming and exit
 */
import { SYSTEMS } from './systems.js';

const [name, url] = process.argv.slice(2);
const system = SYSTEMS.find((s) => s.name === name);
if (!system || !url) throw new Error('usage: consumer.ts SYSTEM DATABASE_URL');

const latencies: number[] = [];
let since = process.cpuUsage();
let stop: (() => Promise<void>) | null = null;

const send = (message: object) => process.send!(message);

process.on('message', async (message: string) => {
  if (message === 'go') {
    since = process.cpuUsage();
    stop = await system.consume(url, (stamp) => { if (stamp > 0) latencies.push(Date.now() - stamp); });
  } else if (message === 'mark') {
    const used = process.cpuUsage(since);
    send({ cpuMs: (used.user + used.system) / 1000 });
  } else if (message === 'report') {
    send({ latencies });
  } else if (message === 'stop') {
    await stop?.();
    process.exit(0);
  }
});
send({ ready: true });
