/**
 * Structured logs. JSON lines for machines; readable lines when a person watches a terminal.
 * Fields used across Intake: jobId, orgId, workerId, fileName, section.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export interface LogOptions {
  level?: string;
  /** 1 = stdout (services), 2 = stderr (commands whose stdout is their answer). */
  fd?: 1 | 2;
}

export function createLogger({ level = process.env.LOG_LEVEL || 'info', fd = 1 }: LogOptions = {}): Logger {
  const tty = fd === 1 ? process.stdout.isTTY : process.stderr.isTTY;
  if (!tty) return pino({ level }, pino.destination({ fd, sync: false }));
  return pino({
    level,
    transport: { target: 'pino-pretty', options: { destination: fd, colorize: true, ignore: 'pid,hostname' } },
  });
}
