/** Waiting and retrying through database outages. */
import { setTimeout as sleep } from 'node:timers/promises';

export { sleep };

/** Exponential delay for the n-th consecutive failure (0-based): 100 ms doubling up to 10 s, with jitter. */
export function reconnectDelay(failures: number): number {
  const ceiling = Math.min(100 * 2 ** failures, 10_000);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '40001', '40P01']);

/**
 * Whether an error from pg is worth retrying: the connection failed or the server went away.
 * Errors with another SQLSTATE are the statement's own fault and would fail again.
 */
export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code.startsWith('08') || TRANSIENT_SQLSTATES.has(code);
  return true; // ECONNREFUSED, ECONNRESET, "Connection terminated unexpectedly", timeouts
}

/** Runs `op` until it succeeds, waiting through transient errors while `keepTrying()` holds. */
export async function retryTransient<T>(op: () => Promise<T>, keepTrying: () => boolean, onRetry: (error: unknown) => void): Promise<T> {
  for (let failures = 0; ; failures++) {
    try {
      return await op();
    } catch (error) {
      if (!isTransient(error) || !keepTrying()) throw error;
      onRetry(error);
      await sleep(reconnectDelay(failures));
    }
  }
}
